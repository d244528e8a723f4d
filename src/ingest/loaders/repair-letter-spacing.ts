/** Re-joins letter-spaced lines ("T h ủ  t ụ c") that PDF extraction yields for tracked-out text. */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWELS = new Set('aăâeêioôơuưy');
const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x'];
// `k` closes syllables in place names from minority languages (Đắk Lắk, Kon Plông).
const CODAS = ['ng', 'nh', 'ch', 'c', 'k', 'm', 'n', 'p', 't'];
const MAX_NUCLEUS = 3;

/** True when most space-separated tokens of the line are single letters (digits and signs alone prove nothing). */
export function isLetterSpaced(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  const singleLetters = tokens.filter((token) => /^\p{L}$/u.test(token)).length;
  return singleLetters >= 4 && singleLetters / tokens.length >= 0.6;
}

/** Lowercase letters without tone marks, one per character of the run, so indexes line up. */
function baseLetters(run: string): string[] {
  return [...run].map((character) => character.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'));
}

/** Vietnamese spelling pairs some onsets only with front vowels (ghi, nghe, kê) and others never with them. */
const FRONT_VOWELS = new Set('ieêy');
function onsetFits(onset: string, vowel: string): boolean {
  if (onset === 'gh' || onset === 'ngh' || onset === 'k') return FRONT_VOWELS.has(vowel);
  if (onset === 'c' || onset === 'ng') return !FRONT_VOWELS.has(vowel);
  if (onset === 'g') return vowel !== 'e' && vowel !== 'ê'; // "gì" is spelled with g
  return onset !== 'q'; // q only ever appears as qu
}

function onsetLength(letters: string[], at: number): number {
  for (const onset of ONSETS) {
    const vowel = letters[at + onset.length] ?? '';
    if (letters.slice(at, at + onset.length).join('') === onset && VOWELS.has(vowel) && onsetFits(onset, vowel)) return onset.length;
  }
  return VOWELS.has(letters[at] ?? '') ? 0 : -1;
}

/**
 * Splits a run of letters written without spaces into Vietnamese syllables: each takes an onset,
 * up to three vowels, then hands the following consonants to the next onset where that is
 * valid (so "chủnghĩa" is "chủ nghĩa", "thànhlập" is "thành lập"). Non-Vietnamese runs come back whole.
 */
export function splitSyllables(run: string): string[] {
  const characters = [...run];
  const letters = baseLetters(run);
  const syllables: string[] = [];
  let start = 0;
  while (start < letters.length) {
    const onset = onsetLength(letters, start);
    if (onset < 0) return syllables.length > 0 ? [...syllables, characters.slice(start).join('')] : [run];
    let end = start + onset;
    const nucleusLimit = end + MAX_NUCLEUS;
    while (end < letters.length && end < nucleusLimit && VOWELS.has(letters[end]!)) end++;
    let clusterEnd = end;
    while (clusterEnd < letters.length && !VOWELS.has(letters[clusterEnd]!)) clusterEnd++;
    // ă and â never end a syllable: "lậphội" is "lập hội", not "lậ phội".
    const needsCoda = letters[end - 1] === 'ă' || letters[end - 1] === 'â';
    const coda = codaLength(letters, end, clusterEnd, needsCoda ? 1 : 0);
    if (coda < 0) return syllables.length > 0 ? [...syllables, characters.slice(start).join('')] : [run];
    end += coda;
    syllables.push(characters.slice(start, end).join(''));
    start = end;
  }
  return syllables;
}

/** The shortest valid coda that leaves the next syllable a valid start; -1 when none does. */
function codaLength(letters: string[], from: number, clusterEnd: number, minimum: number): number {
  const atEnd = clusterEnd === letters.length;
  for (let length = minimum; length <= clusterEnd - from; length++) {
    const coda = letters.slice(from, from + length).join('');
    if (length > 0 && !CODAS.includes(coda)) continue;
    if (from + length === letters.length) return length;
    if (!atEnd || from + length < clusterEnd) {
      if (onsetLength(letters, from + length) >= 0) return length;
    }
  }
  return -1;
}

/** Rebuilds the words of a letter-spaced line; other lines come back unchanged. */
export function repairLetterSpacing(line: string): string {
  if (!isLetterSpaced(line)) return line;
  // Where the producer left wider gaps between words, those gaps are the word boundaries.
  if (/\S {2,}\S/.test(line)) {
    return line
      .trim()
      .split(/ {2,}/)
      .map((word) => word.replace(/ /g, ''))
      .join(' ');
  }
  const joined = line.replace(/\s+/g, '');
  return joined
    .replace(/\p{L}+/gu, (run) => ` ${splitSyllables(run).join(' ')} `)
    .replace(/ +([,.;:!?)\]])/g, '$1')
    .replace(/([([]) +/g, '$1')
    .replace(/([,.;:!?])(?=[\p{L}\p{N}])/gu, '$1 ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
