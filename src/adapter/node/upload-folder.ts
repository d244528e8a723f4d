/** The admin uploads folder: files written aside then renamed, and `sources.json` (read by the ingest) replaced atomically. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DOCUMENT_FORMATS } from '../../ingest/loaders';
import type { AdminDocument, DocumentMetadata, VerifiedUpload } from '../../ports/admin-service';

const storedDocumentSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  issuer: z.string().default(''),
  province: z.string().optional(),
  number: z.string().optional(),
  date: z.string().optional(),
  scope: z.enum(['public', 'internal']),
  kind: z.literal('document').default('document'),
  originalName: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  bytes: z.number(),
  pages: z.number().optional(),
  uploadedAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
const uploadsManifestSchema = z.object({ sources: z.array(storedDocumentSchema) });
type StoredDocument = z.infer<typeof storedDocumentSchema>;

/** Writes next to the target and renames over it, so readers (the ingest child) see the old or the new file, never half. */
export async function writeFileAtomically(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

function slugOf(title: string): string {
  const folded = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'tai-lieu';
}

export class UploadFolder {
  readonly manifestPath: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly directory: string) {
    this.manifestPath = path.join(directory, 'sources.json');
  }

  async list(): Promise<AdminDocument[]> {
    return (await this.read()).map(({ kind: _kind, ...document }) => document);
  }

  add(upload: VerifiedUpload, metadata: DocumentMetadata, actor: string, at: string): Promise<AdminDocument> {
    return this.serialize(async () => {
      const documents = await this.read();
      const id = `tai-len-${slugOf(metadata.title)}-${randomBytes(3).toString('hex')}`;
      const file = await this.writeDocumentFile(id, upload);
      const document: StoredDocument = { id, file, ...metadata, kind: 'document', ...fileFields(upload), uploadedAt: at, updatedAt: at, updatedBy: actor };
      await this.save([...documents, document]).catch(async (error: unknown) => {
        await fs.rm(path.join(this.directory, file), { force: true });
        throw error;
      });
      return this.view(document);
    });
  }

  replace(id: string, upload: VerifiedUpload | undefined, metadata: DocumentMetadata, actor: string, at: string): Promise<AdminDocument | undefined> {
    return this.serialize(async () => {
      const documents = await this.read();
      const old = documents.find((document) => document.id === id);
      if (!old) return undefined;
      const file = upload ? await this.writeDocumentFile(id, upload) : old.file;
      const next: StoredDocument = { ...old, ...metadata, ...(upload ? { file, ...fileFields(upload) } : {}), updatedAt: at, updatedBy: actor };
      await this.save(documents.map((document) => (document.id === id ? next : document)));
      if (file !== old.file) await fs.rm(path.join(this.directory, old.file), { force: true });
      return this.view(next);
    });
  }

  remove(id: string): Promise<AdminDocument | undefined> {
    return this.serialize(async () => {
      const documents = await this.read();
      const old = documents.find((document) => document.id === id);
      if (!old) return undefined;
      await this.save(documents.filter((document) => document.id !== id));
      await fs.rm(path.join(this.directory, old.file), { force: true });
      return this.view(old);
    });
  }

  private view({ kind: _kind, ...document }: StoredDocument): AdminDocument {
    return document;
  }

  /** One change at a time: two uploads must not both rewrite sources.json from the same old copy. */
  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<StoredDocument[]> {
    let text: string;
    try {
      text = await fs.readFile(this.manifestPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return uploadsManifestSchema.parse(JSON.parse(text)).sources;
  }

  private async save(documents: StoredDocument[]): Promise<void> {
    await fs.mkdir(this.directory, { recursive: true });
    await writeFileAtomically(this.manifestPath, JSON.stringify({ sources: documents }, null, 2) + '\n');
  }

  private async writeDocumentFile(id: string, upload: VerifiedUpload): Promise<string> {
    await fs.mkdir(this.directory, { recursive: true });
    const file = `${id}.${upload.format}`;
    await writeFileAtomically(path.join(this.directory, file), upload.bytes);
    return file;
  }
}

function fileFields(upload: VerifiedUpload) {
  return { originalName: upload.originalName, format: upload.format, bytes: upload.bytes.byteLength, pages: upload.pages };
}
