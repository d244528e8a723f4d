/** AsyncVectorIndex on a Cloudflare Vectorize binding (cosine metric); the build's vectors are uploaded by the upload script. */
import { assertVector, type AsyncVectorIndex, type VectorHit } from '../../ports/vector-index';
import type { VectorizeBinding } from './bindings';

export interface VectorizeVectorIndexOptions {
  vectors: VectorizeBinding;
  dimensions: number;
  /** Vectors the build uploaded (manifest counts.vectors); Vectorize does not tell a query how many it holds. */
  size: number;
}

// Vectorize returns at most 100 matches without values or metadata.
const MAX_TOP_K = 100;

export function createVectorizeVectorIndex(options: VectorizeVectorIndexOptions): AsyncVectorIndex {
  return {
    dimensions: options.dimensions,
    size: options.size,
    async search(vector: number[], k: number, filter?: (id: string) => boolean): Promise<VectorHit[]> {
      assertVector(options.dimensions, vector);
      if (k <= 0) return [];
      // The filter (scope, province, documents) is a function of our chunk table, so it runs after the
      // query; asking for more than k keeps k eligible hits in the common case.
      const topK = Math.min(MAX_TOP_K, filter ? k * 2 : k);
      const { matches } = await options.vectors.query(vector, { topK, returnValues: false, returnMetadata: 'none' });
      return matches
        .filter((match) => !filter || filter(match.id))
        .map((match) => ({ id: match.id, score: match.score }))
        .sort((left, right) => right.score - left.score)
        .slice(0, k);
    },
  };
}
