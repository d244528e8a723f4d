import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createFileProcedureStore } from '../../src/adapter/node/file-procedure-store';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { silentLogger, type AppEnv } from '../../src/http/app-context';
import { identifyCaller } from '../../src/http/auth';
import { errors, HttpError, renderError } from '../../src/http/errors';
import { procedurePagesRoutes } from '../../src/http/routes/procedure-pages-routes';
import { parseCatalogue } from '../../src/knowledge/national-catalogue';
import type { ProcedureRecord } from '../../src/knowledge/procedure-schema';
import type { ProcedureStore } from '../../src/ports/procedure-store';
import { createUserToken } from '../../src/services/user-tokens';
import { repositoryRoot } from '../knowledge/real-knowledge';

const fixtures = path.join(repositoryRoot, 'test/fixtures/national-pages');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** In-memory ProcedureStore that keeps what was written. */
function memoryStore(catalogue = parseCatalogue(fixture('catalogue.tsv')).rows): ProcedureStore & { records: Map<string, ProcedureRecord> } {
  const records = new Map<string, ProcedureRecord>();
  return {
    records,
    list: async () => ({ records: [...records.values()], invalid: [] }),
    links: async () => [],
    catalogue: async () => catalogue,
    write: async (written, removed) => {
      for (const record of written) records.set(record.id, record);
      for (const id of removed) records.delete(id);
    },
  };
}

async function createApp(procedures: ProcedureStore) {
  const store = openSqliteStore(':memory:');
  const app = new Hono<AppEnv>();
  app.use('*', async (context, next) => {
    context.set('caller', await identifyCaller(context.req.raw, store));
    await next();
  });
  app.route('/', procedurePagesRoutes({ procedures, store, logger: silentLogger, now: () => new Date('2026-12-07T01:00:00Z') }));
  app.onError((error, context) => (error instanceof HttpError ? renderError(context, error) : renderError(context, errors.internal())));
  const admin = (await createUserToken(store, { role: 'admin', name: 'Quản trị viên' })).token;
  const staff = (await createUserToken(store, { role: 'staff', name: 'Chuyên viên' })).token;
  return { app, store, admin, staff };
}

function upload(token: string | undefined, files: Array<[string, string]>, query = ''): Request {
  const form = new FormData();
  for (const [name, text] of files) form.append('files', new Blob([text]), name);
  return new Request(`http://localhost/api/admin/procedure-pages${query}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('POST /api/admin/procedure-pages', () => {
  it('dates the records by when the pages were read: capturedAt when given, else the upload day', async () => {
    const procedures = memoryStore();
    const { app, admin } = await createApp(procedures);
    expect((await app.request(upload(admin, [['1.013734.md', fixture('1.013734.md')]], '?capturedAt=2026-07'))).status).toBe(200);
    expect([...procedures.records.values()].map((record) => record.verifiedAt)).toEqual(['2026-07']);
    expect((await app.request(upload(admin, [['1.013734.md', fixture('1.013734.md')]], '?capturedAt=hôm-qua'))).status).toBe(400);
    const fresh = memoryStore();
    const second = await createApp(fresh);
    await second.app.request(upload(second.admin, [['1.013734.md', fixture('1.013734.md')]]));
    expect([...fresh.records.values()].map((record) => record.verifiedAt)).toEqual(['2026-12-07']);
  });

  it('is for admins only', async () => {
    const { app, staff } = await createApp(memoryStore());
    expect((await app.request(upload(undefined, [['1.013734.md', fixture('1.013734.md')]]))).status).toBe(401);
    expect((await app.request(upload(staff, [['1.013734.md', fixture('1.013734.md')]]))).status).toBe(403);
  });

  it('imports pages into records, reports created/updated/unchanged, and audits the import', async () => {
    const procedures = memoryStore();
    const { app, admin, store } = await createApp(procedures);
    const response = await app.request(upload(admin, [['1.013734.md', fixture('1.013734.md')], ['2.000725.md', fixture('2.000725.md')]]));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { report: { created: string[]; errors: unknown[] }; reingestNeeded: boolean };
    expect(body.report.created).toHaveLength(2);
    expect(body.report.errors).toEqual([]);
    expect(body.reingestNeeded).toBe(true);
    expect([...procedures.records.values()].map((record) => record.code !== 'unknown' && record.code.value).sort()).toEqual(['1.013734', '2.000725']);
    const again = (await (await app.request(upload(admin, [['1.013734.md', fixture('1.013734.md')]]))).json()) as { report: { unchanged: string[] }; reingestNeeded: boolean };
    expect(again.report.unchanged).toHaveLength(1);
    expect(again.reingestNeeded).toBe(false);
    const audit = (await store.listAudit(10)).filter((entry) => entry.action.startsWith('procedure-pages'));
    expect(audit.map((entry) => entry.action)).toEqual(['procedure-pages.import', 'procedure-pages.import']);
    expect(JSON.parse(audit[1]!.detail)).toMatchObject({ files: 2, created: 2, errors: 0, dryRun: false });
  });

  it('writes nothing on a dry run', async () => {
    const procedures = memoryStore();
    const { app, admin } = await createApp(procedures);
    const response = await app.request(upload(admin, [['1.013734.md', fixture('1.013734.md')]], '?dryRun=1'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { report: { created: string[] } }).report.created).toHaveLength(1);
    expect(procedures.records.size).toBe(0);
  });

  it('answers 422 with every reason when no page could be read, and refuses other file kinds', async () => {
    const { app, admin, store } = await createApp(memoryStore());
    const bad = await app.request(upload(admin, [['hong.md', '# Trang\n\nkhông có mục Thông tin chung']]));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { report: { errors: Array<{ file: string; message: string }> } }).report.errors).toEqual([{ file: 'hong.md', message: 'thiếu mục "## Thông tin chung"' }]);
    const exe = await app.request(upload(admin, [['virus.exe', 'MZ']]));
    expect(exe.status).toBe(400);
    expect((await store.listAudit(10)).map((entry) => entry.action)).toContain('procedure-pages.rejected');
  });

  it('takes official links from an uploaded catalogue, which also adds its catalogue-only procedures', async () => {
    const procedures = memoryStore([]);
    const { app, admin } = await createApp(procedures);
    const withoutLink = await app.request(upload(admin, [['1.013734.md', fixture('1.013734.md')]]));
    expect(withoutLink.status).toBe(422);
    const response = await app.request(upload(admin, [['1.013734.md', fixture('1.013734.md')], ['catalogue.tsv', fixture('catalogue.tsv')]]));
    expect(response.status).toBe(200);
    expect(procedures.records.size).toBe(parseCatalogue(fixture('catalogue.tsv')).rows.length);
  });
});

describe('createFileProcedureStore', () => {
  it('writes one JSON file per record under knowledge/procedures and reads them back', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'procedure-store-'));
    const files = createFileProcedureStore(root);
    const { app, admin } = await createApp(files);
    const form = new FormData();
    form.append('files', new Blob([fixture('1.013734.md')]), '1.013734.md');
    form.append('files', new Blob([fixture('catalogue.tsv')]), 'catalogue.tsv');
    const response = await app.request(new Request('http://localhost/api/admin/procedure-pages', { method: 'POST', body: form, headers: { authorization: `Bearer ${admin}` } }));
    expect(response.status).toBe(200);
    const names = readdirSync(path.join(root, 'knowledge/procedures'));
    expect(names.every((name) => name.endsWith('.json'))).toBe(true);
    const { records, invalid } = await files.list();
    expect(invalid).toEqual([]);
    expect(records).toHaveLength(names.length);
  });
});
