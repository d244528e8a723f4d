import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HNSW_FILES, HnswVectorIndex } from '../../../src/adapter/node/hnsw-vector-index';
import { runVectorIndexContract, seededVectors } from '../../ports/vector-index-contract';

runVectorIndexContract('HnswVectorIndex', (dimensions) => new HnswVectorIndex({ dimensions, capacity: 16 }));

describe('HnswVectorIndex persistence', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('saves the index, ids and meta, and loads them back with ef restored', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hnsw-'));
    dirs.push(dir);
    const vectors = seededVectors(500, 24);
    const ids = vectors.map((_, index) => `chunk-${index}`);
    const index = new HnswVectorIndex({ dimensions: 24, modelId: 'test/tiny', ef: 80 });
    index.add(ids, vectors);
    await index.save(dir);

    const meta = JSON.parse(await readFile(join(dir, HNSW_FILES.meta), 'utf8'));
    expect(meta).toMatchObject({ dimensions: 24, count: 500, modelId: 'test/tiny', ef: 80, space: 'cosine' });

    const loaded = await HnswVectorIndex.load(dir);
    expect(loaded.size).toBe(500);
    expect(loaded.modelId).toBe('test/tiny');
    expect(loaded.meta().ef).toBe(80);
    for (const probe of [0, 137, 499]) expect(loaded.search(vectors[probe]!, 10)).toEqual(index.search(vectors[probe]!, 10));

    // A loaded index keeps growing.
    loaded.add(['extra'], [seededVectors(1, 24, 1234)[0]!]);
    expect(loaded.search(seededVectors(1, 24, 1234)[0]!, 1)[0]!.id).toBe('extra');
  });

  it('refuses a directory whose ids and index disagree', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hnsw-'));
    dirs.push(dir);
    const index = new HnswVectorIndex({ dimensions: 4 });
    index.add(['a', 'b'], [[1, 0, 0, 0], [0, 1, 0, 0]]);
    await index.save(dir);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, HNSW_FILES.ids), JSON.stringify(['a']));
    await expect(HnswVectorIndex.load(dir)).rejects.toThrow(/ids/);
  });
});
