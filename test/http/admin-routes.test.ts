import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { revokeUserToken } from '../../src/services/user-tokens';
import { writeStoredZip } from '../ingest/loaders/write-stored-zip';
import { createAdminTestApp, uploadRequest } from './admin-test-app';

const NOTE = '# Ghi chú nội bộ\n\nPhòng Tổ chức biên chế hoàn thành rà soát vị trí việc làm trước ngày 15/6/2026.\n';
const metadata = { title: 'Ghi chú nội bộ về vị trí việc làm', issuer: 'Sở Nội vụ', scope: 'internal' };

function get(path: string, token?: string): Request {
  return new Request(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toContain('application/json');
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

/** A .docx whose directory claims gigabytes once inflated: refused before anything is decompressed. */
function zipBomb(): Uint8Array {
  const bytes = writeStoredZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset + 4 <= bytes.length; offset++) if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 0xfff00000, true);
  return bytes;
}

describe('admin API roles', () => {
  const routes: Array<[string, string]> = [
    ['GET', '/api/admin/documents'],
    ['POST', '/api/admin/reingest'],
    ['GET', '/api/admin/reingest'],
    ['GET', '/api/admin/audit'],
    ['GET', '/api/admin/analytics'],
    ['GET', '/api/admin/analytics.csv'],
  ];

  it('answers 401 JSON without a token, with an unknown one and with a revoked one; 403 for staff', async () => {
    const { app, store, staffToken, staffId, admin } = await createAdminTestApp();
    const revoked = await createAdminTestApp();
    for (const [method, path] of routes) {
      const request = (token?: string) => new Request(`http://localhost${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
      const missing = await app.request(request());
      expect(missing.status, `${method} ${path}`).toBe(401);
      expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await errorOf(missing)).code).toBe('unauthorized');
      const wrong = await app.request(request('tlnv_khong-ton-tai'));
      expect(wrong.status).toBe(401);
      expect((await errorOf(wrong)).code).toBe('invalid_token');
      const forbidden = await app.request(request(staffToken));
      expect(forbidden.status).toBe(403);
      expect((await errorOf(forbidden)).message).toContain('không có quyền');
    }
    expect(await revokeUserToken(store, { id: staffId })).toBe(true);
    const afterRevoke = await app.request(get('/api/admin/documents', staffToken));
    expect(afterRevoke.status).toBe(401);
    expect((await errorOf(afterRevoke)).code).toBe('token_revoked');
    // A revoked admin is refused the same way.
    const [adminRecord] = (await revoked.store.listTokens()).filter((token) => token.role === 'admin');
    await revokeUserToken(revoked.store, { id: adminRecord!.id });
    expect((await revoked.app.request(get('/api/admin/documents', revoked.adminToken))).status).toBe(401);
    expect(admin.calls).toEqual([]);
  });

  it('lets an admin in', async () => {
    const { app, adminToken } = await createAdminTestApp();
    for (const [method, path] of routes) {
      const response = await app.request(new Request(`http://localhost${path}`, { method, headers: { authorization: `Bearer ${adminToken}` } }));
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
    }
  });
});

describe('admin documents', () => {
  it('uploads, lists, replaces and deletes a document, auditing each step under the admin name', async () => {
    const { app, adminToken, store } = await createAdminTestApp();
    const created = await app.request(uploadRequest('/api/admin/documents', adminToken, { name: 'ghi-chu.md', bytes: NOTE }, { ...metadata, province: '', number: '12/GC-SNV' }));
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: { id: string; format: string; scope: string; province?: string; number: string } };
    expect(document).toMatchObject({ format: 'md', scope: 'internal', number: '12/GC-SNV' });
    expect(document.province).toBeUndefined();

    const listed = (await (await app.request(get('/api/admin/documents', adminToken))).json()) as { documents: Array<{ id: string; indexed: boolean }>; limits: { maxBytes: number } };
    expect(listed.documents).toEqual([expect.objectContaining({ id: document.id, indexed: false })]);
    expect(listed.limits.maxBytes).toBe(200_000);

    const replaced = await app.request(uploadRequest(`/api/admin/documents/${document.id}`, adminToken, undefined, { ...metadata, title: 'Ghi chú đã sửa', scope: 'public' }, 'PUT'));
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as { document: { title: string; scope: string } }).document).toMatchObject({ title: 'Ghi chú đã sửa', scope: 'public' });
    expect((await app.request(uploadRequest('/api/admin/documents/khong-co', adminToken, undefined, metadata, 'PUT'))).status).toBe(404);

    expect((await app.request(new Request(`http://localhost/api/admin/documents/${document.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${adminToken}` } }))).status).toBe(200);
    const again = await app.request(new Request(`http://localhost/api/admin/documents/${document.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${adminToken}` } }));
    expect(again.status).toBe(404);
    expect((await errorOf(again)).code).toBe('document_not_found');
    expect((await app.request(new Request('http://localhost/api/admin/documents/..%2Fetc', { method: 'DELETE', headers: { authorization: `Bearer ${adminToken}` } }))).status).toBe(400);

    const audit = (await (await app.request(get('/api/admin/audit', adminToken))).json()) as { entries: Array<{ action: string; actor: string }> };
    const actions = audit.entries.map((entry) => entry.action).reverse();
    expect(actions.filter((action) => action.startsWith('document.'))).toEqual(['document.upload', 'document.replace', 'document.delete']);
    expect(audit.entries.find((entry) => entry.action === 'document.upload')!.actor).toMatch(/^Quản trị viên \(tok_/);
    expect((await store.listAudit(10)).length).toBeGreaterThanOrEqual(4);
  });

  it('refuses malformed and hostile files with a clear message, changing nothing but the audit log', async () => {
    const { app, adminToken, admin, store } = await createAdminTestApp();
    const fourPages = await PDFDocument.create();
    for (let page = 0; page < 4; page++) fourPages.addPage();
    const random = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256);
    const cases: Array<{ file?: { name: string; bytes: Uint8Array | string }; fields?: Record<string, string>; status: number; code: string; words: RegExp }> = [
      { file: { name: 'ke-hoach.pdf', bytes: random }, status: 415, code: 'format_mismatch', words: /không khớp với phần mở rộng \.pdf/ },
      { file: { name: 'ke-hoach.pdf', bytes: new Uint8Array([0x4d, 0x5a, ...random]) }, status: 415, code: 'format_mismatch', words: /tệp chương trình/ },
      { file: { name: 'bao-cao.docx', bytes: zipBomb() }, status: 413, code: 'too_large', words: /giải nén quá lớn/ },
      { file: { name: 'dai.txt', bytes: 'Nội dung. '.repeat(17_500) }, status: 413, code: 'too_large', words: /quá lớn/ },
      { file: { name: 'rat-dai.txt', bytes: 'x'.repeat(400_000) }, status: 413, code: 'payload_too_large', words: /quá lớn/ },
      { file: { name: 'nhieu-trang.pdf', bytes: await fourPages.save() }, status: 413, code: 'too_many_pages', words: /4 trang, vượt quá giới hạn 3 trang/ },
      { file: { name: 'cai-dat.exe', bytes: random }, status: 415, code: 'unsupported_format', words: /chưa được hỗ trợ/ },
      { file: { name: 'trong.md', bytes: '   \n\n' }, status: 422, code: 'empty_document', words: /không có nội dung/ },
      { file: { name: 'ghi-chu.md', bytes: NOTE }, fields: { scope: 'internal' }, status: 400, code: 'invalid_request', words: /title/ },
      { file: { name: 'ghi-chu.md', bytes: NOTE }, fields: { ...metadata, scope: 'secret' }, status: 400, code: 'invalid_request', words: /scope/ },
      { fields: metadata, status: 400, code: 'invalid_request', words: /cần chọn tệp/ },
    ];
    for (const testCase of cases) {
      const response = await app.request(uploadRequest('/api/admin/documents', adminToken, testCase.file, testCase.fields ?? metadata));
      expect(response.status, testCase.file?.name).toBe(testCase.status);
      const error = await errorOf(response);
      expect(error.code, testCase.file?.name).toBe(testCase.code);
      expect(error.message).toMatch(testCase.words);
    }
    const json = await app.request(new Request('http://localhost/api/admin/documents', { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: '{}' }));
    expect(json.status).toBe(415);
    expect(admin.calls).toEqual([]);
    expect(await admin.listDocuments()).toEqual([]);
    const rejected = (await store.listAudit(100)).filter((entry) => entry.action === 'document.upload.rejected');
    expect(rejected.length).toBe(cases.length + 1);
  });
});

