/** Viterbi segmentation of a space-less letter stretch into syllables and foreign words. */

import { PHRASE_EDGE, type SyllableLanguageModel } from './syllable-language-model';
import { isVietnameseSyllable } from './syllable-inventory';

/** Costs (negative log probabilities) of pieces the model cannot score; set above any seen word. */
const ACRONYM_COST = 22;
const SINGLE_LETTER_COST = 24;
const FOREIGN_WORD_COST = 30;
const FOREIGN_LETTER_COST = 0.5;
const LONGEST_WORD = 14;

const UPPER = /^\p{Lu}+$/u;
const LOWER = /^\p{Ll}+$/u;
const FOREIGN_SHAPE = /^[A-Z]?[a-z]{2,}$/;

/** A capital may only open a syllable, unless the whole piece is capitals (MỤC TIÊU, QĐ). */
function hasSyllableCase(word: string): boolean {
  const [first = '', ...rest] = [...word];
  return LOWER.test(word) || UPPER.test(word) || ((UPPER.test(first) || LOWER.test(first)) && (rest.length === 0 || LOWER.test(rest.join(''))));
}

/** Cost of `word` after `previous`, or undefined when the word is not an acceptable piece. */
export function pieceCost(model: SyllableLanguageModel, previous: string, word: string): number | undefined {
  if (isVietnameseSyllable(word) && hasSyllableCase(word)) return model.cost(previous, word);
  if (model.foreignWords.has(word)) return model.cost(previous, word);
  const length = [...word].length;
  if (length === 1) return SINGLE_LETTER_COST;
  if (UPPER.test(word) && length <= 8) return ACRONYM_COST + length;
  if (FOREIGN_SHAPE.test(word)) return FOREIGN_WORD_COST + FOREIGN_LETTER_COST * length;
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
        const cost = pieceCost(model, previous.word, word);
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
