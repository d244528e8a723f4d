/** Reads a multipart document upload within a byte limit and proves the file loads (format, pages, text) before anything is stored. */
import type { Context } from 'hono';
import { plantedInstructionWarnings, type PlantedInstructionScan } from '../chat/planted-instruction-warnings';
import { DocumentLoadError, loadDocument } from '../ingest/loaders';
import { documentMetadataSchema, type DocumentMetadata, type VerifiedUpload } from '../ports/admin-service';
import { describeIssues, errors, HttpError } from './errors';

export interface UploadLimits {
  maxBytes: number;
  maxPages: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxBytes: 10 * 1024 * 1024, maxPages: 300 };

/** Room for the multipart boundaries and metadata fields around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

export interface DocumentUpload {
  upload?: VerifiedUpload;
  metadata: DocumentMetadata;
  /** Sentences of the new file that read as orders to the assistant (none when no file came). */
  planted: PlantedInstructionScan;
}

function tooLarge(limits: UploadLimits): HttpError {
  return errors.payloadTooLarge(`${Math.round(limits.maxBytes / (1024 * 1024))} MB`);
}

/** Reads at most `limit` bytes: a lying or missing Content-Length cannot make the server buffer more. */
async function readBounded(request: Request, limit: number, limits: UploadLimits): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limits);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limits);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f"<>|:*?]/g, '').trim().slice(0, 200) || 'tai-lieu';
}

export async function readDocumentUpload(context: Context, limits: UploadLimits, options: { fileRequired: boolean }): Promise<DocumentUpload> {
  const type = context.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'Yêu cầu tải tài liệu cần gửi dạng multipart/form-data (trường file và các trường thông tin).');
  }
  const body = await readBounded(context.req.raw, limits.maxBytes + ENVELOPE_BYTES, limits);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw errors.invalidRequest('không đọc được nội dung multipart/form-data');
  }
  const fields: Record<string, string> = {};
  for (const name of ['title', 'issuer', 'province', 'number', 'date', 'scope']) {
    const value = form.get(name);
    if (typeof value === 'string' && value.trim() !== '') fields[name] = value;
  }
  const parsed = documentMetadataSchema.safeParse(fields);
  if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    if (options.fileRequired) throw errors.invalidRequest('file: cần chọn tệp tài liệu để tải lên');
    return { metadata: parsed.data, planted: { total: 0, warnings: [] } };
  }
  const originalName = safeFilename(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { upload, text } = await loadUpload(bytes, originalName, limits);
  // The upload still succeeds: the sanitizing retriever keeps these sentences out of answers; the admin is only told.
  return { metadata: parsed.data, upload, planted: plantedInstructionWarnings(text) };
}

/** Loads the whole file once: only a document the ingest can read is accepted. */
export async function verifyDocument(bytes: Uint8Array, originalName: string, limits: UploadLimits): Promise<VerifiedUpload> {
  return (await loadUpload(bytes, originalName, limits)).upload;
}

async function loadUpload(bytes: Uint8Array, originalName: string, limits: UploadLimits): Promise<{ upload: VerifiedUpload; text: string }> {
  try {
    const loaded = await loadDocument(bytes, originalName, limits);
    return { upload: { originalName, bytes, format: loaded.format, pages: loaded.pages, characters: loaded.text.length }, text: loaded.text };
  } catch (error) {
    if (error instanceof DocumentLoadError) throw new HttpError(error.status as 413 | 415 | 422, error.code, error.messageVi, { cause: error });
    // A library failing on hostile bytes is still the file's fault, not the server's.
    throw new HttpError(422, 'corrupt_file', `Tệp “${originalName}” bị hỏng hoặc không đọc được. Vui lòng kiểm tra lại tệp rồi tải lên lần nữa.`, { cause: error });
  }
}
