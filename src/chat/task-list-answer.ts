/** Task lists from appendix rows: "những nhiệm vụ Sở Nội vụ chủ trì hoàn thành năm 2026". */
import type { Chunk, SearchHit } from '../core/types';
import { foldDiacritics } from '../text/fold';
import { withMarker } from './extractive-answer';
import type { PassageNumbering } from './passage-numbering';
import type { QuestionAnalysis } from './question-analysis';

const MAX_TASKS = 10;
const TASK_WORDS = 20;
const PARTNER_WORDS = 12;

interface RowColumns {
  task?: string;
  lead?: string;
  partner?: string;
  deadline?: string;
}

function fold(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function rowColumns(chunk: Chunk): RowColumns {
  const columns: RowColumns = {};
  for (const [label, value] of Object.entries(chunk.fields ?? {})) {
    const key = fold(label);
    if (!columns.task && /nhiem vu|noi dung/.test(key) && !/hoan thanh|theo ke hoach/.test(key)) columns.task = value;
    else if (!columns.lead && /chu tri/.test(key)) columns.lead = value;
    else if (!columns.partner && /phoi hop/.test(key)) columns.partner = value;
    else if (!columns.deadline && /thoi (gian|han)|hoan thanh|tien do/.test(key)) columns.deadline = value;
  }
  return columns;
}

/** Rows whose lead body is named in the question and whose deadline carries the question's years. */
export function matchingRows(analysis: QuestionAnalysis, hits: SearchHit[]): Chunk[] {
  const years = analysis.folded.match(/\b20\d{2}\b/g) ?? [];
  const asksLead = /\bchu tri\b/.test(analysis.folded);
  const question = ` ${analysis.folded.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const rows: Chunk[] = [];
  for (const { chunk } of hits) {
    if (chunk.kind !== 'table-row') continue;
    const columns = rowColumns(chunk);
    if (!columns.task) continue;
    if (asksLead) {
      if (!columns.lead) continue;
      const leads = columns.lead.split(/[;,]| và /).map((lead) => fold(lead).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter(Boolean);
      if (!leads.some((lead) => lead.split(' ').length >= 2 && question.includes(` ${lead} `))) continue;
    }
    if (years.length > 0 && !years.every((year) => completesIn(columns.deadline ?? '', year))) continue;
    if (analysis.provinces.length > 0 && chunk.province && !analysis.provinces.includes(chunk.province)) continue;
    rows.push(chunk);
  }
  return rows;
}

/**
 * True when the deadline has the task done in `year`: "Năm 2026", "Hoàn thành năm 2026", "trước 30/6/2026" —
 * not a task that only starts then ("bắt đầu triển khai từ năm 2026").
 */
export function completesIn(deadline: string, year: string): boolean {
  const folded = fold(deadline);
  let at = folded.indexOf(year);
  while (at >= 0) {
    const before = folded.slice(Math.max(0, at - 30), at);
    if (!/\b(tu|bat dau)( nam)?\s*$/.test(before) && !/\b(tu|bat dau)\b[^,;]*$/.test(before)) return true;
    at = folded.indexOf(year, at + year.length);
  }
  return false;
}

/** "- (Tỉnh) Nhiệm vụ — chủ trì …; phối hợp …; hoàn thành … [n]." for each matching row, across the plans in scope. */
export function composeTaskList(rows: Chunk[], numbering: PassageNumbering): string | undefined {
  if (rows.length === 0) return undefined;
  const ordered = [...rows].sort((left, right) => rows.findIndex((row) => row.docId === left.docId) - rows.findIndex((row) => row.docId === right.docId));
  const lines = ordered.slice(0, MAX_TASKS).map((row) => {
    const columns = rowColumns(row);
    const parts = [
      firstWords(columns.task!.split(/;\s/u)[0]!, TASK_WORDS),
      [
        columns.lead ? `chủ trì ${tidy(columns.lead)}` : '',
        // The list's own separator is "; ", so a partner list's semicolons become commas.
        columns.partner ? `phối hợp ${firstWords(tidy(columns.partner).replace(/;\s*/gu, ', '), PARTNER_WORDS)}` : '',
        columns.deadline ? `hoàn thành ${lowerFirst(tidy(columns.deadline)).replace(/^hoàn thành\s+/u, '')}` : '',
      ].filter(Boolean).join('; '),
    ];
    const place = row.province ? `(${row.province}) ` : '';
    return `- ${withMarker(`${place}${parts.filter(Boolean).join(' — ')}`, numbering.number(row))}`;
  });
  const intro = 'Các nhiệm vụ phù hợp trong phụ lục các kế hoạch:';
  const more = rows.length > MAX_TASKS ? ['- … và các nhiệm vụ khác trong phụ lục (xem tài liệu nguồn).'] : [];
  return [intro, ...lines, ...more].join('\n');
}

function tidy(text: string): string {
  return text.replace(/[.;,\s]+$/u, '').trim();
}

// Common deadline openings read lower-case after "hoàn thành"; names such as "Quý IV/2026" keep their capital.
function lowerFirst(text: string): string {
  return /^(Năm|Nhiệm vụ|Thường xuyên|Hoàn thành|Theo|Sau khi|Trước|Trong)\s/u.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

function firstWords(text: string, limit: number): string {
  const words = tidy(text).split(/\s+/u);
  return words.length <= limit ? words.join(' ') : `${words.slice(0, limit).join(' ')} …`;
}
