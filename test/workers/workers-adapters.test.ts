/** The Workers AI, Vectorize and KV adapters inside workerd, against fakes of their bindings. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createVectorizeVectorIndex } from '../../src/adapter/workers/vectorize-vector-index';
import { createWorkersAiChatModel } from '../../src/adapter/workers/workers-ai-chat-model';
import { createWorkersAiEmbedder } from '../../src/adapter/workers/workers-ai-embedder';
import { decodeIndexArchive, encodeIndexArchive } from '../../src/adapter/workers/index-archive';
import { createMaskedConsoleLogger } from '../../src/adapter/workers/masked-console-logger';
import { createWorkerRuntime } from '../../src/adapter/workers/worker-runtime';
import type { AiBinding, KvBinding, VectorizeBinding } from '../../src/adapter/workers/bindings';
import { BruteForceVectorIndex } from '../../src/embed/brute-force-vector-index';
import { fakeEmbedding } from '../../src/embed/fake-embedder';
import { silentLogger, type Logger } from '../../src/http/app-context';
import { ChatModelError } from '../../src/ports/chat-model';
import { runEmbedderContract } from '../ports/embedder-contract';

const DIMENSIONS = 64;

/** Answers like Workers AI's text-embedding models and records each call. */
function fakeEmbeddingAi(calls: { model: string; texts: string[] }[] = []): AiBinding {
  return {
    async run(model, inputs) {
      const texts = inputs.text as string[];
      calls.push({ model, texts });
      return { shape: [texts.length, DIMENSIONS], data: texts.map((text) => fakeEmbedding(text, DIMENSIONS)) };
    },
  };
}

function sseStream(events: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const event of events) controller.enqueue(encoder.encode(`data: ${event}\n\n`));
      controller.close();
    },
  });
}

async function collect(iterable: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const delta of iterable) text += delta;
  return text;
}

runEmbedderContract('Workers AI embedder', () => createWorkersAiEmbedder({ ai: fakeEmbeddingAi() }));

describe('Workers AI embedder', () => {
  it('calls bge-m3 by default and batches at most 100 texts per call', async () => {
    const calls: { model: string; texts: string[] }[] = [];
    const embedder = createWorkersAiEmbedder({ ai: fakeEmbeddingAi(calls) });
    const vectors = await embedder.embedDocuments(Array.from({ length: 230 }, (_, index) => `đoạn ${index}`));
    expect(vectors).toHaveLength(230);
    expect(calls.map((call) => call.texts.length)).toEqual([100, 100, 30]);
    expect(calls[0]!.model).toBe('@cf/baai/bge-m3');
  });

  it('turns a binding failure or a malformed reply into EmbedderUnavailableError', async () => {
    const failing = createWorkersAiEmbedder({ ai: { run: async () => Promise.reject(new Error('3040: capacity')) } });
    await expect(failing.embedQuery('hội')).rejects.toMatchObject({ code: 'embedder_unavailable', isRetryable: true });
    const malformed = createWorkersAiEmbedder({ ai: { run: async () => ({ data: 'nope' }) } });
    await expect(malformed.embedQuery('hội')).rejects.toMatchObject({ code: 'embedder_unavailable', isRetryable: false });
  });
});

