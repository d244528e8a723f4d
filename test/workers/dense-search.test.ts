/** Hybrid search in workerd: the Retriever awaits a Vectorize-shaped index and fuses it with BM25. */
import { describe, expect, inject, it } from 'vitest';
import { decodeIndexArchive } from '../../src/adapter/workers/index-archive';
import { createVectorizeVectorIndex } from '../../src/adapter/workers/vectorize-vector-index';
import { createWorkersAiEmbedder } from '../../src/adapter/workers/workers-ai-embedder';
import type { Chunk } from '../../src/core/types';
import { BruteForceVectorIndex } from '../../src/embed/brute-force-vector-index';
import { fakeEmbedding } from '../../src/embed/fake-embedder';
import { silentLogger } from '../../src/http/app-context';
import { createLiveIndexFromFiles } from '../../src/services/create-live-index-from-files';
import './node-expectations';

const DIMENSIONS = 64;

async function denseIndex(indexModel: string) {
  const packed = inject('packedIndex');
  const { files } = await decodeIndexArchive(Uint8Array.from(atob(packed.archiveBase64), (character) => character.charCodeAt(0)));
  const chunks = files.chunks as Chunk[];
  const local = new BruteForceVectorIndex({ dimensions: DIMENSIONS });
  local.add(chunks.map((chunk) => chunk.id), chunks.map((chunk) => fakeEmbedding(chunk.text, DIMENSIONS)));
  let queries = 0;
  const vectors = createVectorizeVectorIndex({
    vectors: { query: async (vector, options) => ((queries += 1), { matches: local.search(vector, options.topK) }) },
    dimensions: DIMENSIONS,
    size: chunks.length,
  });
  const embedder = createWorkersAiEmbedder({
    ai: { run: async (_model, inputs) => ({ data: (inputs.text as string[]).map((text) => fakeEmbedding(text, DIMENSIONS)) }) },
  });
  const manifest = { ...(files.manifest as object), embedding: { provider: 'workers-ai', modelId: indexModel, dimensions: DIMENSIONS } };
  const live = createLiveIndexFromFiles({ ...files, manifest }, { directory: 'test', embedder, vectors, logger: silentLogger });
  return { live, queries: () => queries };
}

describe('dense search through Vectorize', () => {
  it('fuses Vectorize hits into the ranking when the index vectors come from the query model', async () => {
    const { live, queries } = await denseIndex('@cf/baai/bge-m3');
    expect(live.retriever.denseEnabled).toBe(true);
    const hits = await live.retriever.search('thủ tục thành lập hội', { k: 5 });
    expect(hits).toHaveLength(5);
    expect(queries()).toBe(1);
  });

  it('stays lexical when the index vectors come from another model', async () => {
    const { live, queries } = await denseIndex('Xenova/multilingual-e5-small');
    expect(live.retriever.denseEnabled).toBe(false);
    await live.retriever.search('thủ tục thành lập hội', { k: 5 });
    expect(queries()).toBe(0);
  });
});
