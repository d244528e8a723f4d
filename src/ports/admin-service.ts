/** AdminService port: the documents admins upload and the background re-ingest (files + child process on Node). */
import { z } from 'zod';
import type { Scope } from '../core/types';
import type { DocumentFormat } from '../ingest/loaders';
import type { IngestReport } from '../ingest/index-manifest';

export const documentMetadataSchema = z.object({
  title: z.string().trim().min(3).max(300),
  issuer: z.string().trim().max(200).default(''),
  province: z.string().trim().max(100).optional(),
  number: z.string().trim().max(100).optional(),
  date: z.string().trim().max(60).optional(),
  // Internal unless said otherwise: a forgotten field must not publish a document.
  scope: z.enum(['public', 'internal']).default('internal'),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

/** A file already checked by the loaders: its format is known and it has readable text. */
export interface VerifiedUpload {
  originalName: string;
  bytes: Uint8Array;
  format: DocumentFormat;
  pages?: number;
  characters: number;
}

export interface AdminDocument extends DocumentMetadata {
  id: string;
  /** Path relative to the uploads folder. */
  file: string;
  originalName: string;
  format: DocumentFormat;
  bytes: number;
  pages?: number;
  uploadedAt: string;
  updatedAt: string;
  updatedBy: string;
  scope: Scope;
}

export type ReingestState = 'idle' | 'running' | 'failed' | 'succeeded';

export interface ReingestStatus {
  state: ReingestState;
  startedAt?: string;
  finishedAt?: string;
  requestedBy?: string;
  /** The report of the last ingest that finished (kept when a later one fails). */
  report?: IngestReport;
  /** Why the last run failed; the previous index keeps serving. */
  error?: string;
}

export interface AdminService {
  listDocuments(): Promise<AdminDocument[]>;
  addDocument(upload: VerifiedUpload, metadata: DocumentMetadata, actor: string): Promise<AdminDocument>;
  /** Replaces the metadata, and the file when one is given; undefined when the id is unknown. */
  replaceDocument(id: string, upload: VerifiedUpload | undefined, metadata: DocumentMetadata, actor: string): Promise<AdminDocument | undefined>;
  deleteDocument(id: string): Promise<AdminDocument | undefined>;
  /** Starts a background re-ingest; `started: false` when one is already running. */
  startReingest(actor: string): Promise<{ started: boolean; status: ReingestStatus }>;
  reingestStatus(): ReingestStatus;
}
