/**
 * Amount tables with one column per year lose their empty cells when a PDF is flattened: "Hoàn thiện cơ sở dữ
 * liệu … 1.000 100 100 100" under 2021–2025 does not say which years. The table's own total row does: the one
 * placement of every row's run of amounts whose column sums give the totals is the printed one. Rows are
 * relabelled only when that placement is unique; otherwise they keep their amounts unpaired.
 */
import type { TableRow } from './table-rows';

/** The label rows carry their unplaced amounts under (flattened-cells.ts). */
export const UNPLACED_AMOUNTS = 'Kinh phí dự kiến (triệu đồng)';
const YEAR_LABEL = /^Kinh phí (\d{4}) \(triệu đồng\)$/u;
const TOTAL = /^tổng( cộng| số)?$/iu;
const MAX_PLACEMENTS = 1_000_000;

export function alignYearAmounts(rows: TableRow[]): void {
  const total = rows.find((row) => TOTAL.test(row.cells[0]?.[1]?.trim() ?? ''));
  if (!total) return;
  const years = total.cells.map(([label]) => YEAR_LABEL.exec(label)?.[1]).filter((year): year is string => Boolean(year));
  if (years.length < 2) return;
  const totals = years.map((year) => amount(total.cells.find(([label]) => label === `Kinh phí ${year} (triệu đồng)`)![1]));
  const sums = years.map(() => 0);
  for (const row of rows) {
    if (row === total) continue;
    years.forEach((year, index) => {
      const cell = row.cells.find(([label]) => label === `Kinh phí ${year} (triệu đồng)`);
      if (cell) sums[index]! += amount(cell[1]);
    });
  }
  const loose = rows.filter((row) => row !== total && row.cells.some(([label]) => label === UNPLACED_AMOUNTS));
  const runs = loose.map((row) => row.cells.find(([label]) => label === UNPLACED_AMOUNTS)![1].split(/\s+/u).filter(Boolean));
  if (runs.some((run) => run.length > years.length || run.some((value) => Number.isNaN(amount(value))))) return;
  const placements = runs.reduce((product, run) => product * (years.length - run.length + 1), 1);
  if (loose.length === 0 || placements > MAX_PLACEMENTS) return;
  const found = solve(runs.map((run) => run.map(amount)), totals.map((value, index) => value - sums[index]!));
  if (!found) return;
  loose.forEach((row, index) => {
    const start = found[index]!;
    const placed = runs[index]!.map((value, offset): [string, string] => [`Kinh phí ${years[start + offset]} (triệu đồng)`, value]);
    row.cells = [...row.cells.filter(([label]) => label !== UNPLACED_AMOUNTS), ...placed];
  });
}

/** The start column of each run such that the columns sum to `remaining`, when exactly one placement does. */
function solve(runs: number[][], remaining: number[]): number[] | undefined {
  const solutions: number[][] = [];
  const starts: number[] = [];
  const left = [...remaining];
  const visit = (index: number): void => {
    if (solutions.length > 1) return;
    if (index === runs.length) {
      if (left.every((value) => Math.abs(value) < 1e-6)) solutions.push([...starts]);
      return;
    }
    const run = runs[index]!;
    for (let start = 0; start + run.length <= left.length; start++) {
      run.forEach((value, offset) => (left[start + offset]! -= value));
      // Amounts are never negative: a column already overspent cannot be the printed placement.
      if (left.every((value) => value > -1e-6)) {
        starts.push(start);
        visit(index + 1);
        starts.pop();
      }
      run.forEach((value, offset) => (left[start + offset]! += value));
    }
  };
  visit(0);
  return solutions.length === 1 ? solutions[0] : undefined;
}

/** "1.000" → 1000, "2,5" → 2.5: Vietnamese thousands and decimal marks. */
function amount(text: string): number {
  const clean = text.trim();
  if (!/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/u.test(clean)) return Number.NaN;
  return Number(clean.replace(/\./gu, '').replace(',', '.'));
}
