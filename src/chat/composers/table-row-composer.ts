/**
 * A table row with one column per year, read as a sentence: each year paired with its value ("năm 2022: 1.000;
 * năm 2023: 100 …"), the year asked first, and the table's printed total named when the question asks for it —
 * instead of a run of bare numbers under a label.
 */
import type { Chunk } from '../../core/types';
import { PassageNumbering } from '../passage-numbering';
import { retrievalConfidence } from '../retrieval-confidence';
import { termSet } from '../term-weights';
import type { Candidate, ComposeContext, Composer } from './composer';
import { spelledOut } from '../vocabulary';
import { readableChunks } from './document-scope';
import { rowTitle } from './document-outline';

const TOP_HITS = 3;
const YEAR = /\b((?:19|20)\d{2})\b/u;
const TOTAL_ROW = /^tổng( cộng| số)?$/iu;
const ASKS_TOTAL = /\btong( cong| so| kinh phi| muc| von)?\b/;

interface YearCell {
  year: string;
  value: string;
  /** The label without its year: "Kinh phí (triệu đồng)". */
  measure: string;
}

/** The row's year columns in column order; empty when it has fewer than two. */
export function yearCells(chunk: Chunk): YearCell[] {
  const cells: YearCell[] = [];
  for (const [label, value] of Object.entries(chunk.fields ?? {})) {
    const year = YEAR.exec(label)?.[1];
    if (year && value.trim()) cells.push({ year, value: value.trim(), measure: label.replace(YEAR, '').replace(/\s+/gu, ' ').trim() });
  }
  return cells;
}

export const tableRowComposer: Composer = {
  name: 'table-row',
  compose(context) {
    // The best-ranked row decides: a project row above a budget row asks about the project.
    const row = context.hits.slice(0, TOP_HITS).map((hit) => hit.chunk).find((chunk) => chunk.kind === 'table-row');
    if (!row || yearCells(row).length === 0) return [];
    // Year columns carry amounts: a question after who does a task (and when) is not asking for them.
    if (asksWhoNotAmount(context)) return [];
    // "Tổng kinh phí" of a row the question names is that row's; of the plan, the table's printed total.
    const total = ASKS_TOTAL.test(context.analysis.folded) && !coversQuestion(context, row) ? totalRowOf(context, row) : undefined;
    const numbering = new PassageNumbering();
    const asked = context.analysis.folded.match(/\b(?:19|20)\d{2}\b/gu) ?? [];
    const lines = [rowSentence(total ?? row, asked, numbering)];
    const candidate: Candidate = { kind: 'table-row', answer: lines.join(' '), passages: numbering.passages, score: retrievalConfidence(context.terms.profile, [...numbering.passages], context.terms.weight).score };
    return [candidate];
  },
};

/** "Mua sắm máy vi tính mới — kinh phí (triệu đồng): năm 2021: 310; năm 2022: 200 [n]." The years asked first. */
export function rowSentence(row: Chunk, askedYears: readonly string[], numbering: PassageNumbering): string {
  const cells = yearCells(row);
  const first = cells.filter((cell) => askedYears.includes(cell.year));
  const others = cells.filter((cell) => !askedYears.includes(cell.year));
  const measure = lowerFirst(cells[0]!.measure);
  const title = rowTitle(row);
  const name = TOTAL_ROW.test(title) ? `Tổng cộng ${measure}` : `${title} — ${measure}`;
  const pairs = (list: YearCell[]) => list.map((cell) => `năm ${cell.year}: ${cell.value}`).join('; ');
  const values = first.length > 0 && others.length > 0 ? `${pairs(first)} (các năm khác: ${pairs(others)})` : pairs([...first, ...others]);
  return `${name}: ${values} [${numbering.number(row)}].`;
}

/** The printed total row of the table a row belongs to (same document, same section above the row number). */
function totalRowOf(context: ComposeContext, row: Chunk): Chunk | undefined {
  const table = row.section.split(' › ').slice(0, -1).join(' › ') || row.section;
  return readableChunks(context, row.docId).find((chunk) => chunk.kind === 'table-row' && TOTAL_ROW.test(rowTitle(chunk)) && chunk.section.startsWith(table) && yearCells(chunk).length > 0);
}

/** The row itself is what the question names (its content words are in the question), not only its table. */
function coversQuestion(context: ComposeContext, row: Chunk): boolean {
  const title = termSet(rowTitle(row));
  const question = termSet(spelledOut(context.analysis.text));
  const content = [...title].filter((term) => !term.includes('_'));
  return content.filter((term) => question.has(term)).length >= Math.max(2, Math.ceil(content.length / 2));
}

function asksWhoNotAmount(context: ComposeContext): boolean {
  const { wants } = context.analysis;
  const who = wants.some((fact) => fact === 'agency' || fact === 'lead_agency' || fact === 'partner_agency');
  return who && !wants.some((fact) => fact === 'budget' || fact === 'percent' || fact === 'count');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
