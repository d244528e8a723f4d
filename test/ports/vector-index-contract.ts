/** Behaviour every VectorIndex adapter must share; call from each adapter's test file. */
import { describe, expect, it } from 'vitest';
import type { VectorIndex } from '../../src/ports/vector-index';

/** Deterministic pseudo-random vectors so failures reproduce. */
export function seededVectors(count: number, dimensions: number, seed = 7): number[][] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296 - 0.5;
  };
  return Array.from({ length: count }, () => Array.from({ length: dimensions }, next));
}

function cosine(left: number[], right: number[]): number {
  let dot = 0;
  let leftSquares = 0;
  let rightSquares = 0;
  left.forEach((value, index) => {
    dot += value * right[index]!;
    leftSquares += value * value;
    rightSquares += right[index]! ** 2;
  });
  return dot / Math.sqrt(leftSquares * rightSquares);
}

export function runVectorIndexContract(name: string, create: (dimensions: number) => VectorIndex): void {
  describe(`${name} (VectorIndex contract)`, () => {
    const dimensions = 8;
    const vectors = seededVectors(200, dimensions);
    const ids = vectors.map((_, index) => `chunk-${index}`);

    it('starts empty and answers an empty search', () => {
      const index = create(dimensions);
      expect(index.size).toBe(0);
      expect(index.dimensions).toBe(dimensions);
      expect(index.search(vectors[0]!, 5)).toEqual([]);
    });

    it('finds a stored vector first with cosine similarity ~1, best first', () => {
      const index = create(dimensions);
      index.add(ids, vectors);
      expect(index.size).toBe(200);
      const hits = index.search(vectors[42]!, 5);
      expect(hits).toHaveLength(5);
      expect(hits[0]!.id).toBe('chunk-42');
      expect(hits[0]!.score).toBeCloseTo(1, 5);
      for (let position = 1; position < hits.length; position++) expect(hits[position]!.score).toBeLessThanOrEqual(hits[position - 1]!.score);
    });

    it('reports cosine similarity, ignoring vector length', () => {
      const index = create(dimensions);
      index.add(['a', 'b'], [vectors[0]!, vectors[1]!]);
      const scaled = vectors[1]!.map((value) => value * 10);
      const hits = index.search(scaled, 2);
      expect(hits.map((hit) => hit.id)).toEqual(['b', 'a']);
      expect(hits[1]!.score).toBeCloseTo(cosine(vectors[0]!, vectors[1]!), 5);
    });

    it('gives back a stored vector at unit length, and undefined for an unknown id', () => {
      const index = create(dimensions);
      index.add(ids.slice(0, 3), vectors.slice(0, 3));
      const stored = index.vector('chunk-1')!;
      const norm = Math.hypot(...vectors[1]!);
      stored.forEach((value, position) => expect(value).toBeCloseTo(vectors[1]![position]! / norm, 5));
      expect(index.vector('missing')).toBeUndefined();
    });

    it('returns fewer than k when fewer are stored', () => {
      const index = create(dimensions);
      index.add(['a', 'b', 'c'], vectors.slice(0, 3));
      expect(index.search(vectors[0]!, 10).map((hit) => hit.id).sort()).toEqual(['a', 'b', 'c']);
    });

    it('applies the filter inside the search: rejected ids never surface and k is still filled', () => {
      const index = create(dimensions);
      index.add(ids, vectors);
      const even = (id: string) => Number(id.split('-')[1]) % 2 === 0;
      const hits = index.search(vectors[41]!, 10, even);
      expect(hits).toHaveLength(10);
      expect(hits.every((hit) => even(hit.id))).toBe(true);
      expect(index.search(vectors[41]!, 10, () => false)).toEqual([]);
    });

    it('replaces the vector of an id added again', () => {
      const index = create(dimensions);
      index.add(['a', 'b'], [vectors[0]!, vectors[1]!]);
      index.add(['a'], [vectors[2]!]);
      expect(index.size).toBe(2);
      expect(index.search(vectors[2]!, 1)[0]).toMatchObject({ id: 'a' });
      expect(index.search(vectors[2]!, 1)[0]!.score).toBeCloseTo(1, 5);
    });

    it('grows past its first capacity across several adds', () => {
      const index = create(dimensions);
      const many = seededVectors(3000, dimensions, 99);
      for (let start = 0; start < many.length; start += 700) {
        index.add(many.slice(start, start + 700).map((_, offset) => `v${start + offset}`), many.slice(start, start + 700));
      }
      expect(index.size).toBe(3000);
      expect(index.search(many[2999]!, 1)[0]!.id).toBe('v2999');
    });

    it('rejects vectors of the wrong length and mismatched ids', () => {
      const index = create(dimensions);
      expect(() => index.add(['a'], [[1, 2, 3]])).toThrow(RangeError);
      expect(() => index.add(['a', 'b'], [vectors[0]!])).toThrow(RangeError);
      expect(() => index.search([1, 2], 1)).toThrow(RangeError);
    });
  });
}
