/** Rebuilds one run of letter-spaced characters (t r i ể n k h a i) into words, digits and punctuation. */

import { segmentLetters } from './segment-letters';
import { isVietnameseSyllable } from './syllable-inventory';
import type { SyllableLanguageModel } from './syllable-language-model';

type Kind = 'word' | 'number' | 'opener' | 'closer' | 'joiner' | 'dash' | 'other';

interface Piece {
  text: string;
  kind: Kind;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const CLOSERS = new Set([',', ';', ':', '.', ')', ']', '}', '%', '…', '!', '?', '”', '’', '»']);
const OPENERS = new Set(['(', '[', '{', '“', '‘', '«']);
const JOINERS = new Set(['/', '&', '\\', '_']);
const DASHES = new Set(['-', '–', '—']);

function classOf(char: string): 'letter' | 'digit' | 'mark' {
  return LETTER.test(char) ? 'letter' : DIGIT.test(char) ? 'digit' : 'mark';
}

/** Letters, digits and marks, with letter stretches cut into words by the model. */
function piecesOf(chars: string[], model: SyllableLanguageModel): Piece[] | undefined {
  const stretches: { text: string; kind: 'letter' | 'digit' | 'mark' }[] = [];
  for (const char of chars) {
    const kind = classOf(char);
    const last = stretches[stretches.length - 1];
    if (last && last.kind === kind && kind !== 'mark') last.text += char;
    else stretches.push({ text: char, kind });
  }
  const pieces: Piece[] = [];
  let quotes = 0;
  for (const [index, stretch] of stretches.entries()) {
    if (stretch.kind === 'letter') {
      // A stretch nothing covers keeps its letters apart, as they came; the rest still mends.
      const words = segmentLetters(model, stretch.text, index < stretches.length - 1) ?? [...stretch.text];
      for (const word of words) pieces.push({ text: word, kind: 'word' });
    } else if (stretch.kind === 'digit') pieces.push({ text: stretch.text, kind: 'number' });
    else {
      const kind = markKind(stretch.text, quotes);
      if (stretch.text === '"' || stretch.text === "'") quotes++;
      pieces.push({ text: stretch.text, kind });
    }
  }
  return pieces;
}

/** Straight quotes alternate opening and closing; other marks have a fixed side. */
function markKind(mark: string, quotesSoFar: number): Kind {
  if (mark === '"' || mark === "'") return quotesSoFar % 2 === 0 ? 'opener' : 'closer';
  if (CLOSERS.has(mark)) return 'closer';
  if (OPENERS.has(mark)) return 'opener';
  if (JOINERS.has(mark)) return 'joiner';
  if (DASHES.has(mark)) return 'dash';
  return 'other';
}

/** Numbers, acronyms and foreign words: a dash between them belongs to a code (QĐ-TTg, COVID-19). */
function isCodeLike(piece: Piece | undefined): boolean {
  if (!piece) return false;
  if (piece.kind === 'number') return true;
  return piece.kind === 'word' && (!isVietnameseSyllable(piece.text) || /^\p{Lu}{2,}$/u.test(piece.text));
}

function spaceBetween(pieces: Piece[], index: number, atLineStart: boolean): boolean {
  const left = pieces[index]!;
  const right = pieces[index + 1]!;
  if (left.kind === 'opener' || right.kind === 'closer') return false;
  if (left.kind === 'closer') {
    const before = pieces[index - 1];
    const numberInside = before?.kind === 'number' && right.kind === 'number' && '.,:'.includes(left.text);
    // "2030, 2035" lists years; "1.000", "2,5" and "10:30" are single numbers.
    const yearList = left.text === ',' && before?.text.length === 4 && right.text.length === 4;
    return !(numberInside && !yearList) && right.kind !== 'joiner';
  }
  if (left.kind === 'joiner' || right.kind === 'joiner') return false;
  if (left.kind === 'dash' && index === 0 && atLineStart) return true; // bullet "- Rà soát"
  if (left.kind === 'dash') return !(isCodeLike(pieces[index - 1]) || isCodeLike(right));
  if (right.kind === 'dash') return !(isCodeLike(left) || isCodeLike(pieces[index + 2]));
  return true;
}

/**
 * Joins the characters of a single-gap run into text, or undefined when a letter stretch
 * cannot be covered. `atLineStart` tells a leading dash is a list bullet.
 */
export function joinSpacedRun(chars: string[], model: SyllableLanguageModel, atLineStart: boolean): string | undefined {
  const pieces = piecesOf(chars, model);
  if (!pieces) return undefined;
  let text = pieces[0]?.text ?? '';
  for (let index = 0; index + 1 < pieces.length; index++) {
    text += (spaceBetween(pieces, index, atLineStart) ? ' ' : '') + pieces[index + 1]!.text;
  }
  return text;
}

/** True when a double-gap group already spells one word (or code), so its letters just close up. */
export function isWholeWord(chars: string[], model: SyllableLanguageModel): boolean {
  const stretches = chars.join('').match(/[\p{L}\p{M}]+/gu) ?? [];
  return stretches.every(
    (stretch) =>
      [...stretch].length === 1 || isVietnameseSyllable(stretch) || model.foreignWords.has(stretch) || /^\p{Lu}+$/u.test(stretch),
  );
}
