/** Turns text into index terms (folded unigrams + bigrams, exact marked unigrams, thesaurus tokens). */
import { foldDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { terms } from '../text/tokenize';
import type { Thesaurus } from './thesaurus';

export interface AnalyzedText {
  /** Lower-case syllables with their tone marks (canonical placement). */
  exact: string[];
  /** The same syllables folded (no marks, đ→d). */
  folded: string[];
  /** Folded unigrams, adjacent folded bigrams and thesaurus tokens: the main matching field. */
  foldedTerms: string[];
  /** Exact unigrams that carry marks: rewards a query typed with the same tone marks. */
  markedTerms: string[];
  /** Parts of codes and dates kept whole by the tokenizer ("350" of 350/qđ-ttg, "1.014936" of 1.014936.h38). */
  partTerms: string[];
}

const CODE_SEPARATORS = /[/\-–]/u;
const TTHC_CODE = /^(\d\.\d{6})\./u;

/** A document code typed in part ("QĐ 350", "mã 1.014936") must still meet the whole code. */
export function codeParts(token: string): string[] {
  if (!/\p{N}/u.test(token)) return [];
  // Only document codes (digits with letters): a date's parts would inflate every year's weight.
  const isDocumentCode = /\p{L}/u.test(token) && CODE_SEPARATORS.test(token);
  const parts = isDocumentCode ? token.split(CODE_SEPARATORS).filter((part) => /^\p{N}+$/u.test(part)) : [];
  const code = TTHC_CODE.exec(token)?.[1];
  if (code) parts.push(code);
  return parts;
}

export const BIGRAM_JOINER = '_';

export function analyzeText(text: string, thesaurus: Thesaurus): AnalyzedText {
  const exact = terms(normalizeText(text));
  const folded = exact.map(foldDiacritics);
  const foldedTerms = folded.slice();
  for (let index = 0; index + 1 < folded.length; index++) foldedTerms.push(folded[index] + BIGRAM_JOINER + folded[index + 1]);
  foldedTerms.push(...thesaurus.canonicalTokens(folded));
  const partTerms = folded.flatMap(codeParts);
  foldedTerms.push(...partTerms);
  const markedTerms = exact.filter((token, index) => token !== folded[index]);
  return { exact, folded, foldedTerms, markedTerms, partTerms };
}
