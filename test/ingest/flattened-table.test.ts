import { describe, expect, it } from 'vitest';
import { parseFlattenedTable } from '../../src/ingest/flattened-table';
import type { PlanLine } from '../../src/ingest/plan-lines';

const toLines = (texts: string[]): PlanLine[] => texts.map((text, index) => ({ text, lineStart: index + 1, lineEnd: index + 1, blankBefore: 1 }));

const HEADER = ['STT Nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Sản phẩm đầu ra', 'Thời gian', 'hoàn thành'];

describe('parseFlattenedTable', () => {
  it('reads a page number left between the cells of a row as a page break, not as cell text', () => {
    // A loader that collapsed the blank lines around page numbers leaves "2" and "3" inside the rows.
    const lines = toLines([
      ...HEADER,
      'I Tuyên truyền',
      '1',
      'Xây dựng kế hoạch tuyên truyền về',
      'chuyển đổi số.',
      'Sở Nội vụ',
      'Các sở, ban,',
      'ngành',
      'Kế hoạch được ban hành',
      'Nhiệm vụ',
      'thường xuyên',
      '2',
      'Triển khai học liệu số để phổ cập kiến thức, kỹ năng',
      'Sở Nội vụ',
      'Các sở, ban,',
      'ngành',
      'Các học liệu số',
      'Năm 2026',
      '2',
      'số cơ bản cho toàn thể cán bộ.',
      'II Dữ liệu',
      '3',
      '1',
      'Xây dựng cơ sở dữ liệu thi đua',
      'Sở Nội vụ',
      'Công an tỉnh',
      'Cơ sở dữ liệu hoạt động',
      'Theo lộ trình được giao',
    ]);
    const { table } = parseFlattenedTable(lines, 0);
    const rows = table.rows.map((row) => Object.fromEntries(row.cells));
    expect(rows).toHaveLength(3);
    expect(rows[1]!['Nhiệm vụ']).toBe('Triển khai học liệu số để phổ cập kiến thức, kỹ năng số cơ bản cho toàn thể cán bộ.');
    expect(rows[1]!['Thời gian hoàn thành']).toBe('Năm 2026');
    expect(rows[2]!['Nhiệm vụ']).toBe('Xây dựng cơ sở dữ liệu thi đua');
    expect(rows[2]!['Cơ quan phối hợp']).toBe('Công an tỉnh');
    expect(rows[2]!['Thời gian hoàn thành']).toBe('Theo lộ trình được giao');
  });
});
