/** The shared evidence measure of composers: how much of the question's content the candidate's passages cover. */
import type { Chunk } from '../../core/types';
import type { ExtractiveContext } from '../extractive-answer';
import { retrievalConfidence } from '../retrieval-confidence';
import type { ComposeContext } from './composer';

/** 0–1 weighted coverage of the question's content terms (phrases weigh more than syllables) by these passages. */
export function coverageOf(context: ComposeContext, passages: readonly Chunk[]): number {
  return retrievalConfidence(context.terms.profile, [...passages], context.terms.weight).score;
}

/** Coverage by the top three retrieved passages: the score of composers that answer from the ranking itself. */
export function retrievalCoverage(context: ComposeContext): number {
  return coverageOf(context, context.hits.slice(0, 3).map((hit) => hit.chunk));
}

/** What the sentence scorer needs from the context. */
export function extractiveContext(context: ComposeContext): ExtractiveContext {
  return { analysis: context.analysis, profile: context.terms.profile, weight: context.terms.weight };
}
