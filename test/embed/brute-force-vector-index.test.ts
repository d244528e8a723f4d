import { describe, expect, it } from 'vitest';
import { BruteForceVectorIndex } from '../../src/embed/brute-force-vector-index';
import { runVectorIndexContract, seededVectors } from '../ports/vector-index-contract';

runVectorIndexContract('BruteForceVectorIndex', (dimensions) => new BruteForceVectorIndex({ dimensions }));

describe('BruteForceVectorIndex serialisation', () => {
  const vectors = seededVectors(50, 16);
  const ids = vectors.map((_, index) => `c${index}`);

  it('round-trips through JSON text with identical results', () => {
    const index = new BruteForceVectorIndex({ dimensions: 16, modelId: 'test/tiny' });
    index.add(ids, vectors);
    const restored = BruteForceVectorIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    expect(restored.modelId).toBe('test/tiny');
    expect(restored.size).toBe(50);
    expect(restored.search(vectors[7]!, 5)).toEqual(index.search(vectors[7]!, 5));
  });

  it('round-trips through a Float32Array snapshot', () => {
    const index = new BruteForceVectorIndex({ dimensions: 16 });
    index.add(ids, vectors);
    const snapshot = index.toSnapshot();
    expect(snapshot.vectors).toBeInstanceOf(Float32Array);
    expect(snapshot.vectors.length).toBe(50 * 16);
    expect(BruteForceVectorIndex.fromSnapshot(snapshot).search(vectors[3]!, 3)).toEqual(index.search(vectors[3]!, 3));
  });

  it('rejects malformed JSON', () => {
    expect(() => BruteForceVectorIndex.fromJSON({ dimensions: 16, ids: ['a'], vectors: 'not base64!' })).toThrow();
    expect(() => BruteForceVectorIndex.fromJSON({ dimensions: 16, ids: ['a', 'b'], vectors: btoa('\0\0\0\0') })).toThrow(RangeError);
  });
});
