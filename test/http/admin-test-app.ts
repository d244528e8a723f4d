/** A small app with caller identification, the admin and analytics routes and the app's error rendering, over an in-memory store. */
import { Hono } from 'hono';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { silentLogger, type AppEnv } from '../../src/http/app-context';
import { identifyCaller } from '../../src/http/auth';
import { errors, HttpError, renderError } from '../../src/http/errors';
import { adminRoutes } from '../../src/http/routes/admin-routes';
import { analyticsRoutes } from '../../src/http/routes/analytics-routes';
import type { AdminDocument, AdminService, ReingestStatus } from '../../src/ports/admin-service';
import { createUserToken } from '../../src/services/user-tokens';

/** In-memory AdminService that records its calls. */
export function createFakeAdminService() {
  const documents = new Map<string, AdminDocument>();
  let status: ReingestStatus = { state: 'idle' };
  let counter = 0;
  const calls: string[] = [];
  const service: AdminService & { calls: string[]; finish(state: 'succeeded' | 'failed'): void } = {
    calls,
    async listDocuments() {
      return [...documents.values()];
    },
    async addDocument(upload, metadata, actor) {
      calls.push(`add ${upload.originalName}`);
      const at = new Date().toISOString();
      const document: AdminDocument = { id: `tai-len-${++counter}`, file: `tai-len-${counter}.${upload.format}`, originalName: upload.originalName, format: upload.format, bytes: upload.bytes.byteLength, pages: upload.pages, uploadedAt: at, updatedAt: at, updatedBy: actor, ...metadata };
      documents.set(document.id, document);
      return document;
    },
    async replaceDocument(id, upload, metadata, actor) {
      calls.push(`replace ${id}`);
      const old = documents.get(id);
      if (!old) return undefined;
      const next = { ...old, ...metadata, ...(upload ? { originalName: upload.originalName, bytes: upload.bytes.byteLength } : {}), updatedBy: actor };
      documents.set(id, next);
      return next;
    },
    async deleteDocument(id) {
      calls.push(`delete ${id}`);
      const old = documents.get(id);
      documents.delete(id);
      return old;
    },
    async startReingest(actor) {
      if (status.state === 'running') return { started: false, status };
      calls.push('reingest');
      status = { state: 'running', startedAt: new Date().toISOString(), requestedBy: actor };
      return { started: true, status };
    },
    reingestStatus: () => status,
    finish(state) {
      status = { ...status, state, finishedAt: new Date().toISOString(), error: state === 'failed' ? 'hỏng' : undefined };
    },
  };
  return service;
}

export async function createAdminTestApp(limits = { maxBytes: 200_000, maxPages: 3 }) {
  const store = openSqliteStore(':memory:');
  const admin = createFakeAdminService();
  const app = new Hono<AppEnv>();
  app.use('*', async (context, next) => {
    context.set('caller', await identifyCaller(context.req.raw, store));
    await next();
  });
  app.route('/', adminRoutes({ admin, store, logger: silentLogger, limits }));
  app.route('/', analyticsRoutes({ store }));
  app.notFound((context) => renderError(context, errors.notFound()));
  app.onError((error, context) => (error instanceof HttpError ? renderError(context, error) : renderError(context, errors.internal())));
  const adminToken = (await createUserToken(store, { role: 'admin', name: 'Quản trị viên' })).token;
  const staff = await createUserToken(store, { role: 'staff', name: 'Chuyên viên' });
  return { app, store, admin, adminToken, staffToken: staff.token, staffId: staff.record.id };
}

export function uploadRequest(path: string, token: string | undefined, file: { name: string; bytes: Uint8Array | string } | undefined, fields: Record<string, string>, method = 'POST'): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file) form.set('file', new Blob([file.bytes as BlobPart]), file.name);
  return new Request(`http://localhost${path}`, { method, body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}
