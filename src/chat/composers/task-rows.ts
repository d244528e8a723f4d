/**
 * Appendix task rows read by their columns (task, lead body, partners, deadline), and the constraints a staff
 * list question puts on them: the body that leads (or partners on) a task, the year or quarter it is due.
 */
import type { Chunk } from '../../core/types';
import { foldedWords } from '../vocabulary';

export interface RowColumns {
  task?: string;
  lead?: string;
  partner?: string;
  deadline?: string;
}

export function rowColumns(chunk: Chunk): RowColumns {
  const columns: RowColumns = {};
  for (const [label, value] of Object.entries(chunk.fields ?? {})) {
    const key = foldedWords(label);
    if (!columns.task && /( nhiem vu | noi dung | ten )/.test(key) && !/( hoan thanh | dang trien khai | theo ke hoach )/.test(key)) columns.task = value;
    else if (!columns.lead && / chu tri /.test(key)) columns.lead = value;
    else if (!columns.partner && / phoi hop /.test(key)) columns.partner = value;
    else if (!columns.deadline && /( thoi (gian|han) | hoan thanh | tien do )/.test(key)) columns.deadline = value;
  }
  return columns;
}

export interface TaskConstraints {
  /** Folded name of the body asked about ("so noi vu"), and whether as lead or as partner. */
  body?: { name: string; role: 'lead' | 'partner' };
  year?: string;
  /** Quarter asked, 1–4, with `year`. */
  quarter?: number;
}

const QUARTER = /\bquy (iv|iii|ii|i|[1-4])\b(?: ?(?:nam )?(20\d\d))?/;
export const PLAN_NAME_YEAR = /\b(ke hoach|chuong trinh|de an|giai doan)( (?!hoan|xong|han|truoc|trong|den|phai)[a-z]+){0,6} (nam )?20\d\d( ?20\d\d)?\b/g;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * What a question asks of the rows. The body is one the rows' own lead or partner cells name (so any body the
 * documents hold is understood, not a list of ours); undefined when the question sets no constraint.
 */
export function taskConstraints(folded: string, rows: readonly Chunk[]): TaskConstraints | undefined {
  const question = ` ${folded} `;
  const constraints: TaskConstraints = {};
  const quarter = QUARTER.exec(folded);
  if (quarter) {
    constraints.quarter = ROMAN[quarter[1]!] ?? Number(quarter[1]);
    if (quarter[2]) constraints.year = quarter[2];
  }
  // "kế hoạch chuyển đổi số năm 2026" names the plan; the year a task is due stands apart from it.
  constraints.year ??= /\b(20\d\d)\b/.exec(folded.replace(PLAN_NAME_YEAR, ' '))?.[1];
  const role = /\bphoi hop\b/.test(folded) && !/\bchu tri\b/.test(folded) ? 'partner' : 'lead';
  const names = new Set(rows.flatMap((row) => bodiesOf(rowColumns(row)[role] ?? '')));
  const named = [...names].filter((name) => question.includes(` ${name} `)).sort((left, right) => right.length - left.length)[0];
  if (named) constraints.body = { name: named, role };
  // "X chủ trì …" about a body no row names: no row answers, whatever the year.
  else if (/\b(chu tri|phoi hop)\b/.test(folded)) return undefined;
  return constraints.body || constraints.year ? constraints : undefined;
}

/** The bodies a lead or partner cell names ("Sở Nội vụ; Công an tỉnh và các sở" → "so noi vu", "cong an tinh", …). */
export function bodiesOf(cell: string): string[] {
  return cell
    .split(/[;,]| và | với /u)
    .map((part) => foldedWords(part.replace(/\([^)]*\)/gu, '')).trim())
    .filter((name) => name.split(' ').length >= 2);
}

export function rowMatches(chunk: Chunk, constraints: TaskConstraints): boolean {
  const columns = rowColumns(chunk);
  if (!columns.task) return false;
  if (constraints.body) {
    const cell = columns[constraints.body.role];
    if (!cell || !bodiesOf(cell).some((name) => name === constraints.body!.name || name.startsWith(`${constraints.body!.name} `))) return false;
  }
  if (constraints.year) {
    const deadline = columns.deadline ?? '';
    if (constraints.quarter ? !dueInQuarter(deadline, constraints.quarter, constraints.year) : !completesIn(deadline, constraints.year)) return false;
  }
  return true;
}

/**
 * True when the deadline has the task done in `year`: "Năm 2026", "Hoàn thành năm 2026", "trước 30/6/2026" —
 * not a task that only starts then ("bắt đầu triển khai từ năm 2026").
 */
export function completesIn(deadline: string, year: string): boolean {
  const folded = foldedWords(deadline);
  let at = folded.indexOf(year);
  while (at >= 0) {
    const before = folded.slice(Math.max(0, at - 30), at);
    if (!/\b(tu|bat dau)( nam)?\s*$/.test(before) && !/\b(tu|bat dau)\b[^,;]*$/.test(before)) return true;
    at = folded.indexOf(year, at + year.length);
  }
  return false;
}

/** "Quý IV/2026", "quý 4 năm 2026", "trước 30/11/2026" (a date in that quarter). */
export function dueInQuarter(deadline: string, quarter: number, year: string): boolean {
  const folded = foldedWords(deadline);
  const named = new RegExp(`\\bquy (${Object.keys(ROMAN).find((key) => ROMAN[key] === quarter)}|${quarter})\\b[^0-9]{0,8}${year}\\b`).test(folded);
  if (named) return true;
  const date = /\b(\d{1,2}) (\d{1,2}) (20\d\d)\b/.exec(folded);
  return Boolean(date && date[3] === year && Math.ceil(Number(date[2]) / 3) === quarter);
}
