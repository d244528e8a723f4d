/** Exact cosine search in plain JS over a Float32Array; for small sets and runtimes without native modules (Workers). */
import { z } from 'zod';
import { assertVector, assertVectors, type VectorHit, type VectorIndex } from '../ports/vector-index';

export interface BruteForceSnapshot {
  dimensions: number;
  modelId?: string;
  ids: string[];
  /** Unit-length vectors, row after row. */
  vectors: Float32Array;
}

const jsonSchema = z.object({
  dimensions: z.number().int().positive(),
  modelId: z.string().optional(),
  ids: z.array(z.string()),
  /** Base64 of the little-endian float32 rows: a quarter the size of a number array. */
  vectors: z.base64(),
});

export type BruteForceJson = z.infer<typeof jsonSchema>;

export class BruteForceVectorIndex implements VectorIndex {
  readonly dimensions: number;
  readonly modelId: string | undefined;
  private ids: string[] = [];
  private readonly positions = new Map<string, number>();
  private vectors: Float32Array;

  constructor(options: { dimensions: number; modelId?: string }) {
    if (!Number.isInteger(options.dimensions) || options.dimensions <= 0) throw new RangeError('dimensions must be a positive integer');
    this.dimensions = options.dimensions;
    this.modelId = options.modelId;
    this.vectors = new Float32Array(16 * this.dimensions);
  }

  get size(): number {
    return this.ids.length;
  }

  add(ids: string[], vectors: number[][]): void {
    assertVectors(this.dimensions, ids, vectors);
    ids.forEach((id, index) => {
      let position = this.positions.get(id);
      if (position === undefined) {
        position = this.ids.length;
        this.grow(position + 1);
        this.ids.push(id);
        this.positions.set(id, position);
      }
      this.vectors.set(unit(vectors[index]!), position * this.dimensions);
    });
  }

  search(vector: number[], k: number, filter?: (id: string) => boolean): VectorHit[] {
    assertVector(this.dimensions, vector);
    if (k <= 0) return [];
    const query = unit(vector);
    const hits: VectorHit[] = [];
    for (let position = 0; position < this.ids.length; position++) {
      const id = this.ids[position]!;
      if (filter && !filter(id)) continue;
      let dot = 0;
      const offset = position * this.dimensions;
      for (let dimension = 0; dimension < this.dimensions; dimension++) dot += query[dimension]! * this.vectors[offset + dimension]!;
      hits.push({ id, score: dot });
    }
    return hits.sort((left, right) => right.score - left.score).slice(0, k);
  }

  vector(id: string): number[] | undefined {
    const position = this.positions.get(id);
    if (position === undefined) return undefined;
    return Array.from(this.vectors.subarray(position * this.dimensions, (position + 1) * this.dimensions));
  }

  toSnapshot(): BruteForceSnapshot {
    const snapshot: BruteForceSnapshot = { dimensions: this.dimensions, ids: [...this.ids], vectors: this.vectors.slice(0, this.ids.length * this.dimensions) };
    if (this.modelId !== undefined) snapshot.modelId = this.modelId;
    return snapshot;
  }

  static fromSnapshot(snapshot: BruteForceSnapshot): BruteForceVectorIndex {
    if (snapshot.vectors.length !== snapshot.ids.length * snapshot.dimensions) {
      throw new RangeError(`Snapshot holds ${snapshot.vectors.length} floats for ${snapshot.ids.length} ids of ${snapshot.dimensions} dimensions`);
    }
    const index = new BruteForceVectorIndex(snapshot);
    const rows = snapshot.ids.map((_, row) => Array.from(snapshot.vectors.subarray(row * snapshot.dimensions, (row + 1) * snapshot.dimensions)));
    index.add(snapshot.ids, rows);
    return index;
  }

  toJSON(): BruteForceJson {
    const { vectors, ...rest } = this.toSnapshot();
    const bytes = new Uint8Array(vectors.length * 4);
    const view = new DataView(bytes.buffer);
    vectors.forEach((value, index) => view.setFloat32(index * 4, value, true));
    return { ...rest, vectors: bytesToBase64(bytes) };
  }

  static fromJSON(json: unknown): BruteForceVectorIndex {
    const { vectors, ...rest } = jsonSchema.parse(json);
    const bytes = base64ToBytes(vectors);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const floats = new Float32Array(bytes.byteLength / 4);
    for (let index = 0; index < floats.length; index++) floats[index] = view.getFloat32(index * 4, true);
    return BruteForceVectorIndex.fromSnapshot({ ...rest, vectors: floats });
  }

  private grow(rows: number): void {
    if (rows * this.dimensions <= this.vectors.length) return;
    const grown = new Float32Array(Math.max(rows, this.ids.length * 2) * this.dimensions);
    grown.set(this.vectors);
    this.vectors = grown;
  }
}

/** Stored unit-length so a search is one dot product per row. */
function unit(vector: number[]): number[] {
  let squares = 0;
  for (const value of vector) squares += value * value;
  const norm = Math.sqrt(squares);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked because String.fromCharCode(...bytes) overflows the stack on large arrays.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
