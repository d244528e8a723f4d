/** One gzipped JSON holding every file of an index build: what the build script writes and the Worker reads from KV. */
import { z } from 'zod';
import type { IndexFiles } from '../../services/create-live-index-from-files';

export const INDEX_ARCHIVE_FORMAT = 'tro-ly-ao-noi-vu/workers-index@1';

/** KV keys: a pointer to the live build, switched only after the build itself is uploaded. */
export const CURRENT_KEY = 'index/CURRENT';
export const archiveKey = (build: string): string => `index/builds/${build}.json.gz`;

const archiveSchema = z.object({
  format: z.literal(INDEX_ARCHIVE_FORMAT),
  build: z.string().min(1),
  files: z.object({ manifest: z.unknown(), chunks: z.unknown(), thesaurus: z.unknown(), procedures: z.unknown(), knowledge: z.unknown(), lexical: z.unknown().optional() }),
});

export interface IndexArchive {
  build: string;
  files: IndexFiles;
}

export async function encodeIndexArchive(archive: IndexArchive): Promise<Uint8Array> {
  const json = JSON.stringify({ format: INDEX_ARCHIVE_FORMAT, build: archive.build, files: archive.files });
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Gunzips with the runtime's native DecompressionStream, so no JS inflate is bundled and cold start stays short. */
export async function decodeIndexArchive(bytes: ArrayBuffer | Uint8Array): Promise<IndexArchive> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  const parsed = archiveSchema.safeParse(await new Response(stream).json());
  if (!parsed.success) throw new Error(`index archive is not a ${INDEX_ARCHIVE_FORMAT} file: ${z.prettifyError(parsed.error)}`);
  return { build: parsed.data.build, files: parsed.data.files as IndexFiles };
}