describe('Workers AI chat model', () => {
  it('streams the response deltas until [DONE]', async () => {
    let request: Record<string, unknown> = {};
    const model = createWorkersAiChatModel({
      modelId: '@cf/meta/llama-3.1-8b-instruct',
      ai: { run: async (_model, inputs) => ((request = inputs), sseStream(['{"response":"Xin "}', '{"response":"chào"}', '[DONE]', '{"response":"!"}'])) },
    });
    expect(await collect(model.stream([{ role: 'user', content: 'chào' }], {}))).toBe('Xin chào');
    expect(request).toMatchObject({ stream: true, messages: [{ role: 'user', content: 'chào' }] });
  });

  it('fails with ChatModelError codes the engine falls back on', async () => {
    const thrown = createWorkersAiChatModel({ modelId: 'm', ai: { run: async () => Promise.reject(new Error('5007: no such model')) } });
    await expect(collect(thrown.stream([], {}))).rejects.toMatchObject({ code: 'llm_http' });
    const garbled = createWorkersAiChatModel({ modelId: 'm', ai: { run: async () => sseStream(['not json']) } });
    await expect(collect(garbled.stream([], {}))).rejects.toBeInstanceOf(ChatModelError);
    const notStreaming = createWorkersAiChatModel({ modelId: 'm', ai: { run: async () => ({ response: 'whole' }) } });
    await expect(collect(notStreaming.stream([], {}))).rejects.toMatchObject({ code: 'llm_bad_reply' });
  });
});

describe('Vectorize vector index', () => {
  const local = new BruteForceVectorIndex({ dimensions: DIMENSIONS });
  const texts = ['thành lập hội', 'giải thể hội', 'khen thưởng', 'lưu trữ hồ sơ', 'tuyển dụng công chức'];
  local.add(texts.map((_, index) => `c${index}`), texts.map((text) => fakeEmbedding(text, DIMENSIONS)));
  const queries: number[] = [];
  const binding: VectorizeBinding = {
    async query(vector, options) {
      queries.push(options.topK);
      return { matches: local.search(vector, options.topK) };
    },
  };
  const index = createVectorizeVectorIndex({ vectors: binding, dimensions: DIMENSIONS, size: texts.length });

  it('returns the nearest ids best first, with the filter applied and k respected', async () => {
    const hits = await index.search(fakeEmbedding('thành lập hội', DIMENSIONS), 2, (id) => id !== 'c1');
    expect(hits.map((hit) => hit.id)[0]).toBe('c0');
    expect(hits).toHaveLength(2);
    expect(hits.some((hit) => hit.id === 'c1')).toBe(false);
    expect(queries.at(-1)).toBe(4);
  });

  it('rejects a vector of the wrong length before calling Vectorize', async () => {
    await expect(index.search([1, 2, 3], 2)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('index archive', () => {
  it('round-trips the files of a build through gzip', async () => {
    const files = { manifest: { a: 1 }, chunks: [{ text: 'Nội vụ' }], thesaurus: {}, procedures: [], knowledge: { provinces: null } };
    const bytes = await encodeIndexArchive({ build: 'build-x', files });
    expect(await decodeIndexArchive(bytes)).toEqual({ build: 'build-x', files });
  });
});

describe('Worker runtime without an index', () => {
  it('answers /readyz 503 with the reason, and the API 503 rather than failing', async () => {
    const emptyKv: KvBinding = { get: async () => null, put: async () => undefined } as KvBinding;
    const runtime = createWorkerRuntime({ DB: env.DB, INDEX: emptyKv }, { logger: silentLogger });
    await runtime.ensureIndex();
    const ready = await runtime.app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toContain('build:workers-index');
    expect((await runtime.app.request('/api/search?q=h%E1%BB%99i')).status).toBe(503);
  });

  it('refuses to start on a missing binding, naming it', () => {
    expect(() => createWorkerRuntime({ INDEX: {} })).toThrow(/DB.*D1/);
  });
});

describe('masked console logger', () => {
  it('masks personal data field by field and survives long numbers', () => {
    const lines: object[] = [];
    const target: Logger = { info: (details) => lines.push(details), warn: (details) => lines.push(details), error: (details) => lines.push(details) };
    const logger = createMaskedConsoleLogger(target);
    logger.info({ bytes: 123456789012, nested: { note: 'gọi 0912345678' }, error: new Error('mail a@b.vn') }, 'x');
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain('0912345678');
    expect(line).not.toContain('a@b.vn');
    expect((lines[0] as { nested: { note: string } }).nested.note).toMatch(/^gọi /);
  });
});
