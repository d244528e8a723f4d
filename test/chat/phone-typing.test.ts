import { describe, expect, it } from 'vitest';
import { aspectsAsked } from '../../src/chat/aspect-words';
import { createChatEngine } from '../../src/chat/chat-engine';
import { termProfile } from '../../src/chat/term-weights';
import { matchingForm, officialWordsFor, spelledOut, spelledOutShortForms } from '../../src/chat/vocabulary';
import type { Chunk } from '../../src/core/types';
import { Retriever } from '../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';
import { CHANNELS } from './chat-fixture';

describe('short forms are spelled out in one place', () => {
  // [typed, spelled-out folded form]
  const cases: Array<[string, string]> = [
    ['kh cds 2030 cua tinh', 'ke hoach chuyen doi so 2030 cua tinh'],
    ['tinh co kh', 'tinh co khong'],
    ['tinh co lam kh a', 'tinh co lam khong a'],
    ['nop hs onl dc ko', 'nop ho so online duoc khong'],
    ['nộp hs đc k', 'nop ho so duoc khong'],
    ['can bo xai may tinh', 'can bo su dung may tinh'],
    ['nang cap wifi', 'nang cap mang khong day'],
    ['snv giao cbccvc', 'so noi vu giao can bo cong chuc vien chuc'],
    ['hs bn tien', 'ho so bao nhieu tien'],
    ['dky vs ng lao dong', 'dang ky voi nguoi lao dong'],
    ['qd 350 lq gi', 'quyet dinh 350 lien quan gi'],
    ['di bao tim viec', 'di bao tim kiem viec lam'],
    ['tim viec lam', 'tim viec lam'],
  ];
  it.each(cases)('%s → %s', (typed, spelled) => {
    expect(spelledOut(typed).trim()).toBe(spelled);
  });

  it('keeps words that merely contain a short form', () => {
    expect(spelledOut('khong khi kho khan').trim()).toBe('khong khi kho khan');
  });

  it('contracts the people’s committee only in the pattern form', () => {
    expect(matchingForm('Ủy ban nhân dân tỉnh').trim()).toBe('ubnd tinh');
    expect(spelledOut('Ủy ban nhân dân tỉnh').trim()).toBe('uy ban nhan dan tinh');
  });

  it('adds only the spelled-out words to a search query', () => {
    expect(spelledOutShortForms('kh cds')).toBe('ke hoach chuyen doi so');
    expect(spelledOutShortForms('thủ tục thành lập hội')).toBe('');
  });

  it('leaves no short form among the coverage terms', () => {
    const { unigrams } = termProfile(spelledOut('kh cds ko'));
    for (const short of ['kh', 'cds', 'ko']) expect(unigrams).not.toContain(short);
    expect(unigrams).toEqual(expect.arrayContaining(['hoach', 'chuyen', 'doi']));
  });
});

// A synthetic plan: prose targets, a task table and a year-column budget table on the same subject.
const common = { docId: 'plan-hg', title: 'Kế hoạch chuyển đổi số (Hà Giang)', province: 'Hà Giang', lineStart: 1, lineEnd: 1, scope: 'public' as const };
const row = (id: string, section: string, fields: Record<string, string>): Chunk => ({
  ...common,
  id,
  kind: 'table-row',
  section,
  text: `${Object.entries(fields).map(([label, value]) => `${label}: ${value}.`).join('\n')}\n(${Object.values(fields).join(' | ')})`,
  fields,
});
const CHUNKS: Chunk[] = [
  {
    ...common,
    id: 'targets',
    kind: 'text',
    section: 'II. MỤC TIÊU',
    text: 'Đến năm 2027, 90% cán bộ, công chức của Sở Nội vụ sử dụng chữ ký số trong xử lý văn bản. Phấn đấu 100% hồ sơ lưu trữ được số hóa.',
  },
  row('task-scanner', 'Phụ lục I › Nhiệm vụ › 3', { 'Tên nhiệm vụ': 'Trang bị máy quét tài liệu cho kho lưu trữ', 'Năm thực hiện': '2026', 'Cơ quan chủ trì': 'Trung tâm Lưu trữ lịch sử' }),
  row('task-portal', 'Phụ lục I › Nhiệm vụ › 4', { 'Tên nhiệm vụ': 'Nâng cấp cổng thông tin điện tử của Sở', 'Năm thực hiện': '2027', 'Đơn vị thực hiện': 'Văn phòng Sở' }),
  row('cost-scanner', 'Phụ lục II › Kinh phí › 3', { 'Nội dung': 'Chi phí trang bị máy quét tài liệu cho kho lưu trữ', 'Kinh phí (triệu đồng) năm 2026': '300', 'Kinh phí (triệu đồng) năm 2027': '50' }),
];

const engine = () => createChatEngine({ retriever: new Retriever({ chunks: CHUNKS, thesaurus: EMPTY_THESAURUS }), channels: CHANNELS });
const ask = (message: string) => engine().answer({ message, scopes: ['public'] });

describe('phone-typed questions are answered like marked ones', () => {
  // [typed the phone way, text the answer must contain]
  const cases: Array<[string, string]> = [
    ['theo kh cds thi ha giang dat chi tieu bn % cbcc xai chu ky so', '90%'],
    ['ai trang bi may quet tai lieu kho luu tru o ha giang, khi nao', 'Trung tâm Lưu trữ lịch sử'],
    ['trang bi may quet tai lieu cho kho luu tru kinh phi bn', '300'],
    ['ha giang nang cap cong thong tin dien tu cua so nam nao, don vi nao lam', 'Văn phòng Sở'],
  ];
  it.each(cases)('%s', async (typed, expected) => {
    const result = await ask(typed);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain(expected);
  });
});

describe('folded words that collide do not ask a fee', () => {
  // Folding makes "lao động" end like "đóng"; a share of the salary is a rate, not a fee.
  const cases: Array<[string, boolean]> = [
    ['nguoi lao dong bao nhieu tuoi thi duoc nghi', false],
    ['tien luong cua nguoi lao dong bao nhieu phan tram', false],
    ['dong bao nhieu % luong', false],
    ['dong bao nhieu tien', true],
    ['nộp phí bao nhiêu', true],
    ['le phi cap giay phep', true],
  ];
  it.each(cases)('%s → fee asked: %s', (question, fee) => {
    expect(aspectsAsked(spelledOut(question)).includes('fee')).toBe(fee);
  });
});

describe('everyday words get the official ones beside them', () => {
  const cases: Array<[string, string]> = [
    ['công ty phải báo trước bao lâu', 'nguoi su dung lao dong'],
    ['giấy phép hết hạn thì sao', 'gia han'],
    ['bị mất thẻ thì làm sao', 'cap lai'],
    ['mỗi tháng phải đi báo', 'hang thang'],
    ['rút bhxh một lần', 'huong bao hiem xa hoi mot lan'],
  ];
  it.each(cases)('%s → %s', (text, official) => {
    expect(officialWordsFor(text)).toContain(official);
    // The search query gets every official word the question lacks.
    const query = `${matchingForm(text)} ${spelledOutShortForms(text)}`.split(/\s+/);
    for (const word of official.split(' ')) expect(query).toContain(word);
  });

  it('adds nothing to a question in official words', () => {
    expect(officialWordsFor('Gia hạn giấy phép lao động')).toBe('');
  });
});
