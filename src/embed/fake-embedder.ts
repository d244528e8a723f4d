/** Deterministic hashed bag-of-syllables embedder for tests: shared syllables mean close vectors. */
import type { Embedder } from '../ports/embedder';
import { terms } from '../text/tokenize';

export interface FakeEmbedderCall {
  method: 'embedDocuments' | 'embedQuery';
  texts: string[];
}

export interface FakeEmbedder extends Embedder {
  /** Every call in order, so tests can assert batching and query/passage routing. */
  readonly calls: FakeEmbedderCall[];
}

export interface FakeEmbedderOptions {
  dimensions?: number;
  modelId?: string;
}

/** Embeds one text: each syllable adds ±1 at a hashed position, then the sum is normalised. */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const term of terms(text)) {
    const hash = fnv1a(term);
    const position = hash % dimensions;
    // A second hash bit picks the sign so unrelated syllables cancel rather than pile up.
    vector[position]! += (hash >>> 16) & 1 ? 1 : -1;
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

export function createFakeEmbedder(options: FakeEmbedderOptions = {}): FakeEmbedder {
  const dimensions = options.dimensions ?? 64;
  const calls: FakeEmbedderCall[] = [];
  return {
    provider: 'fake',
    modelId: options.modelId ?? 'fake-hashed-syllables',
    dimensions,
    calls,
    async embedDocuments(texts) {
      calls.push({ method: 'embedDocuments', texts: [...texts] });
      return texts.map((text) => fakeEmbedding(text, dimensions));
    },
    async embedQuery(text) {
      calls.push({ method: 'embedQuery', texts: [text] });
      return fakeEmbedding(text, dimensions);
    },
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
