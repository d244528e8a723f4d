/** Viterbi segmentation of a space-less letter stretch into syllables and foreign words. */

import { PHRASE_EDGE, type SyllableLanguageModel } from './syllable-language-model';
import { isVietnameseSyllable } from './syllable-inventory';

/** Costs (negative log probabilities) of pieces the model cannot score; set above any seen word. */
const ACRONYM_COST = 22;
const LIST_LETTER_COST = 24; // "b)", "đ)": a lone letter standing between marks
const STRAY_LETTER_COST = 60; // a lone consonant inside a word stretch is almost always a mis-cut
const FOREIGN_WORD_COST = 30;
const MIXED_CASE_COST = 40; // IoT, iCloud
const UNKNOWN_WORD_COST = 40; // Đắk: Vietnamese letters, no valid syllable
const LONGEST_WORD = 14;

const UPPER = /^\p{Lu}+$/u;
const LOWER = /^\p{Ll}+$/u;
const FOREIGN_SHAPE = /^[A-Z]?[a-z]{2,}$/;
const LATIN_SHAPE = /^[A-Za-z]{2,}$/;
/** Acronyms (UBND, HĐND, CNTT) are capitals without tone or vowel marks; Đ is the one exception. */
const ACRONYM_SHAPE = /^[A-ZĐ]{2,8}$/u;

/** A capital may only open a syllable, unless the whole piece is capitals (MỤC TIÊU, QĐ). */
function hasSyllableCase(word: string): boolean {
  const [first = '', ...rest] = [...word];
  return LOWER.test(word) || UPPER.test(word) || ((UPPER.test(first) || LOWER.test(first)) && (rest.length === 0 || LOWER.test(rest.join(''))));
}

/**
 * Cost of `word` after `previous`, or undefined when the word is not an acceptable piece.
 * Pieces the model cannot score get fixed costs above any seen word, so they win only
 * where no syllable fits; `standalone` says the word is the whole stretch.
 */
export function pieceCost(model: SyllableLanguageModel, previous: string, word: string, standalone: boolean): number | undefined {
  if (isVietnameseSyllable(word) && hasSyllableCase(word)) return model.cost(previous, word);
  if (model.foreignWords.has(word)) return model.cost(previous, word);
  const length = [...word].length;
  if (length === 1) return standalone ? LIST_LETTER_COST : STRAY_LETTER_COST;
  if (ACRONYM_SHAPE.test(word)) return ACRONYM_COST + 2 * length;
  if (FOREIGN_SHAPE.test(word)) return FOREIGN_WORD_COST + 0.5 * length;
  if (LATIN_SHAPE.test(word)) return MIXED_CASE_COST + length;
  if (hasSyllableCase(word) && length <= 8) return UNKNOWN_WORD_COST + 2 * length;
  return undefined;
}

interface PathStep {
  cost: number;
  word: string;
  back: PathStep | undefined;
}

/**
 * Splits letters (no spaces) into the cheapest sequence of pieces. `closesPhrase` adds the
 * end-of-phrase cost, true when punctuation follows rather than a PDF line break.
 */
export function segmentLetters(model: SyllableLanguageModel, letters: string, closesPhrase: boolean): string[] | undefined {
  const chars = [...letters];
  // best[end] maps the last word to the cheapest path ending there: a bigram needs that word.
  const best: Map<string, PathStep>[] = chars.map(() => new Map());
  const start: PathStep = { cost: 0, word: PHRASE_EDGE, back: undefined };
  for (let end = 1; end <= chars.length; end++) {
    for (let begin = Math.max(0, end - LONGEST_WORD); begin < end; begin++) {
      const word = chars.slice(begin, end).join('');
      const previousSteps = begin === 0 ? [start] : [...best[begin - 1]!.values()];
      for (const previous of previousSteps) {
        const cost = pieceCost(model, previous.word, word, begin === 0 && end === chars.length);
        if (cost === undefined) break; // the piece does not depend on the previous word's presence
        const total = previous.cost + cost;
        const slot = best[end - 1]!;
        const existing = slot.get(word);
        if (!existing || total < existing.cost) slot.set(word, { cost: total, word, back: previous });
      }
    }
  }
  let winner: PathStep | undefined;
  let winnerCost = Number.POSITIVE_INFINITY;
  for (const step of best[chars.length - 1]?.values() ?? []) {
    const total = step.cost + (closesPhrase ? model.cost(step.word, PHRASE_EDGE) : 0);
    if (total < winnerCost) [winner, winnerCost] = [step, total];
  }
  if (!winner) return undefined;
  const words: string[] = [];
  for (let step: PathStep | undefined = winner; step && step !== start; step = step.back) words.unshift(step.word);
  return words;
}
