/** Splits passage text into answerable sentences without breaking numbers, dates or document codes. */

export interface PassageSentence {
  text: string;
  /** Order of the sentence in its passage. */
  index: number;
}

// A boundary is a full stop, semicolon, ! or ? followed by white space, or a line break.
// "350/QĐ-TTg." or "1.014936" never split: the mark must be followed by a space.
// Line-start numbering ("IV. ", "1. ", "a) ") is never a boundary.
const BOUNDARY = /(?<!^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ]))(?<=[.;!?…])\s+(?=[\p{Lu}\p{N}\-–+•(“"])|(?<=;)\s+|\s*\n+\s*/u;
const BULLET = /^(?:[-–+•*]|[a-zđ]\)|(?:\d+\.)+\d*\)?|[IVX]+\.)\s*/u;
const SHORTEST_WORDS = 3;

export function splitSentences(text: string): PassageSentence[] {
  const sentences: PassageSentence[] = [];
  for (const raw of text.split(BOUNDARY)) {
    const cleaned = raw.replace(BULLET, '').replace(/\s+/g, ' ').trim();
    if (wordCount(cleaned) < SHORTEST_WORDS) continue;
    sentences.push({ text: cleaned, index: sentences.length });
  }
  return sentences;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Upper-cases the first letter, so a clause lifted from mid-paragraph reads as a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.replace(/^[,;:\s]+/, '').replace(/[,;:\s]+$/, '');
  const first = trimmed.charAt(0);
  const capitalised = first.toLocaleUpperCase('vi') + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
