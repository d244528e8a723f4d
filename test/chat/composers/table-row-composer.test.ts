import { describe, expect, it } from 'vitest';
import { guardCitations } from '../../../src/chat/citation-guard';
import { tableRowComposer, yearCells } from '../../../src/chat/composers/table-row-composer';
import type { Chunk } from '../../../src/core/types';
import { fixtureContext } from './compose-fixture';

const budgetRow = (id: string, line: number, content: string, amounts: Record<string, string>): Chunk => {
  const fields = { 'Nội dung': content, ...Object.fromEntries(Object.entries(amounts).map(([year, value]) => [`Kinh phí ${year} (triệu đồng)`, value])) };
  return {
    id,
    docId: 'cao-bang-kh-cds',
    title: 'Kế hoạch chuyển đổi số ngành Nội vụ tỉnh Cao Bằng',
    province: 'Cao Bằng',
    scope: 'public',
    kind: 'table-row',
    section: content === 'Tổng cộng' ? 'IV. Kinh phí' : `IV. Kinh phí › ${id}`,
    lineStart: line,
    lineEnd: line,
    text: `${Object.entries(fields).map(([label, value]) => `${label}: ${value}.`).join('\n')}\n(${Object.values(fields).join(' | ')})`,
    fields,
  };
};

const TABLE = [
  budgetRow('1', 10, 'Mua sắm máy chủ lưu trữ', { 2026: '300', 2027: '200' }),
  budgetRow('2', 11, 'Xây dựng kho dữ liệu cán bộ', { 2027: '1.000', 2028: '100' }),
  budgetRow('total', 12, 'Tổng cộng', { 2026: '300', 2027: '1.200', 2028: '100' }),
];

const compose = async (question: string) => {
  const candidates = await tableRowComposer.compose(await fixtureContext(question, TABLE));
  for (const candidate of candidates) expect(guardCitations(candidate.answer, candidate.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text }))).answer).toBe(candidate.answer);
  return candidates;
};

describe('table row composer', () => {
  it('reads the year columns of a row', () => {
    expect(yearCells(TABLE[1]!)).toEqual([
      { year: '2027', value: '1.000', measure: 'Kinh phí (triệu đồng)' },
      { year: '2028', value: '100', measure: 'Kinh phí (triệu đồng)' },
    ]);
  });

  it('pairs each year with its value instead of a run of numbers', async () => {
    const [candidate] = await compose('Kinh phí xây dựng kho dữ liệu cán bộ Cao Bằng là bao nhiêu?');
    expect(candidate!.answer).toBe('Xây dựng kho dữ liệu cán bộ — kinh phí (triệu đồng): năm 2027: 1.000; năm 2028: 100 [1].');
  });

  it('puts the year asked first', async () => {
    const [candidate] = await compose('Năm 2028 kinh phí xây dựng kho dữ liệu cán bộ là bao nhiêu?');
    expect(candidate!.answer).toBe('Xây dựng kho dữ liệu cán bộ — kinh phí (triệu đồng): năm 2028: 100 (các năm khác: năm 2027: 1.000) [1].');
  });

  it('names the printed total when the total is asked', async () => {
    const [candidate] = await compose('Tổng kinh phí của kế hoạch Cao Bằng năm 2027 là bao nhiêu?');
    expect(candidate!.answer).toContain('Tổng cộng kinh phí (triệu đồng): năm 2027: 1.200 (các năm khác: năm 2026: 300; năm 2028: 100) [');
  });

  // Year columns carry amounts; who does the row's work is in another table (or nowhere in this row).
  it.each([
    ['Ai mua sắm máy chủ lưu trữ, năm nào?', 0],
    ['Cơ quan nào chủ trì xây dựng kho dữ liệu cán bộ?', 0],
    ['ai mua sam may chu luu tru, khi nao', 0],
    ['Ai chi bao nhiêu kinh phí mua sắm máy chủ lưu trữ?', 1],
    ['Mua sắm máy chủ lưu trữ năm nào?', 1],
  ])('%s → %i candidates', async (question, count) => {
    expect(await compose(question)).toHaveLength(count);
  });

  it('offers nothing when no top passage is a table row', async () => {
    expect(await tableRowComposer.compose(await fixtureContext('Ai chủ trì?', []))).toEqual([]);
  });
});

// Rows of an invented province's appendix and project list, with columns that are not years.
const plainRow = (id: string, line: number, section: string, fields: Record<string, string>): Chunk => ({
  id,
  docId: 'son-ha-kh-cds',
  title: 'Kế hoạch chuyển đổi số tỉnh Sơn Hà',
  province: 'Sơn Hà',
  scope: 'public',
  kind: 'table-row',
  section,
  lineStart: line,
  lineEnd: line,
  text: `${Object.entries(fields).map(([label, value]) => `${label}: ${value}.`).join('\n')}\n(${Object.values(fields).join(' | ')})`,
  fields,
});

