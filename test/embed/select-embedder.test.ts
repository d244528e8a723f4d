import { describe, expect, it } from 'vitest';
import { createFakeEmbedder } from '../../src/embed/fake-embedder';
import { probeEmbedder, selectEmbedder } from '../../src/embed/select-embedder';
import { EmbedderUnavailableError, type Embedder } from '../../src/ports/embedder';

describe('selectEmbedder', () => {
  it('returns undefined for kind none', () => {
    expect(selectEmbedder({ kind: 'none' }, {})).toBeUndefined();
  });

  it('passes the options, without kind, to the matching factory', () => {
    const received: object[] = [];
    const fake = createFakeEmbedder();
    const factories = {
      local: (options: object) => (received.push(options), fake),
      openai: () => {
        throw new Error('wrong factory');
      },
    };
    expect(selectEmbedder({ kind: 'local', modelDir: '/models', batchSize: 8 }, factories)).toBe(fake);
    expect(received).toEqual([{ modelDir: '/models', batchSize: 8 }]);
  });

  it('throws when the runtime lacks the adapter or the config is invalid', () => {
    expect(() => selectEmbedder({ kind: 'local' }, {})).toThrow(/local/);
    expect(() => selectEmbedder({ kind: 'openai', baseUrl: 'not a url', model: 'm' }, { openai: () => createFakeEmbedder() })).toThrow();
  });
});

describe('probeEmbedder', () => {
  it('reports the dimensions of a working embedder', async () => {
    expect(await probeEmbedder(createFakeEmbedder({ dimensions: 12 }))).toEqual({ ok: true, dimensions: 12 });
  });

  it('turns a failure into a reason instead of throwing', async () => {
    const broken: Embedder = {
      provider: 'test',
      modelId: 'broken',
      dimensions: undefined,
      embedDocuments: async () => [],
      embedQuery: async () => {
        throw new EmbedderUnavailableError('model files missing in /models/x');
      },
    };
    expect(await probeEmbedder(broken)).toEqual({ ok: false, reason: 'model files missing in /models/x' });
  });

  it('rejects an empty vector', async () => {
    const empty: Embedder = { ...createFakeEmbedder(), embedQuery: async () => [] };
    expect(await probeEmbedder(empty)).toMatchObject({ ok: false });
  });
});
