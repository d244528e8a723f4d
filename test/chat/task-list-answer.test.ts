import { describe, expect, it } from 'vitest';
import { PassageNumbering } from '../../src/chat/passage-numbering';
import { analyzeQuestion } from '../../src/chat/question-analysis';
import { completesIn, composeTaskList, matchingRows } from '../../src/chat/task-list-answer';
import type { Chunk } from '../../src/core/types';

const row = (id: string, province: string, fields: Record<string, string>, scope: Chunk['scope'] = 'public'): Chunk => ({
  id,
  docId: `plan-${province}`,
  title: `Kế hoạch (${province})`,
  province,
  section: `Phụ lục › I › ${id}`,
  lineStart: 1,
  lineEnd: 1,
  scope,
  kind: 'table-row',
  text: Object.entries(fields).map(([label, value]) => `${label}: ${value}.`).join('\n'),
  fields,
});

const ROWS = [
  row('a', 'Hà Giang', { 'Nhiệm vụ': 'Xây dựng cơ sở dữ liệu thi đua', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Công an tỉnh; các sở, ban, ngành', 'Thời gian hoàn thành': 'Hoàn thành năm 2026' }),
  row('b', 'Hà Giang', { 'Nhiệm vụ': 'Số hóa hồ sơ người có công', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Sở Tài chính', 'Thời gian hoàn thành': 'Thường xuyên đến năm 2030, bắt đầu triển khai từ năm 2026' }),
  row('c', 'Cao Bằng', { 'Nhiệm vụ': 'Nâng cấp Trung tâm điều hành', 'Cơ quan chủ trì': 'Sở Khoa học và Công nghệ', 'Cơ quan phối hợp': 'Sở Nội vụ', 'Thời gian hoàn thành': 'Năm 2026' }),
  row('d', 'Cao Bằng', { 'Nhiệm vụ': 'Triển khai phân hệ đánh giá công chức', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Sở Khoa học và Công nghệ', 'Thời gian hoàn thành': 'Năm 2026' }, 'internal'),
];

describe('task lists', () => {
  const analysis = analyzeQuestion('Các nhiệm vụ Sở Nội vụ chủ trì cần hoàn thành trong năm 2026', () => []);

  it('lists rows led by the named body and due that year, across plans, each "task — chủ trì; phối hợp; hoàn thành [n]"', () => {
    const rows = matchingRows(analysis, ROWS.map((chunk) => ({ chunk, score: 1 })));
    expect(rows.map((chunk) => chunk.id)).toEqual(['a', 'd']);
    const numbering = new PassageNumbering();
    const list = composeTaskList(rows, numbering)!;
    expect(list).toContain('- (Hà Giang) Xây dựng cơ sở dữ liệu thi đua — chủ trì Sở Nội vụ; phối hợp Công an tỉnh, các sở, ban, ngành; hoàn thành năm 2026 [1].');
    expect(list).toContain('- (Cao Bằng) Triển khai phân hệ đánh giá công chức — chủ trì Sở Nội vụ; phối hợp Sở Khoa học và Công nghệ; hoàn thành năm 2026 [2].');
  });

  it('does not take a task that only starts in the year for one due then', () => {
    expect(completesIn('Năm 2026, định hướng đến năm 2030', '2026')).toBe(true);
    expect(completesIn('Thường xuyên đến năm 2030, bắt đầu triển khai từ năm 2026', '2026')).toBe(false);
    expect(completesIn('Triển khai từ năm 2026', '2026')).toBe(false);
    expect(completesIn('Nhiệm vụ thường xuyên đến năm 2030, hoàn thành các chỉ tiêu trọng điểm trong năm 2026', '2026')).toBe(true);
  });
});
