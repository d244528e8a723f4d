/**
 * Staff scope end to end through the HTTP app: an internal instruction uploaded beside the seeds (a real ingest
 * into a temporary index) answers a staff question about who receives "thành lập hội" files, ahead of the public
 * procedure card; the public never sees it; the document and province filters hold for every answer kind.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/adapter/node/ingest-runner';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentProgress } from '../../src/adapter/node/progress';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { createApp } from '../../src/http/app';
import { DEFAULT_APP_CONFIG, silentLogger } from '../../src/http/app-context';
import { Metrics } from '../../src/http/metrics';
import type { ChatResponse } from '../../src/protocol/chat-events';
import { IndexHolder } from '../../src/services/index-holder';
import { createUserToken } from '../../src/services/user-tokens';
import { postJson, unlimited } from '../support/test-app';

const INTERNAL_ID = 'huong-dan-17-hd-snv';
const INSTRUCTION = [
  'SỞ NỘI VỤ TỈNH KHÁNH HÒA',
  'HƯỚNG DẪN',
  'Số 17/HD-SNV',
  'Về tiếp nhận hồ sơ thành lập hội tại Sở Nội vụ',
  '',
  'I. PHÂN CÔNG TIẾP NHẬN',
  '1. Phòng Tổ chức, biên chế và tổ chức phi chính phủ tiếp nhận hồ sơ thành lập hội do Trung tâm Phục vụ hành chính công tỉnh chuyển đến.',
  '2. Chuyên viên được phân công kiểm tra thành phần hồ sơ thành lập hội trong 02 ngày làm việc kể từ ngày nhận.',
  '',
  'II. TRÌNH TỰ XỬ LÝ',
  '1. Lập phiếu theo dõi từng hồ sơ thành lập hội trên phần mềm một cửa.',
  '2. Trình Lãnh đạo Sở ký văn bản trả lời trước khi hết thời hạn giải quyết.',
  '',
].join('\n');
const WHO_RECEIVES = 'Ai tiếp nhận hồ sơ thành lập hội?';

let root: string;
let app: ReturnType<typeof createApp>;
let staffToken: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'staff-scope-'));
  const uploads = path.join(root, 'uploads');
  await fs.mkdir(uploads);
  await fs.writeFile(path.join(uploads, 'huong-dan-17.txt'), INSTRUCTION);
  const source = { id: INTERNAL_ID, file: 'huong-dan-17.txt', title: 'Hướng dẫn số 17/HD-SNV về tiếp nhận hồ sơ thành lập hội', issuer: 'Sở Nội vụ', province: 'Khánh Hòa', scope: 'internal', kind: 'document' };
  await fs.writeFile(path.join(uploads, 'sources.json'), JSON.stringify({ sources: [source] }));
  const indexDir = path.join(root, 'index');
  await runIngest({ rootDir: path.resolve('.'), indexDir, extraManifests: [path.join(uploads, 'sources.json')], progress: silentProgress });
  const index = new IndexHolder();
  index.set(await loadLiveIndex({ indexDir, logger: silentLogger }));
  const store = openSqliteStore(':memory:');
  app = createApp({ index, store, metrics: new Metrics(), logger: silentLogger, config: { ...DEFAULT_APP_CONFIG, rateLimits: unlimited } });
  staffToken = (await createUserToken(store, { role: 'staff', name: 'Chuyên viên phòng Tổ chức' })).token;
}, 120_000);

afterAll(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

async function ask(message: string, options: { staff?: boolean; docIds?: string[]; province?: string } = {}): Promise<ChatResponse> {
  const headers: Record<string, string> = options.staff ? { authorization: `Bearer ${staffToken}` } : {};
  const body = { message, ...(options.staff ? { scope: 'internal' } : {}), ...(options.docIds ? { docIds: options.docIds } : {}), ...(options.province ? { province: options.province } : {}) };
  const response = await app.request(postJson('/api/chat', body, headers));
  expect(response.status).toBe(200);
  return (await response.json()) as ChatResponse;
}

const citedDocs = (response: ChatResponse) => response.citations.map((citation) => citation.source.docId);

describe('staff scope', () => {
  it('answers staff from the internal instruction ahead of the public procedure card', async () => {
    const staff = await ask(WHO_RECEIVES, { staff: true });
    expect(staff.refused).toBe(false);
    expect(staff.answer).toContain('Phòng Tổ chức, biên chế và tổ chức phi chính phủ');
    expect(citedDocs(staff)).toContain(INTERNAL_ID);
    expect(staff.procedure).toBeUndefined();
  });

  it('never shows the instruction to the public, who get the public sources', async () => {
    const citizen = await ask(WHO_RECEIVES);
    expect(citedDocs(citizen)).not.toContain(INTERNAL_ID);
    expect(citizen.answer).not.toContain('Phòng Tổ chức, biên chế');
  });

  it('keeps every answer kind to the document filter: no procedure card outside it', async () => {
    const inside = await ask(WHO_RECEIVES, { staff: true, docIds: [INTERNAL_ID] });
    expect(citedDocs(inside).length).toBeGreaterThan(0);
    expect(new Set(citedDocs(inside))).toEqual(new Set([INTERNAL_ID]));
    const elsewhere = await ask('Thủ tục thành lập hội cần giấy tờ gì?', { staff: true, docIds: ['lao-cai-kh-350'] });
    expect(elsewhere.procedure).toBeUndefined();
    expect(citedDocs(elsewhere).every((docId) => docId === 'lao-cai-kh-350')).toBe(true);
  });

  it('keeps every answer kind to the province filter; national procedures hold in every province', async () => {
    const khanhHoa = await ask(WHO_RECEIVES, { staff: true, province: 'Khánh Hòa' });
    expect(citedDocs(khanhHoa)).toContain(INTERNAL_ID);
    expect(khanhHoa.citations.every((citation) => citation.source.province === 'Khánh Hòa')).toBe(true);
    const laoCai = await ask(WHO_RECEIVES, { staff: true, province: 'Lào Cai' });
    expect(citedDocs(laoCai)).not.toContain(INTERNAL_ID);
    // Only Lào Cai's own documents or national knowledge (no province): the hội procedure applies there too.
    expect(laoCai.citations.every((citation) => citation.source.province === 'Lào Cai' || citation.source.province === undefined)).toBe(true);
    expect(laoCai.procedure?.name).toMatch(/^Thành lập hội/u);
  });

  it('answers "what does this document say" with its outline, cited', async () => {
    const outline = await ask('Hướng dẫn 17/HD-SNV nói gì?', { staff: true });
    expect(outline.refused).toBe(false);
    expect(outline.answer).toContain('I. PHÂN CÔNG TIẾP NHẬN');
    expect(outline.answer).toContain('II. TRÌNH TỰ XỬ LÝ');
    expect(new Set(citedDocs(outline))).toEqual(new Set([INTERNAL_ID]));
  });
});
