/** Tables a PDF flattened to one cell (or one wrapped cell line) per line: header detection and row regrouping. */
import { assignFlowColumns, assignPatternColumns } from './flattened-cells';
import type { PlanLine } from './plan-lines';
import { alignYearAmounts } from './year-amounts';
import type { ParsedTable, TableGroup, TableRow } from './table-rows';

const HEADER_START = /^(?:stt|tt)\s+(?:nội dung|nhiệm vụ|tên)/iu;
const KNOWN_LABELS = [
  'Nội dung, nhiệm vụ', 'Tên nhiệm vụ', 'Nhiệm vụ', 'Nội dung',
  'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
  'Sản phẩm đầu ra', 'Thời gian hoàn thành', 'Thời hạn hoàn thành', 'Thời gian thực hiện', 'Thời gian',
  'Ghi chú', 'Loại dự án', 'Kinh phí dự kiến (Triệu đồng)', 'Dự toán kinh phí', 'Tổng kinh phí', 'Nguồn vốn', 'Trung hạn', 'Khác',
];
const GROUP_LINE = /^([IVXLC]+)\s+(\S.*)$/u;
const NUMBER_LINE = /^(\d{1,3}(?:\.\d{1,2})?)(?:\s+(\S.*))?$/u;
const PAGE_NUMBER = /^\d{1,3}$/u;
const LETTER_LINE = /^([a-zđ])\s+(\S.*)$/u;
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** A numbered heading, signature or closing that ends a flattened table. */
const TABLE_END = /^(?:[IVXLC]+\.\s+\S|\d+\.\s+\p{Lu}|nơi nhận|tm\.|kt\.)/iu;

export function isFlattenedTableStart(line: string): boolean {
  return HEADER_START.test(line.trim()) && !line.includes('\t');
}

/** Reads the column labels from the header lines ("STT Nhiệm vụ", "Cơ quan", "chủ trì", …). */
export function parseHeaderLabels(text: string): string[] {
  const labels: string[] = [];
  let rest = text.replace(/\s+/gu, ' ').replace(/^(?:stt|tt)\s*/iu, '').trim();
  while (rest) {
    const known = KNOWN_LABELS.find((label) => rest.toLowerCase().startsWith(label.toLowerCase()));
    const year = /^20\d\d\b/u.exec(rest);
    const taken = known ? rest.slice(0, known.length) : year ? year[0] : undefined;
    if (taken) {
      labels.push(taken);
      rest = rest.slice(taken.length).trim();
      continue;
    }
    const word = /^\S+/u.exec(rest)![0];
    if (labels.length > 0 && !/^20\d\d$/u.test(labels[labels.length - 1]!)) labels[labels.length - 1] += ` ${word}`;
    else labels.push(word);
    rest = rest.slice(word.length).trim();
  }
  return labels;
}

interface RawRow {
  group?: TableGroup;
  number: string;
  lines: PlanLine[];
}

/**
 * Parses a flattened table starting at `lines[start]` (its "STT …" header line).
 * Returns the parsed rows and the index just past the table.
 */