describe('admin re-ingest and analytics', () => {
  it('starts a re-ingest with 202, answers 409 while it runs, and shows the status', async () => {
    const { app, adminToken, admin } = await createAdminTestApp();
    const post = () => app.request(new Request('http://localhost/api/admin/reingest', { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } }));
    const first = await post();
    expect(first.status).toBe(202);
    expect(((await first.json()) as { status: { state: string } }).status.state).toBe('running');
    const second = await post();
    expect(second.status).toBe(409);
    expect((await errorOf(second)).code).toBe('reingest_running');
    admin.finish('failed');
    const status = (await (await app.request(get('/api/admin/reingest', adminToken))).json()) as { status: { state: string; error: string } };
    expect(status.status).toMatchObject({ state: 'failed', error: 'hỏng' });
    expect((await post()).status).toBe(202);
    expect(admin.calls).toEqual(['reingest', 'reingest']);
  });

  it('serves analytics as JSON and CSV and audits the export', async () => {
    const { app, adminToken, store } = await createAdminTestApp();
    const at = new Date().toISOString();
    await store.appendMessage({ sessionId: 's', messageId: 'm-q', role: 'user', text: 'Thủ tục thành lập hội?', createdAt: at, scope: 'public' });
    await store.appendMessage({ sessionId: 's', messageId: 'm', role: 'assistant', text: 'Trả lời.', createdAt: at, refused: true, scope: 'public' });
    const json = (await (await app.request(get('/api/admin/analytics?days=7', adminToken))).json()) as { totals: { questions: number; refused: number }; days: number };
    expect(json).toMatchObject({ days: 7, totals: { questions: 1, refused: 1 } });
    expect((await app.request(get('/api/admin/analytics?days=9999', adminToken))).status).toBe(400);
    const csv = await app.request(get('/api/admin/analytics.csv?table=gaps', adminToken));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    expect(await csv.text()).toContain('tu_choi,Thủ tục thành lập hội?,1');
    expect((await store.listAudit(5)).map((entry) => entry.action)).toContain('analytics.export');
  });

  it('filters analytics by audience (the old scope=internal meaning staff) and always gives the split', async () => {
    const { app, adminToken, store } = await createAdminTestApp();
    const at = new Date().toISOString();
    const turn = async (sessionId: string, audience: 'public' | 'staff', scope: string, question: string) => {
      await store.appendMessage({ sessionId, messageId: 'm-q', role: 'user', text: question, createdAt: at, scope, audience });
      await store.appendMessage({ sessionId, messageId: 'm', role: 'assistant', text: 'Trả lời.', createdAt: at, refused: false, confidence: 0.9, scope, audience });
    };
    await turn('citizen', 'public', 'public', 'Thủ tục thành lập hội?');
    await turn('officer-internal', 'staff', 'internal', 'Ai nhận hồ sơ thành lập hội?');
    await turn('officer-public', 'staff', 'public', 'Người dân được trả lời gì về hội?');
    type Report = { audiences: string[]; totals: { questions: number }; byAudience: Record<string, { questions: number }> };
    const read = async (query: string) => (await (await app.request(get(`/api/admin/analytics?${query}`, adminToken))).json()) as Report;
    expect((await read('')).totals.questions).toBe(1);
    expect((await read('audience=staff')).totals.questions).toBe(2);
    expect((await read('scope=internal')).audiences).toEqual(['staff']);
    expect((await read('audience=all')).totals.questions).toBe(3);
    expect((await read('')).byAudience).toMatchObject({ public: { questions: 1 }, staff: { questions: 2 } });
    expect((await app.request(get('/api/admin/analytics?audience=internal', adminToken))).status).toBe(400);
  });
});
