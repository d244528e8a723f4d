/** Syllable tokenizer: letters and digits, keeping numbers, dates, percentages and document codes whole. */

const RUN = /[\p{L}\p{N}]+(?:[%/.,\-–][\p{L}\p{N}%]*)*/gu;
const DIGIT = /\p{N}/u;
const SPLIT = /[^\p{L}\p{N}]+/u;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into syllable tokens. A run that contains a digit keeps `% / . , - –`
 * inside it (350/QĐ-TTg, 26/02/2026, 95%, 1.014936, 24/7); elsewhere they separate.
 */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(RUN)) {
    const raw = match[0].replace(/[.,\-–/]+$/u, '');
    const start = match.index ?? 0;
    if (DIGIT.test(raw)) {
      tokens.push({ text: raw, start, end: start + raw.length });
      continue;
    }
    let offset = start;
    for (const part of raw.split(SPLIT)) {
      const at = text.indexOf(part, offset);
      if (part) tokens.push({ text: part, start: at, end: at + part.length });
      offset = at + part.length;
    }
  }
  return tokens;
}

export function tokenize(text: string): string[] {
  return tokenizeWithOffsets(text).map((token) => token.text);
}

/** Lower-cased tokens, the form used by the indexes. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.toLowerCase());
}
