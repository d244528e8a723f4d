/** Shared shapes of the core: sources, chunks and search hits. */

export type Scope = 'public' | 'internal';

/** One ingested document as described by the source manifest (or an admin upload). */
export interface SourceEntry {
  id: string;
  file: string;
  title: string;
  issuer: string;
  province?: string;
  number?: string;
  date?: string;
  scope: Scope;
  url?: string;
  kind?: 'plan' | 'procedure' | 'faq' | 'routing' | 'document';
}

export type ChunkKind = 'text' | 'table-row' | 'procedure' | 'faq' | 'routing';

export interface Chunk {
  /** Content-addressed: stable across re-ingests while text and place stay the same. */
  id: string;
  docId: string;
  title: string;
  province?: string;
  /** Heading path, e.g. `II. MỤC TIÊU › 2. Mục tiêu cụ thể`. */
  section: string;
  lineStart: number;
  lineEnd: number;
  scope: Scope;
  kind: ChunkKind;
  /** Normalised text (NFC, canonical tone marks, repaired). */
  text: string;
  /** Labelled columns of a table row, or the fields of a procedure chunk. */
  fields?: Record<string, string>;
  /** Words searched with the passage but never shown (how people describe a procedure's need). */
  keywords?: string;
  /** Id of the procedure record a procedure chunk was made from. */
  procedureId?: string;
  url?: string;
}

/** A chunk before its id is computed. */
export type ChunkDraft = Omit<Chunk, 'id'>;

export interface SourceRef {
  docId: string;
  title: string;
  province?: string;
  section?: string;
  url?: string;
}

export interface SearchHit {
  chunk: Chunk;
  score: number;
}
