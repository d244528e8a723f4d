/**
 * Retriever port: everything the chat layer may ask of retrieval. The chat layer never reads an
 * index's internals, so a dense, remote or Workers retriever (or a LangChain one) plugs in.
 */
import type { Chunk, ChunkKind, Scope, SearchHit } from '../core/types';

export interface RetrievalFilters {
  /** Scopes the caller may see; public callers pass ['public']. */
  scopes?: Scope[];
  /** Hard filters chosen by a signed-in user. */
  province?: string;
  docIds?: string[];
  /** Only passages of these kinds (e.g. ['procedure']). */
  kinds?: ChunkKind[];
  /** Province inferred from the question or conversation: preferred, not required. */
  preferProvince?: string;
}

export interface RetrieveOptions extends RetrievalFilters {
  k: number;
}

/** One document the corpus holds, so answers can say what is (and is not) covered. */
export interface CorpusDocument {
  docId: string;
  title: string;
  province?: string;
  scope: Scope;
  kind: ChunkKind;
}

export interface CorpusDescription {
  /** Provinces whose documents are indexed. */
  provinces: string[];
  documents: CorpusDocument[];
  /** Number of passages, for term-rarity normalisation. */
  size: number;
}

export interface RetrieverPort {
  /** The k best passages for a query under the filters, best first. */
  retrieve(query: string, options: RetrieveOptions): Promise<SearchHit[]>;
  /** Every passage of one document in reading order (outlines, complete lists, neighbours). */
  documentChunks(docId: string): readonly Chunk[];
  /** One passage by id. */
  chunk(id: string): Chunk | undefined;
  /** What the corpus holds. */
  describeCorpus(): CorpusDescription;
  /** How many passages contain a folded term (its document frequency); 0 when unknown. */
  documentFrequency(term: string): number;
}
