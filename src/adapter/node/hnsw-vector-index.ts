/** Approximate cosine search with hnswlib-node, saved as vectors.hnsw + vector-ids.json + vector-meta.json. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { z } from 'zod';
import { assertVector, assertVectors, type VectorHit, type VectorIndex } from '../../ports/vector-index';

const { HierarchicalNSW } = hnswlib;

export interface HnswVectorIndexOptions {
  dimensions: number;
  /** Recorded in the meta file so a query is never embedded with a different model than the index. */
  modelId?: string;
  m?: number;
  efConstruction?: number;
  /** Search breadth; raised to k when k is larger. */
  ef?: number;
  /** Room to reserve up front; the index still grows past it. */
  capacity?: number;
}

const metaSchema = z.object({
  format: z.literal(1),
  space: z.literal('cosine'),
  dimensions: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  modelId: z.string().optional(),
  m: z.number().int().positive(),
  efConstruction: z.number().int().positive(),
  ef: z.number().int().positive(),
});

export type HnswVectorIndexMeta = z.infer<typeof metaSchema>;

export const HNSW_FILES = { index: 'vectors.hnsw', ids: 'vector-ids.json', meta: 'vector-meta.json' } as const;

export class HnswVectorIndex implements VectorIndex {
  readonly dimensions: number;
  readonly modelId: string | undefined;
  private readonly m: number;
  private readonly efConstruction: number;
  private readonly ef: number;
  private readonly index: InstanceType<typeof HierarchicalNSW>;
  /** hnswlib labels are integers; label n is ids[n]. */
  private readonly ids: string[] = [];
  private readonly labels = new Map<string, number>();

  constructor(options: HnswVectorIndexOptions, loaded?: { index: InstanceType<typeof HierarchicalNSW>; ids: string[] }) {
    this.dimensions = options.dimensions;
    this.modelId = options.modelId;
    this.m = options.m ?? 16;
    this.efConstruction = options.efConstruction ?? 200;
    this.ef = options.ef ?? 64;
    if (loaded) {
      this.index = loaded.index;
      loaded.ids.forEach((id, label) => {
        this.ids.push(id);
        this.labels.set(id, label);
      });
    } else {
      this.index = new HierarchicalNSW('cosine', this.dimensions);
      this.index.initIndex({ maxElements: Math.max(16, options.capacity ?? 1024), m: this.m, efConstruction: this.efConstruction, randomSeed: 100 });
    }
    // ef is not stored in the file and resets to 10 after readIndex, which ruins recall.
    this.index.setEf(this.ef);
  }

  get size(): number {
    return this.ids.length;
  }

  add(ids: string[], vectors: number[][]): void {
    assertVectors(this.dimensions, ids, vectors);
    const fresh = new Set(ids.filter((id) => !this.labels.has(id))).size;
    const needed = this.index.getCurrentCount() + fresh;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    ids.forEach((id, position) => {
      let label = this.labels.get(id);
      if (label === undefined) {
        label = this.ids.length;
        this.ids.push(id);
        this.labels.set(id, label);
      }
      // Re-adding an existing label replaces its vector in hnswlib.
      this.index.addPoint(vectors[position]!, label);
    });
  }

  search(vector: number[], k: number, filter?: (id: string) => boolean): VectorHit[] {
    assertVector(this.dimensions, vector);
    const count = Math.min(Math.floor(k), this.ids.length);
    if (count <= 0) return [];
    this.index.setEf(Math.max(this.ef, count));
    const labelFilter = filter ? (label: number) => filter(this.ids[label]!) : undefined;
    const { neighbors, distances } = this.index.searchKnn(vector, count, labelFilter);
    // Cosine space returns 1 - cosine similarity.
    return neighbors.map((label, position) => ({ id: this.ids[label]!, score: 1 - distances[position]! }));
  }

  vector(id: string): number[] | undefined {
    const label = this.labels.get(id);
    // The cosine space stores points normalised, so this is already unit length.
    return label === undefined ? undefined : this.index.getPoint(label);
  }

  meta(): HnswVectorIndexMeta {
    const meta: HnswVectorIndexMeta = { format: 1, space: 'cosine', dimensions: this.dimensions, count: this.ids.length, m: this.m, efConstruction: this.efConstruction, ef: this.ef };
    if (this.modelId !== undefined) meta.modelId = this.modelId;
    return meta;
  }

  async save(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    await this.index.writeIndex(join(dir, HNSW_FILES.index));
    await writeFile(join(dir, HNSW_FILES.ids), JSON.stringify(this.ids));
    // Meta last: its presence marks a complete save.
    await writeFile(join(dir, HNSW_FILES.meta), `${JSON.stringify(this.meta(), null, 2)}\n`);
  }

  static async load(dir: string, options: { ef?: number } = {}): Promise<HnswVectorIndex> {
    const meta = metaSchema.parse(JSON.parse(await readFile(join(dir, HNSW_FILES.meta), 'utf8')));
    const ids = z.array(z.string()).parse(JSON.parse(await readFile(join(dir, HNSW_FILES.ids), 'utf8')));
    if (ids.length !== meta.count) throw new Error(`${HNSW_FILES.ids} lists ${ids.length} ids but ${HNSW_FILES.meta} says ${meta.count}`);
    const index = new HierarchicalNSW('cosine', meta.dimensions);
    await index.readIndex(join(dir, HNSW_FILES.index));
    if (index.getCurrentCount() !== ids.length) throw new Error(`${HNSW_FILES.index} holds ${index.getCurrentCount()} vectors but ${ids.length} ids are listed`);
    const { format: _format, space: _space, count: _count, ...rest } = meta;
    return new HnswVectorIndex({ ...rest, ef: options.ef ?? meta.ef }, { index, ids });
  }
}
