/** The manifest and file schemas of a built index directory (validated when loaded). */
import { z } from 'zod';

export const INDEX_FORMAT_VERSION = 1;

export const indexManifestSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  pipelineVersion: z.string(),
  builtAt: z.string(),
  buildMs: z.number(),
  sources: z.array(z.object({ id: z.string(), file: z.string(), hash: z.string(), chunks: z.number(), scope: z.enum(['public', 'internal']) })),
  counts: z.object({ documents: z.number(), chunks: z.number(), tableRows: z.number(), procedures: z.number(), vectors: z.number() }),
  embedding: z.object({ provider: z.string(), modelId: z.string(), dimensions: z.number() }).nullable(),
});
export type IndexManifest = z.infer<typeof indexManifestSchema>;

export const chunkSchema = z.object({
  id: z.string(),
  docId: z.string(),
  title: z.string(),
  province: z.string().optional(),
  section: z.string(),
  lineStart: z.number(),
  lineEnd: z.number(),
  scope: z.enum(['public', 'internal']),
  kind: z.enum(['text', 'table-row', 'procedure', 'faq', 'routing']),
  text: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  keywords: z.string().optional(),
  procedureId: z.string().optional(),
  url: z.string().optional(),
});
export const chunkFileSchema = z.array(chunkSchema);

export interface IngestReport {
  startedAt: string;
  finishedAt: string;
  /** `plantedInstructions`: sentences read as orders to the assistant, counted for admin uploads only (seeds are official text). */
  documents: { id: string; file: string; chunks: number; tableRows: number; repairedLines: number; reused: boolean; warnings: string[]; plantedInstructions?: number }[];
  failures: { file: string; reason: string }[];
  totals: { documents: number; chunks: number; tableRows: number; repairedLines: number; procedures: number; vectors: number; warnings: number };
  embedding: { status: 'built' | 'reused' | 'skipped'; reason?: string };
}
