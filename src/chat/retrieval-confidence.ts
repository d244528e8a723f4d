/** How well the top passages cover the question's content terms: the signal that decides answer or refuse. */
import type { Chunk } from '../core/types';
import { termSet, type TermProfile } from './term-weights';

export interface Confidence {
  /** 0–1: weighted share of the question's content syllables found in the top passages. */
  unigramCoverage: number;
  /** 0–1: the same for adjacent-syllable pairs (phrases). */
  bigramCoverage: number;
  score: number;
}

/**
 * Below this the sources are taken not to answer. Calibrated on the dev set plus off-topic probes
 * (minimum wage, university cut-offs, ticket prices, drink-driving): probes scored 0.19–0.37, answerable
 * dev questions ≥ 0.42 except one retrieval miss. Phrases (bigrams) weigh more than syllables because
 * common syllables ("đại", "học", "điểm") match everywhere while their pairs do not.
 */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.4;

export function retrievalConfidence(profile: TermProfile, passages: Chunk[], weight: (term: string) => number): Confidence {
  if (profile.unigrams.length === 0 || passages.length === 0) return { unigramCoverage: 0, bigramCoverage: 0, score: 0 };
  const available = new Set<string>();
  for (const chunk of passages) for (const term of termSet(`${chunk.text}\n${chunk.section}\n${chunk.title}`)) available.add(term);
  const coverage = (list: string[]) => {
    const total = list.reduce((sum, term) => sum + weight(term), 0);
    if (total === 0) return 1;
    return list.reduce((sum, term) => sum + (available.has(term) ? weight(term) : 0), 0) / total;
  };
  const unigramCoverage = coverage(profile.unigrams);
  const bigramCoverage = profile.bigrams.length > 0 ? coverage(profile.bigrams) : unigramCoverage;
  return { unigramCoverage, bigramCoverage, score: 0.4 * unigramCoverage + 0.6 * bigramCoverage };
}
