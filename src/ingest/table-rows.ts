/** Task and indicator tables → one labelled ChunkDraft per row; parses tab-separated tables. */
import type { ChunkDraft, SourceEntry } from '../core/types';
import { PATH_SEPARATOR, shortenHeading } from './heading-path';
import type { PlanLine } from './plan-lines';

export interface TableGroup {
  label: string;
  text: string;
}

export interface TableRow {
  group?: TableGroup;
  /** Row number as printed (1, 1.1, a…), or the ordinal when the table has none. */
  number: string;
  /** Labelled cells in column order; empty cells are left out. */
  cells: Array<[string, string]>;
  lineStart: number;
  lineEnd: number;
}

export interface ParsedTable {
  rows: TableRow[];
  warnings: string[];
  headerRowsDropped: number;
}

const NUMBER_LABEL = /^(?:stt|tt|số tt)$/iu;
const ROMAN = /^[IVXLC]+\.?$/u;
export const DEADLINE_START = /^(?:nhiệm vụ thường xuyên|nhiệm vụ$|năm 20\d\d|trong năm|hoàn thành|theo lộ trình|sau khi|quý [IV\d]+|thường xuyên|hằng năm|hàng năm|triển khai từ|20\d\d)/iu;

function joinCell(left: string, right: string): string {
  if (!left) return right;
  if (!right) return left;
  return `${left} ${right}`;
}

/** Parses a run of tab-separated lines: header, group rows, rows continued after a page break. */
export function parseTabTable(lines: PlanLine[]): ParsedTable {
  const warnings: string[] = [];
  const first = lines[0];
  if (!first) return { rows: [], warnings, headerRowsDropped: 0 };
  const firstCells = first.text.split('\t').map((cell) => cell.trim());
  const hasHeader = firstCells.every((cell) => !/^[\d.,%]+$/u.test(cell)) && !ROMAN.test(firstCells[0] ?? '');
  const header = hasHeader ? firstCells : firstCells.map((_cell, index) => `Cột ${index + 1}`);
  const numbered = NUMBER_LABEL.test(header[0] ?? '');
  const rows: TableRow[] = [];
  let group: TableGroup | undefined;
  for (const line of hasHeader ? lines.slice(1) : lines) {
    const cells = line.text.split('\t').map((cell) => cell.trim());
    const filled = cells.filter(Boolean).length;
    const previous = rows[rows.length - 1];
    if (numbered && !cells[0] && previous && filled > 0) {
      // A row broken by a page: its tail arrives with an empty number cell.
      const merged = new Map(previous.cells);
      cells.forEach((cell, index) => {
        const label = header[index];
        if (index === 0 || !cell || !label) return;
        merged.set(label, joinCell(merged.get(label) ?? '', cell));
      });
      previous.cells = header.slice(1).filter((label) => merged.get(label)).map((label) => [label, merged.get(label)!]);
      previous.lineEnd = line.lineEnd;
      continue;
    }
    if (numbered && ROMAN.test(cells[0] ?? '') && filled <= 2) {
      group = { label: cells[0]!.replace(/\.$/u, ''), text: cells[1] ?? '' };
      continue;
    }
    if (!numbered && filled === 1 && cells.length > 2 && cells[0]) {
      group = { label: '', text: cells[0] };
      continue;
    }
    const number = numbered ? (cells[0] ?? '').replace(/\.$/u, '') : String(rows.length + 1);
    const valueCells = numbered ? cells.slice(1) : cells;
    const labels = numbered ? header.slice(1) : header;
    fixShiftedDeadline(valueCells, labels);
    const row: TableRow = { number, cells: [], lineStart: line.lineStart, lineEnd: line.lineEnd };
    if (group) row.group = group;
    valueCells.forEach((cell, index) => {
      if (cell) row.cells.push([labels[index] ?? `Cột ${index + 1}`, cell]);
    });
    if (valueCells.length > labels.length) warnings.push(`dòng ${line.lineStart}: hàng có nhiều ô hơn tiêu đề`);
    rows.push(row);
  }
  return { rows, warnings, headerRowsDropped: 0 };
}

/** A deadline typed one cell too early (last cell empty) is moved to the deadline column. */
function fixShiftedDeadline(cells: string[], labels: string[]): void {
  const last = labels.length - 1;
  if (last < 1 || !/^thời (?:gian|hạn)/iu.test(labels[last] ?? '')) return;
  if (cells[last] || !DEADLINE_START.test(cells[last - 1] ?? '')) return;
  cells[last] = cells[last - 1]!;
  cells[last - 1] = '';
}

export interface RowContext {
  source: SourceEntry;
  /** Heading path of the table (e.g. the appendix title). */
  section: string;
}

/** Builds the chunk of one row: group heading and number first, then "Label: value" per column. */
export function tableRowDraft(row: TableRow, context: RowContext): ChunkDraft {
  const groupText = row.group ? shortenHeading(`${row.group.label ? `${row.group.label}. ` : ''}${row.group.text}`) : '';
  const prefix = [groupText, row.number ? `${row.number}.` : ''].filter(Boolean).join(PATH_SEPARATOR);
  const labelled = row.cells.map(([label, value]) => `${label}: ${value.replace(/[.;,]+$/u, '')}.`).join('\n');
  // The row as printed (cells in order) follows the labelled lines, so a passage quoted across
  // short cells ("… tôn giáo 2022 Ban Tôn giáo …") is still found word for word.
  const printed = row.cells.length > 1 ? `\n(${row.cells.map(([, value]) => value.replace(/[.;,]+$/u, '')).join(' | ')})` : '';
  const body = labelled + printed;
  const section = [context.section, groupText, row.number].filter(Boolean).join(PATH_SEPARATOR);
  const draft: ChunkDraft = {
    docId: context.source.id,
    title: context.source.title,
    section,
    lineStart: row.lineStart,
    lineEnd: row.lineEnd,
    scope: context.source.scope,
    kind: 'table-row',
    text: prefix ? `${prefix}\n${body}` : body,
    fields: Object.fromEntries(row.cells),
  };
  if (context.source.province) draft.province = context.source.province;
  if (context.source.url) draft.url = context.source.url;
  return draft;
}
