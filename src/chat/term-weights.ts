/** Content terms of a question or sentence (folded syllables and bigrams) and their corpus weights. */
import { foldDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { terms } from '../text/tokenize';

// Question words and fillers carry no content: matching them says nothing about the answer.
const FUNCTION_WORDS = new Set(
  (
    'la gi nao bao nhieu khi ai co khong the nhu vay nhi a ah u oi cua cho va voi trong o tai ve theo duoc de thi sao con nhung cac mot nay do kia ' +
    'hay hoac ma neu tu den tren duoi ra vao len xuong se da dang phai can muon hoi biet xin cam on ban toi minh chung em anh chi gium giup ' +
    'may lam nhieu it moi tung tat ca gom bi boi vi nen rang thi tinh so phan tram'
  ).split(' '),
);

export interface TermProfile {
  /** Folded content syllables (function words removed). */
  unigrams: string[];
  /** Folded bigrams of adjacent syllables where at least one is content. */
  bigrams: string[];
}

export function foldedSyllables(text: string): string[] {
  return terms(normalizeText(text)).map((token) => foldDiacritics(token));
}

export function isFunctionWord(token: string): boolean {
  return FUNCTION_WORDS.has(token);
}

export function termProfile(text: string, ignore: Set<string> = new Set()): TermProfile {
  const folded = foldedSyllables(text);
  const content = (token: string) => !FUNCTION_WORDS.has(token) && !ignore.has(token);
  const unigrams = [...new Set(folded.filter(content))];
  const bigrams = new Set<string>();
  for (let index = 0; index + 1 < folded.length; index++) {
    const left = folded[index]!;
    const right = folded[index + 1]!;
    if ((content(left) || content(right)) && !ignore.has(left) && !ignore.has(right)) bigrams.add(`${left}_${right}`);
  }
  return { unigrams, bigrams: [...bigrams] };
}

/** Term-set view of a text for fast overlap tests. */
export function termSet(text: string): Set<string> {
  const folded = foldedSyllables(text);
  const set = new Set(folded);
  for (let index = 0; index + 1 < folded.length; index++) set.add(`${folded[index]}_${folded[index + 1]}`);
  return set;
}

/** Inverse document frequency from a document-frequency lookup; unseen terms get the highest weight. */
export function createInverseFrequency(documentCount: number, documentFrequency: (term: string) => number): (term: string) => number {
  const cache = new Map<string, number>();
  return (term) => {
    let weight = cache.get(term);
    if (weight === undefined) {
      const frequency = documentFrequency(term);
      weight = Math.log(1 + (documentCount + 1) / (frequency + 0.5));
      cache.set(term, weight);
    }
    return weight;
  };
}
