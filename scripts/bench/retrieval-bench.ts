/** Retrieval benchmark: our Retriever vs MiniSearch (diacritic-folding tokenizer) on the same corpus and queries. */
import MiniSearch from 'minisearch';
import type { Chunk } from '../../src/core/types';
import type { EvalQuestion } from '../../src/eval/eval-report';
import { coveringRank } from '../../src/eval/eval-tokens';
import { Retriever } from '../../src/search/retriever';
import type { Thesaurus } from '../../src/search/thesaurus';
import { foldDiacritics } from '../../src/text/fold';

export interface EngineFigures {
  buildMs: number;
  heapMb: number;
  p50Ms: number;
  p95Ms: number;
  recall5: number;
  /** Recall@5 over the baseline's question subset, so the two engines compare on the same questions. */
  recall5OnBaselineQuestions?: number;
}

export function percentile(values: number[], fraction: number): number {
  const sorted = values.slice().sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function heapUsed(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

async function measure(
  questions: EvalQuestion[],
  rounds: number,
  search: (question: string) => Promise<string[]> | string[],
): Promise<{ p50Ms: number; p95Ms: number; recall5: number; hitIds: Set<string> }> {
  // Steady state: a short untimed pass first, then a collection, so build garbage is not timed.
  for (const question of questions.slice(0, 10)) await search(question.question);
  globalThis.gc?.();
  const timings: number[] = [];
  const hitIds = new Set<string>();
  let hits = 0;
  let counted = 0;
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      const passages = await search(question.question);
      timings.push(performance.now() - started);
      if (round === 0 && question.evidence.length > 0) {
        counted++;
        if (coveringRank(question.evidence, passages, 5) !== undefined) {
          hits++;
          hitIds.add(question.id);
        }
      }
    }
  }
  return { p50Ms: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95), recall5: counted ? hits / counted : 0, hitIds };
}

const fold = (term: string) => foldDiacritics(term.toLowerCase());

export async function benchRetrieval(
  chunks: Chunk[],
  questions: EvalQuestion[],
  thesaurus: Thesaurus,
  rounds: number,
  baselineQuestions: EvalQuestion[] = questions,
  baselineRounds = rounds,
): Promise<{ ours: EngineFigures; minisearch: EngineFigures }> {
  let before = heapUsed();
  let started = performance.now();
  const retriever = new Retriever({ chunks, thesaurus });
  await retriever.search('khởi động', { k: 5 }); // builds the typo table outside the timed loop
  const oursBuild = performance.now() - started;
  const oursHeap = (heapUsed() - before) / 1048576;
  const ours = await measure(questions, rounds, async (question) => (await retriever.search(question, { k: 10 })).map((hit) => hit.chunk.text));

  before = heapUsed();
  started = performance.now();
  const minisearch = new MiniSearch<Chunk>({ fields: ['text'], storeFields: ['text'], processTerm: (term) => fold(term) });
  minisearch.addAll(chunks);
  const miniBuild = performance.now() - started;
  const miniHeap = (heapUsed() - before) / 1048576;
  const mini = await measure(baselineQuestions, baselineRounds, (question) => minisearch.search(question).slice(0, 10).map((result) => String(result.text)));
  const withEvidence = baselineQuestions.filter((question) => question.evidence.length > 0);
  const sameQuestions = withEvidence.length ? withEvidence.filter((question) => ours.hitIds.has(question.id)).length / withEvidence.length : 0;
  const { hitIds: _oursHits, ...oursFigures } = ours;
  const { hitIds: _miniHits, ...miniFigures } = mini;
  return {
    ours: { buildMs: oursBuild, heapMb: oursHeap, ...oursFigures, recall5OnBaselineQuestions: sameQuestions },
    minisearch: { buildMs: miniBuild, heapMb: miniHeap, ...miniFigures },
  };
}
