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
}

export const BIGRAM_JOINER = '_';

export function analyzeText(text: string, thesaurus: Thesaurus): AnalyzedText {
  const exact = terms(normalizeText(text));
  const folded = exact.map(foldDiacritics);
  const foldedTerms = folded.slice();
  for (let index = 0; index + 1 < folded.length; index++) foldedTerms.push(folded[index] + BIGRAM_JOINER + folded[index + 1]);
  foldedTerms.push(...thesaurus.canonicalTokens(folded));
  const markedTerms = exact.filter((token, index) => token !== folded[index]);
  return { exact, folded, foldedTerms, markedTerms };
}
