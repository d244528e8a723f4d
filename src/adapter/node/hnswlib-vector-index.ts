/**
 * Dense vector index over LangChain's `HNSWLib` store (hnswlib-node underneath), saved with each
 * index build as `vectors/` (args.json, docstore.json, hnswlib.index, then vector-meta.json).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { Embeddings, type EmbeddingsInterface } from '@langchain/core/embeddings';
import type { HierarchicalNSW } from 'hnswlib-node';
import { z } from 'zod';
import { assertVector, assertVectors, type AsyncVectorIndex, type VectorHit } from '../../ports/vector-index';

/** The files of a saved index; the meta file is written last, so its presence marks a complete save. */
export const HNSWLIB_FILES = { args: 'args.json', docstore: 'docstore.json', index: 'hnswlib.index', meta: 'vector-meta.json' } as const;

const metaSchema = z.object({
  format: z.literal(2),
  dimensions: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  modelId: z.string().optional(),
  ef: z.number().int().positive(),
});

export type HnswlibVectorIndexMeta = z.infer<typeof metaSchema>;

export interface HnswlibVectorIndexOptions {
  dimensions: number;
  /** Recorded in the meta file so a query is never embedded with a different model than the index. */
  modelId?: string;
  /** Search breadth; raised to k when k is larger. Not kept by hnswlib's file, so it lives in the meta. */
  ef?: number;
  /** The embeddings LangChain callers of `store` get; our retriever embeds queries itself. */
  embeddings?: EmbeddingsInterface;
}

/** Stands in when the index is opened only for its vectors (ingest reuse, Workers export). */
class VectorsOnlyEmbeddings extends Embeddings {
  constructor() {
    super({ maxRetries: 0 });
  }
  embedDocuments(): Promise<number[][]> {
    return Promise.reject(new Error('This HNSWLib index was opened without an embedder; add vectors, not texts.'));
  }
  embedQuery(): Promise<number[]> {
    return Promise.reject(new Error('This HNSWLib index was opened without an embedder; search with a vector.'));
  }
}

export class HnswlibVectorIndex implements AsyncVectorIndex {
  readonly dimensions: number;
  readonly modelId: string | undefined;
  private readonly ef: number;
  /** hnswlib labels are integers; the docstore maps label n to the Document of ids[n]. */
  private readonly ids: string[];
  private readonly labels: Map<string, number>;

  private constructor(
    /** The LangChain vector store itself, for callers who want LangChain's API (`asRetriever`, …). */
    readonly store: HNSWLib,
    options: HnswlibVectorIndexOptions,
    ids: string[] = [],
  ) {
    this.dimensions = options.dimensions;
    this.modelId = options.modelId;
    this.ef = options.ef ?? 64;
    this.ids = ids;
    this.labels = new Map(ids.map((id, label) => [id, label]));
  }

  static create(options: HnswlibVectorIndexOptions): HnswlibVectorIndex {
    const store = new HNSWLib(options.embeddings ?? new VectorsOnlyEmbeddings(), { space: 'cosine', numDimensions: options.dimensions });
    return new HnswlibVectorIndex(store, options);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The hnswlib-node graph under the store, for what LangChain does not expose (search breadth, stored points). */
  private get graph(): HierarchicalNSW {
    return this.store.index;
  }

  /**
   * Adds passages by id. Add a whole build in one call where possible: HNSWLib sizes the graph
   * from its first batch and grows it (a copy) on every later one.
   */
  async add(ids: string[], vectors: number[][]): Promise<void> {
    assertVectors(this.dimensions, ids, vectors);
    const seen = new Set<string>();
    for (const id of ids) {
      if (this.labels.has(id) || seen.has(id)) throw new RangeError(`Vector id "${id}" is already in the index; each build adds a passage once`);
      seen.add(id);
    }
    if (ids.length === 0) return;
    await this.store.addVectors(vectors, ids.map((id) => new Document({ pageContent: '', metadata: { chunkId: id }, id })));
    for (const id of ids) {
      this.labels.set(id, this.ids.length);
      this.ids.push(id);
    }
  }

  async search(vector: number[], k: number, filter?: (id: string) => boolean): Promise<VectorHit[]> {
    assertVector(this.dimensions, vector);
    const count = Math.min(Math.floor(k), this.ids.length);
    if (count <= 0) return [];
    // ef is not stored in hnswlib's file and resets to 10 after a load, which ruins recall.
    this.graph.setEf(Math.max(this.ef, count));
    const results = await this.store.similaritySearchVectorWithScore(vector, count, filter ? (document: Document) => filter(chunkIdOf(document)) : undefined);
    // The cosine space returns 1 - cosine similarity.
    return results.map(([document, distance]) => ({ id: chunkIdOf(document), score: 1 - distance }));
  }

  /** The stored vector, at unit length (the cosine space normalises on insert), so a re-ingest can reuse it. */
  vector(id: string): number[] | undefined {
    const label = this.labels.get(id);
    return label === undefined ? undefined : this.graph.getPoint(label);
  }

  meta(): HnswlibVectorIndexMeta {
    return { format: 2, dimensions: this.dimensions, count: this.ids.length, ef: this.ef, ...(this.modelId === undefined ? {} : { modelId: this.modelId }) };
  }

  async save(directory: string): Promise<void> {
    await mkdir(directory, { recursive: true });
    // An empty store has no hnswlib graph yet; its meta alone says so.
    if (this.ids.length > 0) await this.store.save(directory);
    await writeFile(join(directory, HNSWLIB_FILES.meta), `${JSON.stringify(this.meta(), null, 2)}\n`);
  }

  static async load(directory: string, options: { ef?: number; embeddings?: EmbeddingsInterface } = {}): Promise<HnswlibVectorIndex> {
    const meta = metaSchema.parse(JSON.parse(await readFile(join(directory, HNSWLIB_FILES.meta), 'utf8')));
    const settings = { dimensions: meta.dimensions, modelId: meta.modelId, ef: options.ef ?? meta.ef, embeddings: options.embeddings };
    if (meta.count === 0) return HnswlibVectorIndex.create(settings);
    const store = await HNSWLib.load(directory, options.embeddings ?? new VectorsOnlyEmbeddings());
    const count = store.index.getCurrentCount();
    if (count !== meta.count) throw new Error(`${HNSWLIB_FILES.index} holds ${count} vectors but ${HNSWLIB_FILES.meta} says ${meta.count}`);
    const ids: string[] = [];
    // The docstore's search throws for a label it does not hold, so a torn save fails here, not at query time.
    for (let label = 0; label < count; label++) ids.push(chunkIdOf(store.docstore.search(String(label))));
    return new HnswlibVectorIndex(store, settings, ids);
  }
}

/** Loaded docstores hold plain objects, not Document instances, so only the metadata is read. */
function chunkIdOf(document: Pick<Document, 'metadata'>): string {
  const id = (document.metadata as { chunkId?: unknown } | undefined)?.chunkId;
  if (typeof id !== 'string') throw new Error('HNSWLib document without a chunkId');
  return id;
}
