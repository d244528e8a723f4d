/**
 * Appendix task rows read by their columns (task, lead body, partners, deadline), and the constraints a staff
 * list question puts on them: the body that leads (or partners on) a task, the year or quarter it is due.
 */
import type { Chunk } from '../../core/types';
import { isFunctionWord } from '../term-weights';
import { foldedWords } from '../vocabulary';

export interface RowColumns {
  task?: string;
  lead?: string;
  partner?: string;
  deadline?: string;
  /** The value a target row sets ("Mục tiêu: 95%"). */
  target?: string;
}

export function rowColumns(chunk: Chunk): RowColumns {
  const columns: RowColumns = {};
  for (const [label, value] of Object.entries(chunk.fields ?? {})) {
    const key = foldedWords(label);
    if (!columns.task && /( nhiem vu | noi dung | ten )/.test(key) && !/( hoan thanh | dang trien khai | theo ke hoach )/.test(key)) columns.task = value;
    else if (!columns.lead && / chu tri /.test(key)) columns.lead = value;
    else if (!columns.partner && / phoi hop /.test(key)) columns.partner = value;
    else if (!columns.deadline && /( thoi (gian|han) | hoan thanh | tien do )/.test(key)) columns.deadline = value;
    else if (!columns.target && /^ (muc tieu|chi tieu|gia tri) $/.test(key)) columns.target = value;
  }
  return columns;
}

export interface TaskConstraints {
  /** Folded name of the body asked about ("so noi vu"), and whether as lead or as partner. */
  body?: { name: string; role: 'lead' | 'partner' };
  year?: string;
  /** Quarter asked, 1–4, with `year`. */
  quarter?: number;
  /** The year is when tasks start ("triển khai từ năm 2026"), not when they are done. */
  starting?: boolean;
  /** A deadline the rows themselves print, named whole by the question ("sau khi Bộ Nội vụ ban hành"). */
  deadline?: string;
  /** The group heading (I., II. …) of the appendix the question names: its section path. */
  group?: string;
  /** No partner asked for ("không cần đơn vị phối hợp"): rows whose partner cell is empty. */
  noPartner?: boolean;
}

/** A group heading is named when the question holds this share of its content syllables (and at least two). */
const GROUP_MATCH = 0.6;
const GROUP_HEADING = /^[IVX]+\.\s/u;
const STARTS = /\b(tu|bat dau)( trien khai| thuc hien)?( tu)?( nam)? $/;
const NO_PARTNER = /\bkhong (co )?(co quan |don vi )?phoi hop\b/;

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
  // A deadline the rows print, named whole ("theo lộ trình của cơ quan có thẩm quyền"), is the constraint itself.
  const deadline = deadlineNamed(question, rows);
  if (deadline) constraints.deadline = deadline;
  // "kế hoạch chuyển đổi số năm 2026" names the plan; the year a task is due stands apart from it.
  const unnamed = folded.replace(PLAN_NAME_YEAR, ' ');
  const year = deadline ? undefined : /\b(20\d\d)\b/.exec(unnamed);
  if (year && !constraints.year) {
    constraints.year = year[1];
    if (STARTS.test(unnamed.slice(0, year.index))) constraints.starting = true;
  }
  const group = groupNamed(question, rows);
  if (group) constraints.group = group;
  if (NO_PARTNER.test(folded)) constraints.noPartner = true;
  const role = /\bphoi hop\b/.test(folded.replace(NO_PARTNER, ' ')) && !/\bchu tri\b/.test(folded) ? 'partner' : 'lead';
  const names = new Set(rows.flatMap((row) => bodiesOf(rowColumns(row)[role] ?? '')));
  const named = [...names].filter((name) => question.includes(` ${name} `)).sort((left, right) => right.length - left.length)[0];
  if (named) constraints.body = { name: named, role };
  // "X chủ trì …" about a body no row names: no row answers, whatever the year.
  else if (/\b(chu tri|phoi hop)\b/.test(folded.replace(NO_PARTNER, ' '))) return undefined;
  return constraints.body || constraints.year || constraints.deadline || constraints.group || constraints.noPartner ? constraints : undefined;
}

