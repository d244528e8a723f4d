/** Diacritic folding for accent-insensitive matching (đ→d, which NFD alone does not do). */
import { memoizeWord } from './memoize-word';

const foldWord = memoizeWord((word) => foldUncached(word));

export function foldDiacritics(text: string): string {
  // Single syllables are folded millions of times while indexing; remember them.
  return text.length > 16 ? foldUncached(text) : foldWord(text);
}

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** True when the text carries any Vietnamese tone or quality mark (or đ). */
export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text.normalize('NFC');
}
