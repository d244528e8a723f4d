import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../src/ingest/table-rows';
import { alignYearAmounts, UNPLACED_AMOUNTS } from '../../src/ingest/year-amounts';

const YEARS = ['2024', '2025', '2026'];
const row = (content: string, cells: Array<[string, string]>): TableRow => ({ number: '', cells: [['Nội dung', content], ...cells], lineStart: 1, lineEnd: 1 });
const perYear = (values: string[]): Array<[string, string]> => values.map((value, index) => [`Kinh phí ${YEARS[index]} (triệu đồng)`, value]);
const loose = (values: string): Array<[string, string]> => [[UNPLACED_AMOUNTS, values]];

describe('year amounts placed by the total row', () => {
  it('places each run of amounts where the column sums give the printed totals', () => {
    const rows = [row('Máy tính', perYear(['300', '200', '100'])), row('Phần mềm', loose('1.000 50')), row('Đường truyền', loose('70')), row('Tổng cộng', perYear(['300', '1.270', '150']))];
    alignYearAmounts(rows);
    expect(rows[1]!.cells).toEqual([['Nội dung', 'Phần mềm'], ['Kinh phí 2025 (triệu đồng)', '1.000'], ['Kinh phí 2026 (triệu đồng)', '50']]);
    expect(rows[2]!.cells).toEqual([['Nội dung', 'Đường truyền'], ['Kinh phí 2025 (triệu đồng)', '70']]);
  });

  it('leaves the amounts unpaired when two placements fit the totals, or there is no total row', () => {
    const ambiguous = [row('A', loose('100')), row('B', loose('100')), row('Tổng cộng', perYear(['100', '100', '0']))];
    alignYearAmounts(ambiguous);
    expect(ambiguous[0]!.cells[1]).toEqual([UNPLACED_AMOUNTS, '100']);
    const noTotal = [row('A', loose('100'))];
    alignYearAmounts(noTotal);
    expect(noTotal[0]!.cells[1]).toEqual([UNPLACED_AMOUNTS, '100']);
  });
});
