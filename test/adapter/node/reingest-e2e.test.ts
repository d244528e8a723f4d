/** End to end on a real server: upload an internal document, re-ingest under concurrent chat load, staff sees it, the public does not. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchServer, type ScratchServer } from '../../support/scratch-server';
import type { RunningServer } from '../../../src/adapter/node/server';
import type { ChatResponse } from '../../../src/protocol/chat-events';
import { createUserToken } from '../../../src/services/user-tokens';

const FACT = '# Thông báo nội bộ về hệ thống Lotus Kappa\n\nHệ thống quản lý hồ sơ Lotus Kappa do Phòng Công chức, viên chức vận hành; hạn chuyển đổi dữ liệu là ngày 17/9/2026.\n';
const QUESTION = 'Hệ thống Lotus Kappa do phòng nào vận hành?';
let scratch: ScratchServer;
let root: string;
let server: RunningServer;
let adminToken: string;
let staffToken: string;

function upload(name: string, bytes: Uint8Array | string, fields: Record<string, string>): Promise<Response> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', new Blob([bytes as BlobPart]), name);
  return fetch(`${server.url}/api/admin/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${adminToken}` } });
}

async function ask(message: string, token?: string): Promise<ChatResponse> {
  const response = await fetch(`${server.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ message, scope: token ? 'internal' : 'public' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ChatResponse;
}

const admin = (method: string, route: string) => fetch(`${server.url}${route}`, { method, headers: { authorization: `Bearer ${adminToken}` } });

beforeAll(async () => {
  scratch = await startScratchServer('reingest-e2e-', { uploadLimits: { maxBytes: 1024 * 1024, maxPages: 50 } });
  ({ server, root } = scratch);
  adminToken = (await createUserToken(server.store, { role: 'admin', name: 'Quản trị e2e' })).token;
  staffToken = (await createUserToken(server.store, { role: 'staff', name: 'Chuyên viên e2e' })).token;
}, 180_000);

afterAll(async () => {
  await scratch?.close();
});

describe('re-ingest without downtime', () => {
  it('answers staff from a new internal document after a re-ingest under load, with zero errors; the public never sees it', async () => {
    const created = await upload('lotus-kappa.md', FACT, { title: 'Thông báo nội bộ về hệ thống Lotus Kappa', issuer: 'Sở Nội vụ', scope: 'internal' });
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string } };
    const before = await ask(QUESTION, staffToken);
    expect(before.citations.map((citation) => citation.source.docId)).not.toContain(document.id);

    // Four clients ask public questions for as long as the re-ingest runs (bounded in count and time).
    const statuses: number[] = [];
    let stop = false;
    const deadline = Date.now() + 150_000;
    const client = async (number: number) => {
      for (let turn = 0; !stop && turn < 2000 && Date.now() < deadline; turn++) {
        const response = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: number % 2 ? 'Thủ tục thành lập hội cần giấy tờ gì?' : 'Hồ sơ đề nghị công nhận quỹ xã hội gồm những gì?' }) });
        statuses.push(response.status);
        await response.arrayBuffer();
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));

    const started = await admin('POST', '/api/admin/reingest');
    expect(started.status).toBe(202);
    const busy = await admin('POST', '/api/admin/reingest');
    expect(busy.status).toBe(409);
    let status: { state: string; error?: string; report?: { documents: Array<{ id: string }> } } = { state: 'running' };
    while (status.state === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = ((await (await admin('GET', '/api/admin/reingest')).json()) as { status: typeof status }).status;
    }
    // A few more requests land on the freshly swapped index.
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await load;
    expect(status.error).toBeUndefined();
    expect(status.state).toBe('succeeded');
    expect(status.report!.documents.map((entry) => entry.id)).toContain(document.id);
    expect(statuses.length).toBeGreaterThan(8);
    expect(statuses.filter((code) => code !== 200)).toEqual([]);
    console.log(`re-ingest under load: ${statuses.length} concurrent chat requests, all 200`);

    const staff = await ask(QUESTION, staffToken);
    expect(staff.refused).toBe(false);
    expect(staff.citations.map((citation) => citation.source.docId)).toContain(document.id);
    expect(staff.answer).toMatch(/Phòng Công chức, viên chức/);

    const citizen = await ask(QUESTION);
    expect(citizen.citations.map((citation) => citation.source.docId)).not.toContain(document.id);
    expect(citizen.answer).not.toContain('Lotus Kappa do Phòng');
    const search = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent('Lotus Kappa')}&k=50`)).json()) as { results: Array<{ source: { docId: string }; text: string }> };
    expect(search.results.filter((hit) => hit.source.docId === document.id || hit.text.includes('Lotus'))).toEqual([]);
    expect((await fetch(`${server.url}/api/search?q=Lotus&scope=internal`)).status).toBe(401);

    const listed = (await (await admin('GET', '/api/admin/documents')).json()) as { documents: Array<{ id: string; indexed: boolean }> };
    expect(listed.documents).toEqual([expect.objectContaining({ id: document.id, indexed: true })]);
    const actions = ((await (await admin('GET', '/api/admin/audit')).json()) as { entries: Array<{ action: string }> }).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['document.upload', 'reingest.start', 'reingest.busy', 'reingest.succeeded']));
  }, 180_000);

  it('rejects a renamed binary and an oversized file, leaving documents and the index unchanged', async () => {
    const sources = path.join(root, 'data', 'uploads', 'sources.json');
    const sourcesBefore = await fs.readFile(sources, 'utf8');
    const filesBefore = (await fs.readdir(path.dirname(sources))).sort();
    const indexBefore = server.index.get()!.directory;
    const pointerBefore = await fs.readFile(path.join(root, 'data', 'index', 'CURRENT'), 'utf8');
    const binary = new Uint8Array(8192).map((_, index) => (index * 2654435761) >>> 24);
    const fields = { title: 'Tệp giả mạo', issuer: 'Không rõ', scope: 'public' };

    const renamed = await upload('ke-hoach.pdf', binary, fields);
    expect(renamed.status).toBe(415);
    expect(((await renamed.json()) as { error: { message: string } }).error.message).toMatch(/không khớp với phần mở rộng \.pdf/);
    const oversized = await upload('rat-lon.txt', 'Nội dung lặp lại. '.repeat(120_000), fields);
    expect(oversized.status).toBe(413);
    expect(((await oversized.json()) as { error: { message: string } }).error.message).toMatch(/quá lớn/);

    expect(await fs.readFile(sources, 'utf8')).toBe(sourcesBefore);
    expect((await fs.readdir(path.dirname(sources))).sort()).toEqual(filesBefore);
    expect(server.index.get()!.directory).toBe(indexBefore);
    expect(await fs.readFile(path.join(root, 'data', 'index', 'CURRENT'), 'utf8')).toBe(pointerBefore);
    expect(((await (await admin('GET', '/api/admin/reingest')).json()) as { status: { state: string } }).status.state).toBe('succeeded');
  });
});
