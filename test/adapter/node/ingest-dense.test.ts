/** The `local` embedder path end to end: tiny generated model → runIngest → HNSW build → server-side hybrid search. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTinyEmbeddingModel, seedVocabulary } from '../../../scripts/make-tiny-embedding-model';
import { runIngest } from '../../../src/adapter/node/ingest-runner';
import { loadLiveIndex } from '../../../src/adapter/node/load-live-index';
import { createLocalEmbedder } from '../../../src/adapter/node/local-embedder';
import { silentProgress, type Progress } from '../../../src/adapter/node/progress';
import { silentLogger } from '../../../src/http/app-context';
import type { Embedder } from '../../../src/ports/embedder';

const MODEL_ID = 'test/tiny-vi';
let root = '';

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ingest-dense-'));
  await fs.cp('seeds', path.join(root, 'seeds'), { recursive: true });
  await fs.cp('knowledge', path.join(root, 'knowledge'), { recursive: true });
  await makeTinyEmbeddingModel(path.join(root, 'models', MODEL_ID), await seedVocabulary('seeds'));
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('ingest with the local embedder', () => {
  it('embeds every chunk into the HNSW index, reuses vectors when nothing changed, and serves hybrid search', async () => {
    const embedder = createLocalEmbedder({ modelDir: path.join(root, 'models'), modelId: MODEL_ID });
    const indexDir = path.join(root, 'index');
    const first = await runIngest({ rootDir: root, indexDir, embedder, progress: silentProgress });
    expect(first.report.embedding.status).toBe('built');
    expect(first.manifest.embedding).toMatchObject({ modelId: MODEL_ID, dimensions: 32 });
    expect(first.manifest.counts.vectors).toBe(first.manifest.counts.chunks);

    const second = await runIngest({ rootDir: root, indexDir, embedder, progress: silentProgress });
    expect(second.report.embedding.status).toBe('reused');

    let queries = 0;
    const counting: Embedder = {
      provider: embedder.provider,
      modelId: embedder.modelId,
      dimensions: embedder.dimensions,
      embedDocuments: (texts) => embedder.embedDocuments(texts),
      embedQuery: (text) => (queries++, embedder.embedQuery(text)),
    };
    const live = await loadLiveIndex({ indexDir, embedder: counting, logger: silentLogger });
    expect(live.retriever.denseEnabled).toBe(true);
    const hits = await live.retriever.search('trợ lý ảo hỗ trợ người dân Lào Cai', { k: 5 });
    expect(queries).toBe(1);
    expect(hits).toHaveLength(5);
    // The tiny model's weights are random, so only the plumbing is asserted: the dense list took part in the fusion.
    const lexicalOnly = await loadLiveIndex({ indexDir, logger: silentLogger });
    expect(lexicalOnly.retriever.denseEnabled).toBe(false);
    const lexicalHits = await lexicalOnly.retriever.search('trợ lý ảo hỗ trợ người dân Lào Cai', { k: 5 });
    expect(hits.map((hit) => hit.chunk.id)).not.toEqual(lexicalHits.map((hit) => hit.chunk.id));
  }, 120_000);

  it('falls back to a lexical-only build with one clear warning when the model files are missing', async () => {
    const warnings: string[] = [];
    const progress: Progress = { ...silentProgress, warn: (message) => warnings.push(message) };
    const embedder = createLocalEmbedder({ modelDir: path.join(root, 'no-models'), modelId: 'Xenova/multilingual-e5-small' });
    const result = await runIngest({ rootDir: root, indexDir: path.join(root, 'index-lexical'), embedder, progress });
    expect(result.manifest.embedding).toBeNull();
    expect(result.report.embedding.status).toBe('skipped');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/lexical index only/);
    expect(warnings[0]).toContain('no-models');
  }, 120_000);
});
