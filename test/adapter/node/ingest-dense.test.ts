/**
 * The `local` embedder path end to end: tiny generated model → HuggingFaceTransformersEmbeddings →
 * runIngest → LangChain HNSWLib build → hybrid search (server side and as a LangChain retriever);
 * and a server whose model files are missing, which answers lexically after one warning.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildWorkersIndex } from '../../../scripts/build-workers-index';
import { makeTinyEmbeddingModel, seedVocabulary } from '../../../scripts/make-tiny-embedding-model';
import { runIngest } from '../../../src/adapter/node/ingest-runner';
import { loadLiveIndex } from '../../../src/adapter/node/load-live-index';
import { HNSWLIB_FILES } from '../../../src/adapter/node/hnswlib-vector-index';
import { createLocalEmbedder } from '../../../src/adapter/node/local-embedder';
import { openLangChainRetriever } from '../../../src/adapter/node/open-langchain-retriever';
import { startServer, type RunningServer } from '../../../src/adapter/node/server';
import { silentProgress, type Progress } from '../../../src/adapter/node/progress';
import { silentLogger, type Logger } from '../../../src/http/app-context';
import type { Embedder } from '../../../src/ports/embedder';
import { chatResponseSchema } from '../../../src/protocol/chat-events';

const MODEL_ID = 'test/tiny-vi';
let root = '';

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ingest-dense-'));
  await fs.cp('seeds', path.join(root, 'seeds'), { recursive: true });
  await fs.cp('knowledge', path.join(root, 'knowledge'), { recursive: true });
  await makeTinyEmbeddingModel(path.join(root, 'models', MODEL_ID), await seedVocabulary('seeds'));
});

const running: RunningServer[] = [];
afterAll(async () => {
  for (const server of running) await server.close().catch(() => undefined);
  await fs.rm(root, { recursive: true, force: true });
});

describe('ingest with the local embedder', () => {
  it('embeds every chunk into the HNSWLib index, reuses vectors when nothing changed, and serves hybrid search', async () => {
    const embedder = createLocalEmbedder({ modelDir: path.join(root, 'models'), modelId: MODEL_ID });
    const indexDir = path.join(root, 'index');
    const first = await runIngest({ rootDir: root, indexDir, embedder, progress: silentProgress });
    expect(first.report.embedding.status).toBe('built');
    // Saved by LangChain's HNSWLib inside the build, so the CURRENT pointer swaps it with the chunks.
    const saved = await fs.readdir(path.join(first.directory, 'vectors'));
    expect(saved.sort()).toEqual(Object.values(HNSWLIB_FILES).sort());
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

    // The same build opened as a LangChain retriever uses the dense half too.
    const retriever = await openLangChainRetriever({ indexDir, embedder: counting, k: 5 });
    const documents = await retriever.invoke('trợ lý ảo hỗ trợ người dân Lào Cai');
    expect(queries).toBe(2);
    expect(documents.map((document) => document.id)).toEqual(hits.map((hit) => hit.chunk.id));
    expect(documents[0]!.metadata).toMatchObject({ chunkId: hits[0]!.chunk.id, docId: hits[0]!.chunk.docId, scope: 'public' });

    // The Workers export reads the stored vectors back out of HNSWLib for Vectorize.
    const packed = await buildWorkersIndex({ indexDir, outDir: path.join(root, 'workers-out') });
    expect(packed.vectors).toBe(first.manifest.counts.vectors);
    const lines = (await fs.readFile(packed.vectorsPath!, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; values: number[] });
    expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
    expect(lines[0]!.values).toHaveLength(32);
    expect(Math.hypot(...lines[0]!.values)).toBeCloseTo(1, 5);
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

function recordingLogger() {
  const warnings: string[] = [];
  const logger: Logger = { info() {}, warn: (_details, message) => void warnings.push(message ?? ''), error: (_details, message) => void warnings.push(`error: ${message}`) };
  return { logger, warnings };
}

async function startWithoutModel(indexDir: string, logger: Logger): Promise<RunningServer> {
  const server = await startServer({
    rootDir: root,
    dataDir: await fs.mkdtemp(path.join(root, 'data-')),
    indexDir,
    port: 0,
    host: '127.0.0.1',
    logger,
    quiet: false,
    // EMBEDDER defaults to local; its model folder is empty.
    env: { EMBEDDING_MODEL_DIR: path.join(root, 'empty-models'), EMBEDDING_MODEL: MODEL_ID, LOG_LEVEL: 'silent' },
  });
  running.push(server);
  return server;
}

async function expectLexicalAnswer(server: RunningServer): Promise<void> {
  const ready = (await (await fetch(`${server.url}/readyz`)).json()) as { status: string; dense: boolean };
  expect(ready).toMatchObject({ status: 'ready', dense: false });
  const response = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'thủ tục thành lập hội' }) });
  expect(response.status).toBe(200);
  expect(chatResponseSchema.parse(await response.json()).citations.length).toBeGreaterThan(0);
}

describe('a server whose local model files are missing', () => {
  it('starts on a build that has vectors and answers lexically, with exactly one clear warning', async () => {
    const { logger, warnings } = recordingLogger();
    const server = await startWithoutModel(path.join(root, 'index'), logger);
    await expectLexicalAnswer(server);
    await expectLexicalAnswer(server);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/embedding model unavailable.*lexical/);
  }, 120_000);

  it('builds a lexical index when none exists and answers, again with exactly one warning', async () => {
    const { logger, warnings } = recordingLogger();
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    let server: RunningServer;
    try {
      server = await startWithoutModel(path.join(root, 'index-fresh'), logger);
    } finally {
      spy.mockRestore();
    }
    await expectLexicalAnswer(server);
    expect([...warnings, ...written.filter((line) => line.includes('⚠'))]).toHaveLength(1);
    expect(warnings[0]).toMatch(/embedding model unavailable/);
  }, 120_000);
});
