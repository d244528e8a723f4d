/** Canonical Vietnamese text: NFC, one tone-mark placement, look-alike letters and odd spaces mended. */
import { memoizeWord } from './memoize-word';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LOOK_ALIKE: Record<string, string> = { '\u00D0': 'Đ', '\u0189': 'Đ', '\u0110': 'Đ', '\u00F0': 'đ', '\u0256': 'đ' };
const LOOK_ALIKE_PATTERN = /[\u00D0\u0189\u00F0\u0256]/g;

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'] as const;
const TONE_SET = new Set<string>(TONE_MARKS);
const VOWELS = new Set('aăâeêioôơuưy');
/** Vowels carrying a quality mark attract the tone in every convention. */
const MARKED_VOWELS = new Set('ăâêôơư');

/**
 * Rewrites one syllable so its tone mark sits where the classic convention puts it
 * (hòa, thủy, khỏe; hoàn, thuyết; quý). Non-syllables come back unchanged.
 */
export function placeToneMark(syllable: string): string {
  const decomposed = syllable.normalize('NFD');
  let tone = '';
  let bare = '';
  for (const char of decomposed) {
    if (TONE_SET.has(char)) {
      if (tone) return syllable; // two tones: not a syllable we understand
      tone = char;
    } else bare += char;
  }
  if (!tone) return syllable;
  const letters = [...bare.normalize('NFC')];
  const lower = letters.map((letter) => letter.toLowerCase());
  let start = 0;
  while (start < lower.length && !VOWELS.has(lower[start]!)) start++;
  // "qu" and "gi" + vowel: the u / i belong to the onset.
  if (start < lower.length) {
    const onset = lower.slice(0, start).join('');
    if ((onset === 'q' && lower[start] === 'u') || (onset === 'g' && lower[start] === 'i' && start + 1 < lower.length && VOWELS.has(lower[start + 1]!))) start++;
  }
  let end = start;
  while (end < lower.length && VOWELS.has(lower[end]!)) end++;
  if (end === start) {
    if (start > 0 && lower[start - 1] === 'i' && lower[0] === 'g') return putTone(letters, start - 1, tone); // "gì"
    return syllable;
  }
  if (lower.slice(end).some((letter) => VOWELS.has(letter) || !/\p{L}/u.test(letter))) return syllable;
  const nucleus = lower.slice(start, end);
  const hasCoda = end < lower.length;
  let target: number;
  const marked = nucleus.map((letter, index) => (MARKED_VOWELS.has(letter) ? index : -1)).filter((index) => index >= 0);
  if (marked.length > 0) target = marked[marked.length - 1]!;
  else if (nucleus.length === 1) target = 0;
  else if (nucleus.length === 3) target = 1;
  else if (hasCoda) target = 1;
  else target = 0;
  return putTone(letters, start + target, tone);
}

function putTone(letters: string[], index: number, tone: string): string {
  const out = letters.slice();
  out[index] = (out[index]! + tone).normalize('NFC');
  return out.join('').normalize('NFC');
}

const WORD = /\p{L}+/gu;

const placeToneMarkCached = memoizeWord(placeToneMark);

/** Full normalisation applied to every text before it is indexed or matched. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(LOOK_ALIKE_PATTERN, (char) => LOOK_ALIKE[char] ?? char)
    .replace(WORD, (word) => (word.length <= 8 ? placeToneMarkCached(word) : word));
}
