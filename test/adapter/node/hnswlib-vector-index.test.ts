import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { afterEach, describe, expect, it } from 'vitest';
import { HNSWLIB_FILES, HnswlibVectorIndex } from '../../../src/adapter/node/hnswlib-vector-index';
import { seededVectors } from '../../ports/vector-index-contract';

function cosine(left: number[], right: number[]): number {
  const dot = left.reduce((sum, value, index) => sum + value * right[index]!, 0);
  return dot / (Math.hypot(...left) * Math.hypot(...right));
}

describe('HnswlibVectorIndex (LangChain HNSWLib)', () => {
  const dimensions = 8;
  const vectors = seededVectors(200, dimensions);
  const ids = vectors.map((_, index) => `chunk-${index}`);
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hnswlib-'));
    dirs.push(dir);
    return dir;
  };

  it('starts empty and answers an empty search', async () => {
    const index = HnswlibVectorIndex.create({ dimensions });
    expect(index.size).toBe(0);
    expect(await index.search(vectors[0]!, 5)).toEqual([]);
  });

  it('finds a stored vector first with cosine similarity ~1, best first, and reports cosine similarity', async () => {
    const index = HnswlibVectorIndex.create({ dimensions });
    await index.add(ids, vectors);
    const hits = await index.search(vectors[42]!.map((value) => value * 10), 5);
    expect(hits.map((hit) => hit.id)[0]).toBe('chunk-42');
    expect(hits[0]!.score).toBeCloseTo(1, 5);
    expect(hits[1]!.score).toBeCloseTo(cosine(vectors[42]!, vectors[Number(hits[1]!.id.split('-')[1])]!), 5);
    for (let position = 1; position < hits.length; position++) expect(hits[position]!.score).toBeLessThanOrEqual(hits[position - 1]!.score);
  });

  it('applies the filter inside the search: rejected ids never surface and k is still filled', async () => {
    const index = HnswlibVectorIndex.create({ dimensions });
    await index.add(ids, vectors);
    const even = (id: string) => Number(id.split('-')[1]) % 2 === 0;
    const hits = await index.search(vectors[41]!, 10, even);
    expect(hits).toHaveLength(10);
    expect(hits.every((hit) => even(hit.id))).toBe(true);
    expect(await index.search(vectors[41]!, 10, () => false)).toEqual([]);
    expect((await index.search(vectors[0]!, 500)).length).toBe(200);
  });

  it('grows across several adds, and refuses an id twice, wrong lengths and mismatched ids', async () => {
    const index = HnswlibVectorIndex.create({ dimensions });
    const many = seededVectors(1500, dimensions, 99);
    for (let start = 0; start < many.length; start += 500) {
      await index.add(many.slice(start, start + 500).map((_, offset) => `v${start + offset}`), many.slice(start, start + 500));
    }
    expect(index.size).toBe(1500);
    expect((await index.search(many[1499]!, 1))[0]!.id).toBe('v1499');
    await expect(index.add(['v3'], [many[3]!])).rejects.toThrow(RangeError);
    await expect(index.add(['a'], [[1, 2, 3]])).rejects.toThrow(RangeError);
    await expect(index.add(['a', 'b'], [many[0]!])).rejects.toThrow(RangeError);
    await expect(index.search([1, 2], 1)).rejects.toThrow(RangeError);
  });

  it('saves in HNSWLib format, loads back with ids, model and ef, and returns unit-length stored vectors', async () => {
    const dir = await tempDir();
    const many = seededVectors(500, 24);
    const manyIds = many.map((_, index) => `chunk-${index}`);
    const index = HnswlibVectorIndex.create({ dimensions: 24, modelId: 'test/tiny', ef: 80 });
    await index.add(manyIds, many);
    await index.save(dir);

    expect(JSON.parse(await readFile(join(dir, HNSWLIB_FILES.meta), 'utf8'))).toMatchObject({ dimensions: 24, count: 500, modelId: 'test/tiny', ef: 80 });
    expect(JSON.parse(await readFile(join(dir, HNSWLIB_FILES.args), 'utf8'))).toMatchObject({ space: 'cosine', numDimensions: 24 });
    const loaded = await HnswlibVectorIndex.load(dir);
    expect(loaded.size).toBe(500);
    expect(loaded.modelId).toBe('test/tiny');
    expect(loaded.meta().ef).toBe(80);
    for (const probe of [0, 137, 499]) expect(await loaded.search(many[probe]!, 10)).toEqual(await index.search(many[probe]!, 10));
    const stored = loaded.vector('chunk-1')!;
    const norm = Math.hypot(...many[1]!);
    stored.forEach((value, position) => expect(value).toBeCloseTo(many[1]![position]! / norm, 5));
    expect(loaded.vector('missing')).toBeUndefined();

    // A plain LangChain user can open the same directory.
    const plain = await HNSWLib.load(dir, loaded.store.embeddings);
    const [[document]] = [await plain.similaritySearchVectorWithScore(many[137]!, 1)];
    expect(document![0].metadata).toEqual({ chunkId: 'chunk-137' });
  });

  it('saves and loads an empty index, and refuses a directory whose meta and index disagree', async () => {
    const emptyDir = await tempDir();
    await HnswlibVectorIndex.create({ dimensions: 4 }).save(emptyDir);
    expect((await HnswlibVectorIndex.load(emptyDir)).size).toBe(0);

    const dir = await tempDir();
    const index = HnswlibVectorIndex.create({ dimensions: 4 });
    await index.add(['a', 'b'], [[1, 0, 0, 0], [0, 1, 0, 0]]);
    await index.save(dir);
    await writeFile(join(dir, HNSWLIB_FILES.meta), JSON.stringify({ ...index.meta(), count: 3 }));
    await expect(HnswlibVectorIndex.load(dir)).rejects.toThrow(/3/);
  });
});
