import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTinyEmbeddingModel, seedVocabulary } from '../../../scripts/make-tiny-embedding-model';
import { HnswlibVectorIndex } from '../../../src/adapter/node/hnswlib-vector-index';
import { createLocalEmbedder } from '../../../src/adapter/node/local-embedder';
import { probeEmbedder } from '../../../src/embed/select-embedder';
import { EmbedderUnavailableError } from '../../../src/ports/embedder';
import { runEmbedderContract } from '../../ports/embedder-contract';

/** Runs the real transformers.js pipeline over a tiny generated BERT-shaped model: no download, no network. */
const MODEL_ID = 'test/tiny-vi';
let workDir = '';
let modelDir = '';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'local-embedder-'));
  modelDir = join(workDir, 'models');
  const vocabulary = await seedVocabulary(join(import.meta.dirname, '../../../seeds'));
  await makeTinyEmbeddingModel(join(modelDir, MODEL_ID), vocabulary);
  // An e5-style id whose vocabulary knows the prefix words, to see the default prefixes at work.
  await makeTinyEmbeddingModel(join(modelDir, 'test/tiny-e5'), [...vocabulary, 'query', 'passage']);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

runEmbedderContract('LocalEmbedder (tiny model)', () => createLocalEmbedder({ modelDir, modelId: MODEL_ID }));

const PASSAGES = {
  hoi: 'Thủ tục thành lập hội cấp tỉnh và phê duyệt điều lệ hội',
  khenThuong: 'Hồ sơ đề nghị khen thưởng thành tích thi đua của tập thể',
  chuyenDoiSo: 'Chuyển đổi số toàn diện lĩnh vực nội vụ phục vụ người dân và doanh nghiệp',
  luuTru: 'Số hóa tài liệu lưu trữ và cơ sở dữ liệu hồ sơ điện tử',
};

describe('createLocalEmbedder with the tiny model', () => {
  it('embeds passages, builds an HNSWLib index, saves, loads and ranks the passage sharing the query syllables first', async () => {
    const embedder = createLocalEmbedder({ modelDir, modelId: MODEL_ID, batchSize: 3 });
    const ids = Object.keys(PASSAGES);
    const vectors = await embedder.embedDocuments(Object.values(PASSAGES));
    expect(embedder.dimensions).toBe(32);
    for (const vector of vectors) expect(Math.hypot(...vector)).toBeCloseTo(1, 5);

    const index = HnswlibVectorIndex.create({ dimensions: 32, modelId: embedder.modelId });
    await index.add(ids, vectors);
    await index.save(join(workDir, 'index'));
    const loaded = await HnswlibVectorIndex.load(join(workDir, 'index'));
    expect(loaded.modelId).toBe(MODEL_ID);

    const cases: [string, string][] = [
      ['thành lập hội', 'hoi'],
      ['khen thưởng thi đua', 'khenThuong'],
      ['chuyển đổi số nội vụ', 'chuyenDoiSo'],
      ['lưu trữ tài liệu', 'luuTru'],
    ];
    for (const [query, expected] of cases) {
      const hits = await loaded.search(await embedder.embedQuery(query), 4);
      expect(hits[0]!.id, query).toBe(expected);
    }
    // The province/scope filter works through the real pipeline too.
    const filtered = await loaded.search(await embedder.embedQuery('thành lập hội'), 4, (id) => id !== 'hoi');
    expect(filtered.map((hit) => hit.id)).not.toContain('hoi');
  });

  it('adds e5 prefixes by default for e5 models only', async () => {
    const e5 = createLocalEmbedder({ modelDir, modelId: 'test/tiny-e5' });
    const plain = createLocalEmbedder({ modelDir, modelId: MODEL_ID });
    const text = 'thành lập hội';
    expect(await e5.embedQuery(text)).not.toEqual((await e5.embedDocuments([text]))[0]);
    expect(await plain.embedQuery(text)).toEqual((await plain.embedDocuments([text]))[0]);
    const noPrefix = createLocalEmbedder({ modelDir, modelId: 'test/tiny-e5', queryPrefix: '', passagePrefix: '' });
    expect(await noPrefix.embedQuery(text)).toEqual((await noPrefix.embedDocuments([text]))[0]);
  });

  it('keeps concurrent loads from different model directories apart', async () => {
    const otherDir = join(workDir, 'other-models');
    await makeTinyEmbeddingModel(join(otherDir, MODEL_ID), ['thành', 'lập', 'hội'], { seed: 7 });
    const text = 'thành lập hội';
    const [here, there] = await Promise.all([
      createLocalEmbedder({ modelDir, modelId: MODEL_ID }).embedQuery(text),
      createLocalEmbedder({ modelDir: otherDir, modelId: MODEL_ID }).embedQuery(text),
    ]);
    expect(here).toEqual(await createLocalEmbedder({ modelDir, modelId: MODEL_ID }).embedQuery(text));
    expect(there).not.toEqual(here);
  });

  it('reports a missing model as EmbedderUnavailableError naming the expected directory', async () => {
    const emptyDir = join(workDir, 'empty');
    const embedder = createLocalEmbedder({ modelDir: emptyDir });
    expect(embedder.modelId).toBe('Xenova/multilingual-e5-small');
    const error = await embedder.embedQuery('xin chào').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmbedderUnavailableError);
    expect(error).toMatchObject({ code: 'embedder_unavailable', isRetryable: false });
    expect((error as Error).message).toContain(join(emptyDir, 'Xenova/multilingual-e5-small'));
    expect((error as Error).message).toMatch(/config\.json.*onnx\/model\.onnx/);
    expect(await probeEmbedder(embedder)).toEqual({ ok: false, reason: (error as Error).message });
  });

  it('reports a corrupt model file as EmbedderUnavailableError', async () => {
    const brokenId = 'test/broken';
    await makeTinyEmbeddingModel(join(modelDir, brokenId), ['hội']);
    await writeFile(join(modelDir, brokenId, 'onnx', 'model.onnx'), 'not an onnx model');
    const error = await createLocalEmbedder({ modelDir, modelId: brokenId }).embedQuery('hội').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmbedderUnavailableError);
    expect((error as Error).message).toMatch(/failed to load/);
  });
});
