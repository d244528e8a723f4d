/**
 * POST /api/admin/procedure-pages: an admin uploads national procedure pages (.md, the format of
 * `npm run knowledge:import`) and optionally the catalogue (.tsv); they become validated records in
 * the knowledge base. `dryRun=1` reports without writing; `capturedAt=YYYY-MM[-DD]` says when the pages
 * were read from the portal (default: the upload day). Every attempt is audited; a re-ingest
 * afterwards puts the records into the index.
 */
import { Hono, type Context } from 'hono';
import { captureDate } from '../../knowledge/capture-date';
import { importProcedurePages, type PageFile } from '../../knowledge/import-procedure-pages';
import { parseCatalogue, type CatalogueRow } from '../../knowledge/national-catalogue';
import type { ProcedureStore } from '../../ports/procedure-store';
import type { Store } from '../../ports/store';
import type { AppEnv, Logger } from '../app-context';
import { errors, HttpError } from '../errors';
import { requireRole } from '../require-role';
import { actorOf } from './admin-routes';

export interface ProcedurePagesRoutesDeps {
  procedures: ProcedureStore;
  store: Store;
  logger: Logger;
  now?: () => Date;
  limits?: { maxFiles: number; maxBytesPerFile: number };
}

export const DEFAULT_PAGE_LIMITS = { maxFiles: 300, maxBytesPerFile: 1_000_000 };

async function readFiles(context: Context<AppEnv>, limits: typeof DEFAULT_PAGE_LIMITS): Promise<{ pages: PageFile[]; catalogue?: string }> {
  const type = context.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) throw new HttpError(415, 'unsupported_media_type', 'Yêu cầu cần gửi tệp dạng multipart/form-data (trường "files").');
  let form: FormData;
  try {
    form = await context.req.formData();
  } catch {
    throw errors.invalidRequest('không đọc được biểu mẫu tải lên');
  }
  const files = form.getAll('files').filter((entry): entry is File => typeof entry !== 'string');
  if (files.length === 0) throw errors.invalidRequest('chưa chọn tệp trang thủ tục (.md) nào');
  if (files.length > limits.maxFiles) throw errors.invalidRequest(`tối đa ${limits.maxFiles} tệp mỗi lần`);
  const pages: PageFile[] = [];
  let catalogue: string | undefined;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of files) {
    if (file.size > limits.maxBytesPerFile) throw errors.payloadTooLarge(`${Math.round(limits.maxBytesPerFile / 1024)} KB mỗi tệp`);
    const name = file.name.replace(/^.*[\\/]/, '');
    let text: string;
    try {
      text = decoder.decode(await file.arrayBuffer());
    } catch {
      throw errors.invalidRequest(`tệp ${name} không phải văn bản UTF-8`);
    }
    if (/\.tsv$/i.test(name)) catalogue = text;
    else if (/\.(md|markdown|txt)$/i.test(name)) pages.push({ name, text });
    else throw errors.invalidRequest(`tệp ${name}: chỉ nhận trang thủ tục .md và danh mục .tsv`);
  }
  return { pages, ...(catalogue !== undefined ? { catalogue } : {}) };
}

export function procedurePagesRoutes(deps: ProcedurePagesRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limits = deps.limits ?? DEFAULT_PAGE_LIMITS;
  const audit = async (context: Context<AppEnv>, action: string, detail: object) => {
    try {
      await deps.store.audit({ at: (deps.now?.() ?? new Date()).toISOString(), actor: actorOf(context), action, detail: JSON.stringify(detail) });
    } catch (error) {
      deps.logger.error({ action, error: String(error) }, 'audit record not written');
      throw new HttpError(503, 'store_unavailable', 'Không ghi được nhật ký quản trị; thao tác đã bị dừng. Quý vị vui lòng thử lại sau.');
    }
  };
  // One import at a time: two overlapping uploads must not interleave their writes.
  let running: Promise<unknown> = Promise.resolve();

  app.use('/api/admin/procedure-pages', requireRole('admin'));

  app.post('/api/admin/procedure-pages', async (context) => {
    let upload: Awaited<ReturnType<typeof readFiles>>;
    try {
      upload = await readFiles(context, limits);
    } catch (error) {
      if (error instanceof HttpError) await audit(context, 'procedure-pages.rejected', { code: error.code, status: error.status });
      throw error;
    }
    const dryRun = ['1', 'true', 'on'].includes(context.req.query('dryRun') ?? '');
    // When the admin read the pages: `capturedAt` if given, else the upload day (a page's own capture line wins).
    const capturedParameter = context.req.query('capturedAt');
    const capturedAt = capturedParameter === undefined ? (deps.now?.() ?? new Date()).toISOString().slice(0, 10) : captureDate(capturedParameter);
    if (!capturedAt) throw errors.invalidRequest('capturedAt cần ngày dạng YYYY-MM-DD hoặc YYYY-MM');
    const work = running.then(async () => {
      const uploaded = upload.catalogue !== undefined ? parseCatalogue(upload.catalogue) : undefined;
      const kept: CatalogueRow[] = await deps.procedures.catalogue();
      const byCode = new Map(kept.map((row) => [row.code, row]));
      for (const row of uploaded?.rows ?? []) byCode.set(row.code, row);
      const existing = await deps.procedures.list();
      const outcome = importProcedurePages({
        pages: upload.pages,
        catalogue: [...byCode.values()],
        // Only an uploaded catalogue adds catalogue-only records; the kept one only supplies links.
        includeCatalogue: uploaded !== undefined,
        existing: existing.records,
        links: await deps.procedures.links(),
        capturedAt,
      });
      for (const error of uploaded?.errors ?? []) outcome.report.errors.push({ file: `danh mục dòng ${error.line}`, message: error.message });
      if (!dryRun) await deps.procedures.write(outcome.records, outcome.removed);
      return outcome;
    });
    running = work.catch(() => undefined);
    const { report } = await work;
    const summary = { files: upload.pages.length + (upload.catalogue !== undefined ? 1 : 0), dryRun, created: report.created.length, updated: report.updated.length, unchanged: report.unchanged.length, removed: report.removed.length, errors: report.errors.length };
    await audit(context, dryRun ? 'procedure-pages.dry-run' : 'procedure-pages.import', { ...summary, errorFiles: report.errors.slice(0, 20).map((error) => error.file) });
    const nothingImported = report.created.length + report.updated.length + report.unchanged.length === 0 && report.errors.length > 0;
    return context.json({ dryRun, report, reingestNeeded: !dryRun && report.created.length + report.updated.length + report.removed.length > 0 }, nothingImported ? 422 : 200);
  });

  return app;
}
