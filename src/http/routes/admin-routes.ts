/** /api/admin/*: documents (list, upload, replace, delete), background re-ingest and the audit log; admins only, every change audited. */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AdminService } from '../../ports/admin-service';
import type { Store } from '../../ports/store';
import type { IndexHolder } from '../../services/index-holder';
import type { AppEnv, Logger } from '../app-context';
import { describeIssues, errors, HttpError } from '../errors';
import { DEFAULT_UPLOAD_LIMITS, readDocumentUpload, type UploadLimits } from '../read-document-upload';
import { requireRole } from '../require-role';
import { actorOf } from '../audit-action';
import { uploadResponse } from '../upload-response';

export interface AdminRoutesDeps {
  admin: AdminService;
  store: Store;
  logger: Logger;
  /** Lets the document list say which uploads the live index already contains. */
  index?: IndexHolder;
  limits?: UploadLimits;
  now?: () => Date;
}

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{2,99}$/;
const auditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

// Lives with the audit helper so routes on both runtimes can name the actor without importing the upload code.
export { actorOf };

export function adminRoutes(deps: AdminRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limits = deps.limits ?? DEFAULT_UPLOAD_LIMITS;
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  const audit = async (context: Context<AppEnv>, action: string, detail: object) => {
    try {
      await deps.store.audit({ at: now(), actor: actorOf(context), action, detail: JSON.stringify(detail) });
    } catch (error) {
      deps.logger.error({ action, error: String(error) }, 'audit record not written');
      throw new HttpError(503, 'store_unavailable', 'Không ghi được nhật ký quản trị; thao tác đã bị dừng. Quý vị vui lòng thử lại sau.');
    }
  };
  const documentId = (context: Context<AppEnv>) => {
    const id = context.req.param('id') ?? '';
    if (!DOCUMENT_ID.test(id)) throw errors.invalidRequest('mã tài liệu không hợp lệ');
    return id;
  };
  const notFound = () => new HttpError(404, 'document_not_found', 'Không tìm thấy tài liệu này (có thể đã bị xóa).');
  /** A refused upload is audited too: who tried to send what, and why it was refused. */
  const readUpload = async (context: Context<AppEnv>, fileRequired: boolean, action: string) => {
    try {
      return await readDocumentUpload(context, limits, { fileRequired });
    } catch (error) {
      if (error instanceof HttpError) await audit(context, `${action}.rejected`, { code: error.code, status: error.status });
      throw error;
    }
  };

  app.use('/api/admin/*', requireRole('admin'));

  app.get('/api/admin/documents', async (context) => {
    const live = new Set(deps.index?.get()?.manifest.sources.map((source) => source.id) ?? []);
    const documents = (await deps.admin.listDocuments()).map((document) => ({ ...document, indexed: live.has(document.id) }));
    return context.json({ documents, limits });
  });

  app.post('/api/admin/documents', async (context) => {
    const { upload, metadata, planted } = await readUpload(context, true, 'document.upload');
    const document = await deps.admin.addDocument(upload!, metadata, actorOf(context));
    await audit(context, 'document.upload', { id: document.id, title: document.title, scope: document.scope, file: document.originalName, bytes: document.bytes, plantedInstructions: planted.total });
    return context.json(uploadResponse(document, planted), 201);
  });

  app.put('/api/admin/documents/:id', async (context) => {
    const id = documentId(context);
    const { upload, metadata, planted } = await readUpload(context, false, 'document.replace');
    const document = await deps.admin.replaceDocument(id, upload, metadata, actorOf(context));
    if (!document) throw notFound();
    await audit(context, 'document.replace', { id, title: document.title, scope: document.scope, fileReplaced: Boolean(upload), plantedInstructions: planted.total });
    return context.json(uploadResponse(document, planted));
  });

  app.delete('/api/admin/documents/:id', async (context) => {
    const id = documentId(context);
    const document = await deps.admin.deleteDocument(id);
    if (!document) throw notFound();
    await audit(context, 'document.delete', { id, title: document.title });
    return context.json({ deleted: document });
  });

  app.post('/api/admin/reingest', async (context) => {
    const { started, status } = await deps.admin.startReingest(actorOf(context));
    await audit(context, started ? 'reingest.start' : 'reingest.busy', { startedAt: status.startedAt });
    if (!started) {
      return context.json({ error: { code: 'reingest_running', message: 'Đang nạp lại dữ liệu; Quý vị vui lòng đợi lần nạp hiện tại hoàn tất.' }, status }, 409);
    }
    return context.json({ status }, 202, { Location: '/api/admin/reingest' });
  });

  app.get('/api/admin/reingest', (context) => context.json({ status: deps.admin.reingestStatus() }));

  app.get('/api/admin/audit', async (context) => {
    const parsed = auditQuerySchema.safeParse(context.req.query());
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    return context.json({ entries: await deps.store.listAudit(parsed.data.limit) });
  });

  return app;
}
