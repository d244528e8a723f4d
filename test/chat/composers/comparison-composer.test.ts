import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../../src/chat/chat-engine';
import { comparisonProfile, withoutDocumentReference } from '../../../src/chat/composers/comparison-composer';
import type { Chunk } from '../../../src/core/types';
import { Retriever } from '../../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../../src/search/thesaurus';
import { CHANNELS } from '../chat-fixture';

const plan = (province: string, id: string, text: string, section = 'II. MỤC TIÊU'): Chunk => ({
  id,
  docId: `plan-${province}`,
  title: `Kế hoạch triển khai Quyết định số 100/QĐ-TTg (${province})`,
  province,
  section,
  lineStart: 1,
  lineEnd: 1,
  scope: 'public',
  kind: 'text',
  text,
});

const CHUNKS: Chunk[] = [
  plan('Hà Giang', 'hg-intro', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Quyết định số 100/QĐ-TTg trên địa bàn tỉnh như sau.', ''),
  plan('Hà Giang', 'hg-archive', '- Tối thiểu 60% tài liệu lưu trữ lịch sử được số hóa và đưa vào khai thác trên môi trường mạng (áp dụng cho tài liệu thuộc danh mục được công bố theo quy định hiện hành của ngành lưu trữ).'),
  plan('Cao Bằng', 'cb-intro', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Quyết định số 100/QĐ-TTg trên địa bàn tỉnh như sau.', ''),
  plan('Cao Bằng', 'cb-archive', '- Phấn đấu 80% tài liệu lưu trữ lịch sử được số hóa, khai thác trên môi trường mạng.'),
  plan('Bắc Kạn', 'bk-training', '- Tổ chức tập huấn kỹ năng số cho công chức cấp xã hằng năm.'),
];

const engine = () => createChatEngine({ retriever: new Retriever({ chunks: CHUNKS, thesaurus: EMPTY_THESAURUS }), channels: CHANNELS });
const ask = (message: string) => engine().answer({ message, scopes: ['public'] });

describe('comparison answers', () => {
  it('gives one cited line per named province, in the order the question names them', async () => {
    const result = await ask('Tỷ lệ số hóa tài liệu lưu trữ lịch sử của Cao Bằng và Hà Giang khác nhau thế nào?');
    expect(result.refused).toBe(false);
    const lines = result.answer.split('\n');
    expect(lines[1]).toMatch(/^- Cao Bằng: .*80%.*\[\d\]/u);
    expect(lines[2]).toMatch(/^- Hà Giang: .*60%.*\[\d\]/u);
    expect(new Set(result.citations.map((citation) => citation.source.province))).toEqual(new Set(['Cao Bằng', 'Hà Giang']));
  });

  it('says which province has nothing instead of refusing the whole comparison', async () => {
    const result = await ask('So sánh tỷ lệ số hóa tài liệu lưu trữ lịch sử giữa Hà Giang và Bắc Kạn');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/- Hà Giang: .*60%/u);
    expect(result.answer).toContain('Chưa tìm thấy thông tin cho Bắc Kạn');
  });

  it('does not answer with the opening sentence when the question names the plans by number', async () => {
    const result = await ask('Hai kế hoạch triển khai Quyết định 100 của Hà Giang và Cao Bằng có khác nhau về số hóa tài liệu lưu trữ lịch sử không?');
    expect(result.answer).not.toContain('ban hành Kế hoạch');
    expect(result.answer).toContain('60%');
    expect(result.answer).toContain('80%');
  });

  it('shortens a long line by dropping its parenthetical aside, not the figure at its head', async () => {
    const result = await ask('Hà Giang và Cao Bằng đặt chỉ tiêu số hóa tài liệu lưu trữ lịch sử, khai thác trên môi trường mạng ra sao?');
    expect(result.answer).toContain('60%');
  });

  it('reads a table row subject first, then the figure', async () => {
    const row = (province: string, target: string): Chunk => ({
      ...plan(province, `${province}-row`, ''),
      kind: 'table-row',
      section: 'II. MỤC TIÊU › Chỉ tiêu',
      text: `Mục tiêu: ${target}.\nNội dung: Tỷ lệ hồ sơ thi đua nộp trực tuyến.`,
      fields: { 'Mục tiêu': target, 'Nội dung': 'Tỷ lệ hồ sơ thi đua nộp trực tuyến' },
    });
    const rows = createChatEngine({ retriever: new Retriever({ chunks: [row('Hà Giang', '70%'), row('Cao Bằng', '85%')], thesaurus: EMPTY_THESAURUS }), channels: CHANNELS });
    const result = await rows.answer({ message: 'So sánh tỷ lệ hồ sơ thi đua nộp trực tuyến giữa Hà Giang và Cao Bằng', scopes: ['public'] });
    expect(result.answer).toContain('- Hà Giang: Nội dung: Tỷ lệ hồ sơ thi đua nộp trực tuyến [1]. Mục tiêu: 70% [1].');
  });

  it('refuses a comparison no province can answer', async () => {
    const result = await ask('So sánh giá vé máy bay giữa Hà Giang và Cao Bằng');
    expect(result.refused).toBe(true);
  });

  it('keeps the compared subject, drops the comparing words and the plan reference', () => {
    expect(withoutDocumentReference('Ba kế hoạch triển khai Quyết định 350 của A có khác nhau về dữ liệu mở không?')).toBe('của A có khác nhau về dữ liệu mở không?');
    expect(withoutDocumentReference('ke hoach trien khai QĐ 350/QĐ-TTg ve du lieu mo')).toBe('ve du lieu mo');
    const profile = comparisonProfile({ unigrams: ['khac', 'nhau', 'du', 'lieu'], bigrams: ['khac_nhau', 'du_lieu', 'nhau_ve'] });
    expect(profile).toEqual({ unigrams: ['du', 'lieu'], bigrams: ['du_lieu', 'nhau_ve'] });
  });
});

describe('comparison answers read each province’s own documents', () => {
  it('never answers a province from a national procedure record, which holds in every province alike', async () => {
    const record: Chunk = {
      id: 'procedure-archive',
      docId: 'procedure:so-hoa',
      title: 'Thủ tục số hóa tài liệu lưu trữ',
      section: 'Thủ tục › Số hóa tài liệu lưu trữ lịch sử',
      lineStart: 1,
      lineEnd: 1,
      scope: 'public',
      kind: 'procedure',
      text: 'Thủ tục số hóa tài liệu lưu trữ lịch sử. Hồ sơ gồm bản sao tài liệu lưu trữ lịch sử cần số hóa.',
    };
    const withRecord = createChatEngine({ retriever: new Retriever({ chunks: [...CHUNKS, record], thesaurus: EMPTY_THESAURUS }), channels: CHANNELS });
    // Bắc Kạn's plan says nothing about archives: the record, which matches every word, must not speak for it.
    const result = await withRecord.answer({ message: 'Tỷ lệ số hóa tài liệu lưu trữ lịch sử của Bắc Kạn và Hà Giang khác nhau thế nào?', scopes: ['public'] });
    expect(result.citations.every((citation) => citation.source.docId !== 'procedure:so-hoa')).toBe(true);
    expect(result.answer).toMatch(/Hà Giang: .*60%/u);
    expect(result.answer).toContain('Chưa tìm thấy thông tin cho Bắc Kạn');
  });
});
