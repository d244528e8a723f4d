/** Sequential extractive chat latency: every question asked one after another against the engine, as one citizen would. */
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentLogger } from '../../src/http/app-context';
import { percentile } from './retrieval-bench';

export interface ChatLatency {
  questions: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Median words of answers that were not refused. */
  medianWords: number;
}

export async function benchChatLatency(indexDir: string, questions: readonly string[], rounds: number): Promise<ChatLatency> {
  const live = await loadLiveIndex({ indexDir, logger: silentLogger });
  // One warm-up pass: the first question of a build fills per-index caches (outlines, folded names).
  for (const message of questions) await live.engine.answer({ message, scopes: ['public'] });
  const times: number[] = [];
  const words: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const message of questions) {
      const started = performance.now();
      const result = await live.engine.answer({ message, scopes: ['public'] });
      times.push(performance.now() - started);
      if (round === 0 && !result.refused) words.push(result.answer.split(/\s+/).filter(Boolean).length);
    }
  }
  times.sort((left, right) => left - right);
  words.sort((left, right) => left - right);
  return { questions: questions.length, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times[times.length - 1] ?? 0, medianWords: percentile(words, 0.5) };
}