export function parseFlattenedTable(lines: PlanLine[], start: number): { table: ParsedTable; end: number } {
  const warnings: string[] = [];
  let index = start + 1;
  let headerText = lines[start]!.text;
  while (index < lines.length && !isRowStart(lines[index]!.text, '0', '') && !GROUP_LINE.test(lines[index]!.text)) {
    headerText += ` ${lines[index]!.text}`;
    index++;
  }
  const labels = parseHeaderLabels(headerText);
  let headerRowsDropped = 0;
  const rawRows: RawRow[] = [];
  let group: TableGroup | undefined;
  let lastNumber = '0';
  let lastLetter = '';
  let current: RawRow | undefined;
  // Task tables (with an output column) never hold a bare number in a cell: one that is not the next row number is a page number.
  const flowing = labels.some((label) => /sản phẩm/iu.test(label));
  let pageBreakPending = false;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (TABLE_END.test(text)) break;
    if (isFlattenedTableStart(text) && parseHeaderLabels(text).length > 0 && rawRows.length > 0) {
      // A header repeated after a page break: skip its lines up to the next row.
      headerRowsDropped++;
      while (index + 1 < lines.length && !isRowStart(lines[index + 1]!.text, lastNumber, lastLetter) && !GROUP_LINE.test(lines[index + 1]!.text)) index++;
      if (lines[index + 1]) lines[index + 1] = { ...lines[index + 1]!, pageBreakBefore: true };
      continue;
    }
    if (/^tổng cộng/iu.test(text)) {
      current = { number: '', lines: [{ ...line, text: text }] };
      rawRows.push(current);
      continue;
    }
    const groupMatch = GROUP_LINE.exec(text);
    if (groupMatch && !NUMBER_LINE.test(text)) {
      group = { label: groupMatch[1]!, text: groupMatch[2]!.trim() };
      lastNumber = '0';
      lastLetter = '';
      current = undefined;
      continue;
    }
    const rowStart = isRowStart(text, lastNumber, lastLetter);
    if (flowing && !rowStart && PAGE_NUMBER.test(text)) {
      pageBreakPending = true;
      continue;
    }
    const marked = pageBreakPending ? { ...line, pageBreakBefore: true } : line;
    pageBreakPending = false;
    if (rowStart) {
      if (rowStart.letter) lastLetter = rowStart.number;
      else {
        lastNumber = rowStart.number;
        lastLetter = '';
      }
      const number = rowStart.letter && lastNumber !== '0' ? `${lastNumber}.${rowStart.number}` : rowStart.number;
      current = { number, lines: [] };
      if (group) current.group = group;
      if (rowStart.rest) current.lines.push({ ...marked, text: rowStart.rest });
      else current.lines.push({ ...marked, text: '' });
      rawRows.push(current);
      continue;
    }
    if (!current) {
      // A group with a single unnumbered task (000 Phụ lục VIII).
      current = { number: '', lines: [] };
      if (group) current.group = group;
      rawRows.push(current);
    }
    current.lines.push(marked);
  }
  const rows: TableRow[] = rawRows.map((raw) => toRow(raw, labels, warnings));
  alignYearAmounts(rows);
  return { table: { rows: rows.filter((row) => row.cells.length > 0), warnings, headerRowsDropped }, end: index };
}

function isRowStart(text: string, lastNumber: string, lastLetter: string): { number: string; rest: string; letter: boolean } | undefined {
  const trimmed = text.trim();
  const number = NUMBER_LINE.exec(trimmed);
  if (number) {
    const value = number[1]!;
    const expected = String(Number(lastNumber.split('.')[0]) + 1);
    const rest = number[2] ?? '';
    if (rest && !/^\p{Lu}/u.test(rest)) return undefined;
    if (value === expected || value === '1' || value.startsWith(`${lastNumber.split('.')[0]}.`)) return { number: value, rest, letter: false };
    return undefined;
  }
  const letter = LETTER_LINE.exec(trimmed);
  if (letter && /^\p{Lu}/u.test(letter[2]!)) {
    const expected = LETTERS[lastLetter ? LETTERS.indexOf(lastLetter) + 1 : 0];
    if (letter[1] === expected) return { number: letter[1]!, rest: letter[2]!, letter: true };
  }
  return undefined;
}

function toRow(raw: RawRow, labels: string[], warnings: string[]): TableRow {
  const lines = raw.lines.filter((line) => line.text.trim());
  const first = raw.lines[0]!;
  const last = raw.lines[raw.lines.length - 1]!;
  const row: TableRow = { number: raw.number, cells: [], lineStart: first.lineStart, lineEnd: last.lineEnd };
  if (raw.group) row.group = raw.group;
  const flowing = labels.some((label) => /sản phẩm/iu.test(label));
  row.cells = flowing ? assignFlowColumns(lines, labels) : assignPatternColumns(lines, labels);
  if (row.cells.length === 0 && lines.length > 0) warnings.push(`dòng ${row.lineStart}: không tách được các ô của hàng ${raw.number}`);
  return row;
}