/** The section path of a row's group: the headings above its number, ending at a numbered heading (I., II. …). */
export function groupOf(chunk: Chunk): string | undefined {
  const path = chunk.section.split(' › ').slice(0, -1);
  return path.length > 0 && GROUP_HEADING.test(path.at(-1)!) ? path.join(' › ') : undefined;
}

/**
 * The group whose heading the question names best, if one is named: most of the heading's word pairs ("nhận
 * thức", not "nhận" and "thức" found apart), a pair that many headings share ("chuyển đổi") weighing less.
 */
function groupNamed(question: string, rows: readonly Chunk[]): string | undefined {
  const asked = new Set(pairsOf(question));
  const groups = [...new Set(rows.map(groupOf).filter((path): path is string => Boolean(path)))].map((group) => ({
    group,
    pairs: [...new Set(pairsOf(foldedWords(group.split(' › ').at(-1)!.replace(GROUP_HEADING, '').replace(/…/gu, ' '))))],
  }));
  const headings = new Map<string, number>();
  for (const { pairs } of groups) for (const pair of pairs) headings.set(pair, (headings.get(pair) ?? 0) + 1);
  const weight = (pair: string) => 1 / (headings.get(pair) ?? 1);
  let best: { group: string; share: number } | undefined;
  for (const { group, pairs } of groups) {
    const total = pairs.reduce((sum, pair) => sum + weight(pair), 0);
    const found = pairs.filter((pair) => asked.has(pair));
    const share = total === 0 ? 0 : found.reduce((sum, pair) => sum + weight(pair), 0) / total;
    if (found.length >= 1 && share >= GROUP_MATCH && (!best || share > best.share)) best = { group, share };
  }
  return best?.group;
}

/** Adjacent word pairs of a folded text, but for pairs of two function words. */
function pairsOf(folded: string): string[] {
  const words = folded.trim().split(' ').filter(Boolean);
  return words.slice(1).map((word, index) => [words[index]!, word]).filter(([left, right]) => !isFunctionWord(left!) || !isFunctionWord(right!)).map((pair) => pair.join(' '));
}

/**
 * The longest worded deadline cell (two words or more, no date: "sau khi Bộ Nội vụ ban hành") the question
 * contains whole. A dated deadline ("Hoàn thành năm 2026") is read by its year, which also finds other wordings.
 */
function deadlineNamed(question: string, rows: readonly Chunk[]): string | undefined {
  const cells = new Set(rows.map((row) => foldedWords(rowColumns(row).deadline ?? '').trim()).filter((cell) => cell.split(' ').length >= 2 && !/\d/.test(cell)));
  return [...cells].filter((cell) => question.includes(` ${cell} `)).sort((left, right) => right.length - left.length)[0];
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
  if (constraints.group && groupOf(chunk) !== constraints.group) return false;
  if (constraints.noPartner && columns.partner?.trim()) return false;
  if (constraints.deadline && !foldedWords(columns.deadline ?? '').includes(` ${constraints.deadline} `)) return false;
  // A year cannot sort rows that print no time (a group of targets); the group then decides.
  if (constraints.year && (columns.deadline !== undefined || !constraints.group)) {
    const deadline = columns.deadline ?? '';
    if (constraints.starting) return startsIn(deadline, constraints.year);
    if (constraints.quarter ? !dueInQuarter(deadline, constraints.quarter, constraints.year) : !completesIn(deadline, constraints.year)) return false;
  }
  return true;
}

/** True when the deadline has the task start in `year`: "Triển khai từ năm 2026", "bắt đầu triển khai từ năm 2026". */
export function startsIn(deadline: string, year: string): boolean {
  return new RegExp(`\\b(tu|bat dau)\\b[^,;]*\\b${year}\\b`).test(foldedWords(deadline));
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
