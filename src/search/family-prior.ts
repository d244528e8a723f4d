/**
 * A light prior between passage families, read from the corpus itself: each question term leans toward the family
 * whose passages use it more often (relative to the family's size), like a naive Bayes vote. A question in plan
 * vocabulary (tasks, targets, bodies assigned) then lifts plan passages a little, one in procedure vocabulary
 * (dossier, fee, where to file) lifts the records, and a question that leans neither way is left alone.
 */
import type { WeightedTerm } from './lexical-index';
import { FAMILY_COUNT } from './passage-family';

export interface FamilyStatistics {
  /** Passages per family. */
  sizes: readonly number[];
  /** Passages of each family containing the term. */
  frequency(term: string): ArrayLike<number>;
}

/** At most this factor apart (e^STRENGTH) between the favoured family and the other one. */
export const FAMILY_PRIOR_STRENGTH = 0.15;

/**
 * The question's lean toward the document family (positive) or the knowledge family (negative), in [-1, 1]:
 * the weight-averaged log ratio of each term's share of passages in the two families, squashed.
 */
export function familyLeaning(terms: readonly WeightedTerm[], statistics: FamilyStatistics): number {
  if (FAMILY_COUNT !== 2 || statistics.sizes.some((size) => size === 0)) return 0;
  const [documents, records] = statistics.sizes as [number, number];
  let total = 0;
  let weights = 0;
  for (const term of terms) {
    if (term.field !== 'folded' || !term.coverage) continue;
    const counts = statistics.frequency(term.term);
    const inDocuments = counts[0] ?? 0;
    const inRecords = counts[1] ?? 0;
    if (inDocuments + inRecords === 0) continue;
    // Smoothed shares, so a term seen in one family only leans strongly but finitely.
    total += term.weight * Math.log(((inDocuments + 0.5) / (documents + 1)) / ((inRecords + 0.5) / (records + 1)));
    weights += term.weight;
  }
  return weights > 0 ? Math.tanh(total / weights / 2) : 0;
}

/** Score factor of each family for a leaning: e^(±strength·leaning), the favoured family above 1. */
export function familyFactors(leaning: number, strength = FAMILY_PRIOR_STRENGTH): number[] {
  return [Math.exp(strength * leaning), Math.exp(-strength * leaning)];
}
