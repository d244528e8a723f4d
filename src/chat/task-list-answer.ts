/** Task lists from appendix rows: "những nhiệm vụ Sở Nội vụ chủ trì hoàn thành năm 2026". */
import type { Chunk, SearchHit } from '../core/types';
import { foldDiacritics } from '../text/fold';
import { withMarker } from './extractive-answer';
import type { PassageNumbering } from './passage-numbering';
import type { QuestionAnalysis } from './question-analysis';
import { trimSentence } from './sentence-trim';

const MAX_TASKS = 8;
const TASK_WORDS = 22;

interface RowColumns {
  task?: string;
  lead?: string;
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
    if (years.length > 0 && !years.every((year) => (columns.deadline ?? '').includes(year))) continue;
    if (analysis.provinces.length > 0 && chunk.province && !analysis.provinces.includes(chunk.province)) continue;
    rows.push(chunk);
  }
  return rows;
}

export function composeTaskList(rows: Chunk[], numbering: PassageNumbering): string | undefined {
  if (rows.length === 0) return undefined;
  const lines = rows.slice(0, MAX_TASKS).map((row) => {
    const columns = rowColumns(row);
    const task = trimSentence(columns.task!, { maxWords: TASK_WORDS, queryTerms: [], weight: () => 0 });
    const deadline = columns.deadline ? ` (thời hạn: ${columns.deadline.replace(/[.;]+$/, '')})` : '';
    return `- ${withMarker(`${task.replace(/[.;:]+$/, '')}${deadline}`, numbering.number(row))}`;
  });
  const intro = 'Các nhiệm vụ phù hợp trong phụ lục kế hoạch:';
  const more = rows.length > MAX_TASKS ? ['- … và các nhiệm vụ khác trong phụ lục (xem tài liệu nguồn).'] : [];
  return [intro, ...lines, ...more].join('\n');
}
