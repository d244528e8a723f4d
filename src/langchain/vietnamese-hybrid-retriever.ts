/**
 * Our hybrid retriever (lexical BM25 + optional dense, Vietnamese-aware) as a LangChain
 * `BaseRetriever`: any chain can `invoke` it and gets `Document`s carrying their source.
 */
import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { SearchHit } from '../core/types';
import type { RetrievalFilters, RetrieverPort } from '../ports/retriever';

/** What each returned Document's metadata holds: enough to cite the passage. */
export interface PassageMetadata {
  chunkId: string;
  docId: string;
  title: string;
  section: string;
  province?: string;
  scope: string;
  kind: string;
  lineStart: number;
  lineEnd: number;
  /** The document's URL when it has one, else its id: LangChain's usual citation key. */
  source: string;
  url?: string;
  /** Fused retrieval score; comparable only within one result list. */
  score: number;
}

export interface VietnameseHybridRetrieverInput extends BaseRetrieverInput {
  retriever: RetrieverPort;
  /** Passages per query (default 5). */
  k?: number;
  /** Scopes and hard filters; public scope only unless stated, so internal documents never leak by default. */
  filters?: RetrievalFilters;
}

export class VietnameseHybridRetriever extends BaseRetriever<PassageMetadata> {
  override lc_namespace = ['tro_ly_ao_noi_vu', 'retrievers'];
  readonly retriever: RetrieverPort;
  readonly k: number;
  readonly filters: RetrievalFilters;

  static override lc_name(): string {
    return 'VietnameseHybridRetriever';
  }

  constructor(fields: VietnameseHybridRetrieverInput) {
    super(fields);
    this.retriever = fields.retriever;
    this.k = fields.k ?? 5;
    this.filters = { ...fields.filters, scopes: fields.filters?.scopes ?? ['public'] };
  }

  /** The same retriever with other filters or k (a staff tool narrowing to one province or document). */
  with(changes: { k?: number; filters?: RetrievalFilters }): VietnameseHybridRetriever {
    return new VietnameseHybridRetriever({
      retriever: this.retriever,
      k: changes.k ?? this.k,
      filters: { ...this.filters, ...changes.filters },
      callbacks: this.callbacks,
      tags: this.tags,
      metadata: this.metadata,
      verbose: this.verbose,
    });
  }

  override async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<PassageMetadata>[]> {
    const hits = await this.retriever.retrieve(query, { ...this.filters, k: this.k });
    return hits.map(documentFromHit);
  }
}

export function documentFromHit({ chunk, score }: SearchHit): Document<PassageMetadata> {
  const metadata: PassageMetadata = {
    chunkId: chunk.id,
    docId: chunk.docId,
    title: chunk.title,
    section: chunk.section,
    scope: chunk.scope,
    kind: chunk.kind,
    lineStart: chunk.lineStart,
    lineEnd: chunk.lineEnd,
    source: chunk.url ?? chunk.docId,
    score,
    ...(chunk.province ? { province: chunk.province } : {}),
    ...(chunk.url ? { url: chunk.url } : {}),
  };
  return new Document({ pageContent: chunk.text, metadata, id: chunk.id });
}
