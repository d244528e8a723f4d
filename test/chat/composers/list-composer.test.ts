import { describe, expect, it } from 'vitest';
import { guardCitations } from '../../../src/chat/citation-guard';
import { listComposer } from '../../../src/chat/composers/list-composer';
import { completesIn, dueInQuarter, taskConstraints } from '../../../src/chat/composers/task-rows';
import type { Chunk } from '../../../src/core/types';
import { fixtureContext, syntheticPlan } from './compose-fixture';

const compose = async (question: string, chunks: Chunk[] = syntheticPlan(), options = {}) => {
  const candidates = await listComposer.compose(await fixtureContext(question, chunks, options));
  // Every line is read in the passage it cites: the citation guard keeps the answer whole.
  for (const candidate of candidates) expect(guardCitations(candidate.answer, candidate.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text }))).answer).toBe(candidate.answer);
  return candidates;
};
const bothPlans = () => [...syntheticPlan(), ...syntheticPlan('Cao Bằng', 'cao-bang-kh-cds')];

describe('task constraints', () => {
  const rows = syntheticPlan().filter((chunk) => chunk.kind === 'table-row');

  it('reads the body from the rows’ own cells, the role, the year and the quarter', () => {
    expect(taskConstraints('nhung nhiem vu so noi vu chu tri hoan thanh nam 2027', rows)).toEqual({ body: { name: 'so noi vu', role: 'lead' }, year: '2027' });
    expect(taskConstraints('so noi vu phoi hop nhiem vu nao', rows)).toEqual({ body: { name: 'so noi vu', role: 'partner' } });
    expect(taskConstraints('viec nao phai xong trong quy iii 2027', rows)).toEqual({ quarter: 3, year: '2027' });
    expect(taskConstraints('nhiem vu nao quan trong nhat', rows)).toBeUndefined();
  });

  it('counts a task as due when it completes then, not when it only starts; quarters by name or by date', () => {
    expect(completesIn('Hoàn thành năm 2027', '2027')).toBe(true);
    expect(completesIn('Bắt đầu triển khai từ năm 2027', '2027')).toBe(false);
    expect(dueInQuarter('Quý III/2027', 3, '2027')).toBe(true);
    expect(dueInQuarter('Trước ngày 30/9/2027', 3, '2027')).toBe(true);
    expect(dueInQuarter('Quý IV/2027', 3, '2027')).toBe(false);
  });
});

describe('list composer: task rows', () => {
  it('lists every row the body leads that is due in the year, from every plan in scope, each cited', async () => {
    const [candidate] = await compose('Những nhiệm vụ Sở Nội vụ chủ trì hoàn thành năm 2027', bothPlans());
    expect(candidate?.kind).toBe('list');
    const lines = candidate!.answer.split('\n');
    expect(lines[0]).toBe('Các nhiệm vụ phù hợp trong phụ lục các kế hoạch:');
    expect(lines.slice(1)).toEqual([
      '- (Hà Giang) Số hóa hồ sơ lưu trữ lịch sử — chủ trì Sở Nội vụ; phối hợp Các sở, ngành; hoàn thành năm 2027 [1].',
      '- (Hà Giang) Mở lớp bồi dưỡng kỹ năng số cho công chức — chủ trì Sở Nội vụ; phối hợp Trường Chính trị tỉnh; hoàn thành Quý III/2027 [2].',
      '- (Cao Bằng) Số hóa hồ sơ lưu trữ lịch sử — chủ trì Sở Nội vụ; phối hợp Các sở, ngành; hoàn thành năm 2027 [3].',
      '- (Cao Bằng) Mở lớp bồi dưỡng kỹ năng số cho công chức — chủ trì Sở Nội vụ; phối hợp Trường Chính trị tỉnh; hoàn thành Quý III/2027 [4].',
    ]);
  });

  it('keeps to the province named and to the province filter', async () => {
    const [named] = await compose('Sở Nội vụ Cao Bằng chủ trì những nhiệm vụ nào?', bothPlans());
    expect(named!.passages.map((chunk) => chunk.province)).toEqual(['Cao Bằng', 'Cao Bằng']);
    const [filtered] = await compose('Sở Nội vụ chủ trì những nhiệm vụ nào?', bothPlans(), { filters: { province: 'Hà Giang' } });
    expect(filtered!.passages.map((chunk) => chunk.province)).toEqual(['Hà Giang', 'Hà Giang']);
  });

  it('answers a partner question from the partner column, and a quarter question by quarter', async () => {
    const [partner] = await compose('Sở Nội vụ phối hợp thực hiện những nhiệm vụ nào?');
    expect(partner!.answer).toContain('Kết nối kho dữ liệu cán bộ với cơ sở dữ liệu quốc gia — chủ trì Sở Khoa học và Công nghệ');
    expect(partner!.passages).toHaveLength(1);
    const [quarter] = await compose('Những việc nào phải xong trong quý II/2028?');
    expect(quarter!.passages.map((chunk) => chunk.id)).toEqual(['ha-giang-kh-cds-r2']);
  });

  it('offers nothing when no row meets the constraints', async () => {
    expect(await compose('Công an tỉnh chủ trì những nhiệm vụ nào năm 2027?')).toEqual([]);
  });

  it('reads the years of a plan’s name as which plan, not as a deadline', async () => {
    // The issuer named beside "những nhiệm vụ chung nào trong kế hoạch … 2027-2030" asks a section, not the rows it leads.
    const candidates = await compose('Sở Nội vụ Hà Giang đề ra những nhiệm vụ chung nào trong kế hoạch chuyển đổi số 2027-2030?');
    expect(candidates.some((candidate) => candidate.answer.startsWith('Các nhiệm vụ phù hợp'))).toBe(false);
    expect((await compose('Sở Nội vụ chủ trì những nhiệm vụ nào hoàn thành năm 2027?'))[0]!.passages.length).toBeGreaterThan(0);
  });
});

