/** Smoothed syllable unigram + bigram model learned from clean text, used to rank segmentations. */

import { placeToneMark } from './normalize';
import { generateSyllables } from './syllable-inventory';

/** Marks the start and the end of a phrase (a stretch of words without punctuation or digits). */
export const PHRASE_EDGE = '';

export interface SyllableLanguageModel {
  /** Negative natural-log probability of `word` after `previous` (PHRASE_EDGE at either end). */
  cost(previous: string, word: string): number;
  /** Whether the corpus holds this lower-cased word at all. */
  has(word: string): boolean;
  /** Exact spellings of corpus words that are not Vietnamese syllables (IOC, VNeID, TTg, dashboard). */
  foreignWords: ReadonlySet<string>;
}

/** Absolute discount taken from every seen bigram and handed to the unigram back-off. */
const DISCOUNT = 0.75;
/** Share of unigram mass kept for valid syllables the corpus never shows. */
const UNSEEN_SHARE = 0.02;

/** The key a word is counted under: lower case, classic tone placement, so hoà and hòa agree. */
export function modelKey(word: string): string {
  return placeToneMark(word.toLowerCase()).normalize('NFC');
}

/** Phrases of letter-only words; punctuation, digits and line ends break phrases. */
export function corpusPhrases(text: string): string[][] {
  const phrases: string[][] = [];
  for (const piece of text.normalize('NFC').split(/[^\p{L}\p{M} \t]+/u)) {
    const words = piece.match(/[\p{L}\p{M}]+/gu);
    if (words) phrases.push(words);
  }
  return phrases;
}

let inventorySize: number | undefined;

export function createSyllableLanguageModel(texts: string[], isSyllable: (word: string) => boolean): SyllableLanguageModel {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const followers = new Map<string, number>(); // count of word types seen after a context
  const contexts = new Map<string, number>();
  const foreignWords = new Set<string>();
  let total = 0;
  const add = <K>(map: Map<K, number>, key: K): number => {
    const next = (map.get(key) ?? 0) + 1;
    map.set(key, next);
    return next;
  };
  for (const text of texts) {
    for (const phrase of corpusPhrases(text)) {
      let previous = PHRASE_EDGE;
      for (const word of [...phrase, PHRASE_EDGE]) {
        const key = word === PHRASE_EDGE ? PHRASE_EDGE : modelKey(word);
        if (word !== PHRASE_EDGE) {
          add(unigrams, key);
          total++;
          if (!isSyllable(word)) foreignWords.add(word);
        }
        if (add(bigrams, `${previous}\u0000${key}`) === 1) add(followers, previous);
        add(contexts, previous);
        previous = key;
      }
    }
  }
  const syllableCount = (inventorySize ??= generateSyllables().length);
  const unseenMass = Math.max(1, total * UNSEEN_SHARE);
  const edgeProbability = (contexts.get(PHRASE_EDGE) ?? 1) / Math.max(1, total);

  const unigram = (key: string): number => {
    if (key === PHRASE_EDGE) return edgeProbability;
    const base = isSyllable(key) ? 1 / syllableCount : 0;
    return ((unigrams.get(key) ?? 0) + unseenMass * base) / (total + unseenMass);
  };

  return {
    foreignWords,
    has: (word) => unigrams.has(modelKey(word)),
    cost(previous, word) {
      const key = word === PHRASE_EDGE ? PHRASE_EDGE : modelKey(word);
      const previousKey = previous === PHRASE_EDGE ? PHRASE_EDGE : modelKey(previous);
      const backOff = unigram(key);
      const contextCount = contexts.get(previousKey) ?? 0;
      let probability = backOff;
      if (contextCount > 0) {
        const seen = bigrams.get(`${previousKey}\u0000${key}`) ?? 0;
        const reserved = (DISCOUNT * (followers.get(previousKey) ?? 0)) / contextCount;
        probability = Math.max(seen - DISCOUNT, 0) / contextCount + reserved * backOff;
      }
      return probability > 0 ? -Math.log(probability) : Number.POSITIVE_INFINITY;
    },
  };
}
