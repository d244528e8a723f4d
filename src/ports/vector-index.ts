/** Vector index port: nearest passages by cosine similarity, optionally restricted by a filter. */

export interface VectorHit {
  id: string;
  /** Cosine similarity in [-1, 1]; higher is closer. */
  score: number;
}

export interface VectorIndex {
  readonly dimensions: number;
  readonly size: number;
  /** Adds vectors; an id already present has its vector replaced. */
  add(ids: string[], vectors: number[][]): void;
  /**
   * The k closest ids, best first. `filter` is applied during the search, so ids it
   * rejects (other provinces, internal documents) never surface and never use up k.
   */
  search(vector: number[], k: number, filter?: (id: string) => boolean): VectorHit[];
  /** The stored vector, scaled to unit length, so a re-ingest can reuse it for an unchanged chunk. */
  vector(id: string): number[] | undefined;
}

/**
 * A remote index (Cloudflare Vectorize) answers over the network, so its search is asynchronous;
 * the Retriever awaits either kind. `size` may be an estimate (the count the build uploaded).
 */
export interface AsyncVectorIndex {
  readonly dimensions: number;
  readonly size: number;
  search(vector: number[], k: number, filter?: (id: string) => boolean): Promise<VectorHit[]>;
}

/** Shared argument checks, so every adapter fails the same way on bad input. */
export function assertVectors(dimensions: number, ids: string[], vectors: number[][]): void {
  if (ids.length !== vectors.length) {
    throw new RangeError(`Got ${ids.length} ids but ${vectors.length} vectors`);
  }
  for (const vector of vectors) assertVector(dimensions, vector);
}

export function assertVector(dimensions: number, vector: number[]): void {
  if (vector.length !== dimensions) {
    throw new RangeError(`Expected a vector of ${dimensions} dimensions, got ${vector.length}`);
  }
}
