import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeAdminService } from '../../../src/adapter/node/node-admin-service';
import { openSqliteStore } from '../../../src/adapter/node/sqlite-store';
import { silentLogger } from '../../../src/http/app-context';
import type { VerifiedUpload } from '../../../src/ports/admin-service';

const directories: string[] = [];
afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => fs.rm(directory, { recursive: true, force: true })));
});

async function setup(ingestScript: string) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'admin-service-'));
  directories.push(dataDir);
  const store = openSqliteStore(':memory:');
  let reloads = 0;
  const service = await createNodeAdminService({
    dataDir,
    environment: { ...process.env, DATA_DIR: dataDir },
    reload: async () => {
      reloads++;
    },
    store,
    logger: silentLogger,
    ingestCommand: ['-e', ingestScript],
  });
  return { dataDir, store, service, reloads: () => reloads };
}

const upload = (text: string, name = 'ghi-chu.md'): VerifiedUpload => ({ originalName: name, bytes: new TextEncoder().encode(text), format: 'md', characters: text.length });
const metadata = { title: 'Ghi chú nội bộ số 1', issuer: 'Sở Nội vụ', scope: 'internal' as const };

describe('Node admin service', () => {
  it('keeps uploads and sources.json in step, as the ingest reads them', async () => {
    const { dataDir, service } = await setup('process.exit(0)');
    const added = await service.addDocument(upload('# Một\n\nNội dung một.'), metadata, 'Quản trị viên');
    expect(added.id).toMatch(/^tai-len-ghi-chu-noi-bo-so-1-[0-9a-f]{6}$/);
    const uploads = path.join(dataDir, 'uploads');
    const manifest = JSON.parse(await fs.readFile(path.join(uploads, 'sources.json'), 'utf8')) as { sources: Array<Record<string, unknown>> };
    expect(manifest.sources).toEqual([expect.objectContaining({ id: added.id, file: `${added.id}.md`, scope: 'internal', kind: 'document', title: metadata.title })]);
    expect(await fs.readFile(path.join(uploads, `${added.id}.md`), 'utf8')).toContain('Nội dung một.');

    const replaced = await service.replaceDocument(added.id, { ...upload('<p>Hai</p>', 'hai.html'), format: 'html' }, { ...metadata, scope: 'public' }, 'Người khác');
    expect(replaced).toMatchObject({ file: `${added.id}.html`, scope: 'public', updatedBy: 'Người khác', originalName: 'hai.html' });
    expect((await fs.readdir(uploads)).sort()).toEqual(['sources.json', `${added.id}.html`]);

    await Promise.all([service.addDocument(upload('a'), { ...metadata, title: 'Tài liệu A' }, 'x'), service.addDocument(upload('b'), { ...metadata, title: 'Tài liệu B' }, 'x')]);
    expect((await service.listDocuments()).map((document) => document.title).sort()).toEqual(['Ghi chú nội bộ số 1', 'Tài liệu A', 'Tài liệu B']);

    expect(await service.deleteDocument(added.id)).toMatchObject({ id: added.id });
    expect(await service.deleteDocument(added.id)).toBeUndefined();
    expect(await fs.readdir(uploads)).not.toContain(`${added.id}.html`);
    expect(await service.replaceDocument('khong-co', undefined, metadata, 'x')).toBeUndefined();
  });

  it('records why a failed ingest failed, keeps the old index and allows a new run', async () => {
    const { service, store, reloads } = await setup("process.stderr.write('Đọc danh mục\\nIngest failed: Source manifest is invalid. The previous index (if any) is still the one being served.\\n'); process.exit(1)");
    const first = await service.startReingest('Quản trị viên');
    expect(first.started).toBe(true);
    expect((await service.startReingest('Quản trị viên')).started).toBe(false);
    await service.settled();
    const status = service.reingestStatus();
    expect(status.state).toBe('failed');
    expect(status.error).toContain('Ingest failed: Source manifest is invalid');
    expect(status.finishedAt).toBeDefined();
    expect(reloads()).toBe(0);
    expect((await store.listAudit(5)).map((entry) => entry.action)).toContain('reingest.failed');
  });

  it('reloads the index and keeps the report after a successful run; a restart mid-run is reported', async () => {
    const report = { startedAt: 'a', finishedAt: 'b', documents: [], failures: [], totals: { documents: 6, chunks: 10, tableRows: 0, repairedLines: 0, procedures: 0, vectors: 0, warnings: 0 }, embedding: { status: 'skipped' } };
    const script = `require('node:fs').writeFileSync(require('node:path').join(process.env.DATA_DIR, 'ingest-report.json'), ${JSON.stringify(JSON.stringify(report))})`;
    const { dataDir, service, reloads } = await setup(script);
    await service.startReingest('Quản trị viên');
    await service.settled();
    expect(service.reingestStatus()).toMatchObject({ state: 'succeeded', requestedBy: 'Quản trị viên', report: { totals: { chunks: 10 } } });
    expect(reloads()).toBe(1);

    await fs.writeFile(path.join(dataDir, 'reingest-status.json'), JSON.stringify({ state: 'running', startedAt: 'x' }));
    const restarted = await createNodeAdminService({ dataDir, environment: {}, reload: async () => undefined, store: openSqliteStore(':memory:'), logger: silentLogger });
    expect(restarted.reingestStatus()).toMatchObject({ state: 'failed', error: expect.stringContaining('khởi động lại') });
  });
});