const TASKS = [
  plainRow('task-archive', 20, 'Phụ lục › I. Dữ liệu › 1', {
    'Tên nhiệm vụ': 'Số hóa hồ sơ lưu trữ của các sở',
    'Cơ quan chủ trì': 'Sở Nội vụ',
    'Cơ quan phối hợp': 'Các sở, ngành',
    'Sản phẩm đầu ra': 'Hồ sơ được cập nhật lên hệ thống theo định kỳ 3 tháng, 6 tháng một lần',
    'Thời gian hoàn thành': 'Năm 2027',
  }),
  plainRow('project-archive', 40, 'DANH MỤC DỰ ÁN › 1', {
    'Nội dung, nhiệm vụ': 'Số hóa hồ sơ lưu trữ của các sở',
    'Loại dự án': 'Dự án chuyển tiếp',
    'Dự toán kinh phí (triệu đồng)': '2.500',
    'Nguồn vốn': 'Ngân sách tỉnh',
  }),
];

const composePlain = async (question: string) => {
  const candidates = await tableRowComposer.compose(await fixtureContext(question, TASKS));
  for (const candidate of candidates) expect(guardCitations(candidate.answer, candidate.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text }))).answer).toBe(candidate.answer);
  return candidates;
};

describe('table row composer: the columns a question names', () => {
  it('reads the column from its header words, whatever their order in the question, with or without tone marks', async () => {
    for (const question of ['Sản phẩm đầu ra của nhiệm vụ số hóa hồ sơ lưu trữ các sở ở Sơn Hà là gì?', 'So hoa ho so luu tru cac so Son Ha co san pham dau ra gi']) {
      const [candidate] = await composePlain(question);
      expect(candidate!.answer, question).toBe('Sản phẩm đầu ra: Hồ sơ được cập nhật lên hệ thống theo định kỳ 3 tháng, 6 tháng một lần [1]. Tên nhiệm vụ: Số hóa hồ sơ lưu trữ của các sở [1].');
    }
  });

  it('answers the lead body only for "ai chủ trì", and adds the column of a second fact asked', async () => {
    const [lead] = await composePlain('Số hóa hồ sơ lưu trữ của các sở Sơn Hà do ai chủ trì?');
    expect(lead!.answer).toContain('Cơ quan chủ trì: Sở Nội vụ [1].');
    expect(lead!.answer).not.toContain('Cơ quan phối hợp');
    const [both] = await composePlain('Số hóa hồ sơ lưu trữ của các sở Sơn Hà do cơ quan nào chủ trì và hoàn thành khi nào?');
    expect(both!.answer).toContain('Cơ quan chủ trì: Sở Nội vụ [1].');
    expect(both!.answer).toContain('Thời gian hoàn thành: Năm 2027 [1].');
  });

  it('finds the cell that states the quantity asked when no header names it', async () => {
    const [candidate] = await composePlain('Hồ sơ lưu trữ của các sở Sơn Hà được cập nhật mấy tháng một lần?');
    expect(candidate!.answer).toContain('Sản phẩm đầu ra: Hồ sơ được cập nhật lên hệ thống theo định kỳ 3 tháng');
    expect(candidate!.answer).not.toContain('Cơ quan');
  });

  it('takes the same task from the table that holds the columns asked', async () => {
    const [candidate] = await composePlain('Số hóa hồ sơ lưu trữ của các sở Sơn Hà là loại dự án gì, dự toán kinh phí bao nhiêu?');
    expect(candidate!.answer).toBe('Loại dự án: Dự án chuyển tiếp [1]. Dự toán kinh phí (triệu đồng): 2.500 [1]. Nội dung, nhiệm vụ: Số hóa hồ sơ lưu trữ của các sở [1].');
  });

  it('reads the plan’s total from its printed total row when the project list ranks first', async () => {
    const total = plainRow('total', 60, 'KINH PHÍ', { 'Nội dung': 'Tổng cộng', 'Kinh phí 2027 (triệu đồng)': '3.100', 'Kinh phí 2028 (triệu đồng)': '900' });
    const candidates = await tableRowComposer.compose(await fixtureContext('Tổng kinh phí dự kiến năm 2028 của kế hoạch Sơn Hà trong danh mục dự án là bao nhiêu?', [...TASKS, total]));
    expect(candidates[0]!.answer).toBe('Tổng cộng kinh phí (triệu đồng): năm 2028: 900 (các năm khác: năm 2027: 3.100) [1].');
  });

  it('leaves a question naming no column to the sentence extract', async () => {
    expect(await composePlain('Sơn Hà số hóa hồ sơ lưu trữ của các sở như thế nào?')).toEqual([]);
  });
});
