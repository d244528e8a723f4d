/** Diacritic folding for accent-insensitive matching (đ→d, which NFD alone does not do). */

const foldedCache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

export function foldDiacritics(text: string): string {
  // Single syllables are folded millions of times while indexing; remember them.
  if (text.length > 16) return foldUncached(text);
  let folded = foldedCache.get(text);
  if (folded === undefined) {
    if (foldedCache.size >= CACHE_LIMIT) foldedCache.clear();
    folded = foldUncached(text);
    foldedCache.set(text, folded);
  }
  return folded;
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