describe('list composer: enumerations', () => {
  it('gives every item under the lead-in the best passage belongs to, not only the first', async () => {
    const [candidate] = await compose('Những hệ thống nào được đưa vào sử dụng trong năm?');
    expect(candidate!.answer).toBe(
      ['Các hệ thống được đưa vào sử dụng trong năm gồm [1]:', '- Phần mềm quản lý hồ sơ thi đua [1].', '- Kho lưu trữ điện tử của Sở [1].', '- Cổng tra cứu kết quả giải quyết hồ sơ [1].'].join('\n'),
    );
  });

  it('cuts a long item around what the question asks, not only at its head', async () => {
    const platforms: Chunk = {
      ...syntheticPlan()[0]!,
      id: 'platforms',
      section: 'IV. NỀN TẢNG',
      lineStart: 70,
      lineEnd: 75,
      text: [
        'IV. NỀN TẢNG',
        'Các nền tảng dùng chung được triển khai gồm:',
        '- Nền tảng quản lý văn bản và hồ sơ công việc của Sở, vận hành thống nhất từ cấp tỉnh đến cấp xã, lưu vết toàn bộ quá trình xử lý, tự động nhắc hạn, thống kê theo từng phòng, từng cán bộ, từng loại hồ sơ, và kết nối với Cổng xác thực định danh của tỉnh.',
        '- Nền tảng họp trực tuyến.',
      ].join('\n'),
    };
    const [candidate] = await compose('Những nền tảng dùng chung nào kết nối với Cổng xác thực định danh?', [...syntheticPlan(), platforms]);
    expect(candidate!.answer).toContain('Cổng xác thực định danh của tỉnh');
    expect(candidate!.answer).toContain('- Nền tảng họp trực tuyến [1].');
  });

  it('leaves a question asking one fact of a kind (a figure, a body) to the sentences', async () => {
    expect(await compose('Các chỉ tiêu cụ thể của Hà Giang là bao nhiêu phần trăm?')).toEqual([]);
  });

  it('does not answer a question that asks no list', async () => {
    expect(await compose('Mục tiêu cụ thể về hồ sơ thi đua là bao nhiêu phần trăm?')).toEqual([]);
  });
});

describe('list composer: rows of a named group', () => {
  const plan = { docId: 'ha-giang-kh-cds', title: 'Kế hoạch chuyển đổi số năm 2027 (Hà Giang)', province: 'Hà Giang', scope: 'public' as const, lineStart: 1, lineEnd: 1 };
  const target = (id: string, group: string, content: string, value: string): Chunk => ({
    ...plan,
    id,
    kind: 'table-row',
    section: `II. MỤC TIÊU › ${group} › ${id}`,
    text: `Nội dung: ${content}\nMục tiêu: ${value}`,
    fields: { 'Nội dung': content, 'Mục tiêu': value },
  });
  const rows = [
    target('1', 'I. Phát triển xã hội số', 'Tỷ lệ hộ gia đình có cáp quang', '90%'),
    target('2', 'I. Phát triển xã hội số', 'Tỷ lệ người trưởng thành có chữ ký số', '20%'),
    target('3', 'II. Phát triển kinh tế số', 'Tỷ trọng kinh tế số trong GRDP', '15%'),
  ];

  it('lists every target of the group with its value, and none of another group', async () => {
    const [candidate] = await compose('Các chỉ tiêu phát triển xã hội số năm 2027 của Hà Giang là gì?', rows);
    expect(candidate?.answer.split('\n')).toEqual([
      'Các chỉ tiêu phù hợp trong kế hoạch:',
      '- Tỷ lệ hộ gia đình có cáp quang: 90% [1].',
      '- Tỷ lệ người trưởng thành có chữ ký số: 20% [2].',
    ]);
  });
});
