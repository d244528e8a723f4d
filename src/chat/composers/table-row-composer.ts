/**
 * A table row read as sentences. A row with one column per year: each year paired with its value ("năm 2022: 1.000;
 * năm 2023: 100 …"), the year asked first, and the table's printed total named when the question asks for it —
 * instead of a run of bare numbers under a label. Any other row: its task, then "Header: value" for each column
 * the question asks for (row-columns.ts), whatever order the question names them in.
 */
import type { Chunk } from '../../core/types';
import { PassageNumbering } from '../passage-numbering';
import { retrievalConfidence } from '../retrieval-confidence';
import { termSet } from '../term-weights';
import type { Candidate, ComposeContext, Composer } from './composer';
import { spelledOut } from '../vocabulary';
import { readableChunks } from './document-scope';
import { rowTitle } from './document-outline';
import { firstWords } from './outline-lines';
import { askedColumns, type AskedColumn } from './row-columns';
import { factPresence } from '../fact-presence';
import { trimSentence } from '../sentence-trim';

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
    if (year && value.trim()) cells.push({ year, value: value.trim(), measure: label.replace(YEAR, '').replace(/\s+(?:năm|nam)\s*$/iu, '').replace(/\s+/gu, ' ').trim() });
  }
  return cells;
}

export const tableRowComposer: Composer = {
  name: 'table-row',
  compose(context) {
    // The best-ranked row decides: a project row above a budget row asks about the project. The same task printed
    // in another table (its budget table, its project list) stands in when that one holds the columns asked.
    const rows = context.hits.slice(0, TOP_HITS).map((hit) => hit.chunk).filter((chunk) => chunk.kind === 'table-row');
    const best = rows.length > 0 ? bestRow(rows, context) : undefined;
    if (!best) return [];
    // "Tổng kinh phí … năm 2021" of the plan, not of a row the question names: the printed total of the plan's
    // table with one column per year, wherever retrieval ranked it.
    const planTotal = ASKS_TOTAL.test(context.analysis.folded) && !coversQuestion(context, best) ? documentTotal(context, best) : undefined;
    const row = planTotal ?? best;
    const numbering = new PassageNumbering();
    let answer: string;
    // A row's year columns are amounts in the unit their header names ("Kinh phí (triệu đồng)"); other columns must state the quantity asked.
    let presence = 1;
    if (yearCells(row).length > 0) {
      // Year columns carry amounts: a question after who does a task (and when) is not asking for them.
      if (asksWhoNotAmount(context)) return [];
      // "Tổng kinh phí" of a row the question names is that row's; of the plan, the table's printed total.
      const total = ASKS_TOTAL.test(context.analysis.folded) && !coversQuestion(context, row) ? totalRowOf(context, row) : undefined;
      const asked = context.analysis.folded.match(/\b(?:19|20)\d{2}\b/gu) ?? [];
      answer = rowSentence(total ?? row, asked, numbering);
    } else {
      const columns = askedColumns(row, context.analysis);
      if (columns.length === 0) return [];
      answer = columnSentences(row, columns, numbering, (text, words) => trimSentence(text, { maxWords: words, queryTerms: [...context.terms.profile.unigrams, ...context.terms.profile.bigrams], weight: context.terms.weight }));
      presence = factPresence(context.analysis.folded, answer);
    }
    // Evidence: the question's terms in the row, and the quantity asked actually stated.
    const score = retrievalConfidence(context.terms.profile, [...numbering.passages], context.terms.weight).score * presence;
    const candidate: Candidate = { kind: 'table-row', answer, passages: numbering.passages, score };
    return [candidate];
  },
};

/** Words of a row's title shown before its columns. */
const TITLE_WORDS = 36;
/** Share of the top row's title terms another row must share to be the same task. */
const SAME_TASK = 0.6;

/**
 * The top row, or a row of the same task (its title much the same) that holds more of the columns asked: "loại
 * dự án" and "dự toán" are in a project list, not in the budget table where the task ranks first.
 */
function bestRow(rows: Chunk[], context: ComposeContext): Chunk {
  const top = rows[0]!;
  const topTitle = termSet(rowTitle(top));
  const asked = (row: Chunk) => (yearCells(row).length > 0 ? 1 : askedColumns(row, context.analysis).length);
  let best = { row: top, count: asked(top) };
  for (const row of rows.slice(1)) {
    const title = termSet(rowTitle(row));
    const shared = [...topTitle].filter((term) => title.has(term)).length / Math.max(topTitle.size, title.size, 1);
    if (shared < SAME_TASK) continue;
    const count = asked(row);
    if (count > best.count) best = { row, count };
  }
  return best.row;
}

/** "Loại dự án: Dự án chuyển tiếp [1]. Nội dung, nhiệm vụ: Xây dựng … [1]." — each column asked, then the row's task. */
export function columnSentences(row: Chunk, columns: readonly AskedColumn[], numbering: PassageNumbering, cut: (text: string, words: number) => string = firstWords): string {
  const n = numbering.number(row);
  const title = rowTitle(row);
  const titleLabel = Object.entries(row.fields ?? {}).find(([, value]) => value.trim() === title)?.[0];
  // A long task is cut around what the question names ("… (PAR Index) …"), not after its first words.
  // What was asked first; then the task it belongs to, so the answer says which row it read.
  const sentences = [
    ...columns.map((column) => `${column.label}: ${column.value.replace(/[.;:,]+$/u, '')}`),
    ...(titleLabel ? [`${titleLabel}: ${cut(title, TITLE_WORDS).replace(/[.;:,]+$/u, '')}`] : []),
  ];
  return sentences.map((sentence) => (sentence.endsWith('…') ? `${sentence} [${n}]` : `${sentence} [${n}].`)).join(' ');
}

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
/** The printed total of a table with year columns in the row's document, the one holding the year asked first. */
function documentTotal(context: ComposeContext, row: Chunk): Chunk | undefined {
  if (yearCells(row).length > 0) return undefined; // the row's own table total is read below
  const asked: readonly string[] = context.analysis.folded.match(/\b(?:19|20)\d{2}\b/gu) ?? [];
  const totals = readableChunks(context, row.docId).filter((chunk) => chunk.kind === 'table-row' && TOTAL_ROW.test(rowTitle(chunk)) && yearCells(chunk).length > 1);
  return totals.find((chunk) => yearCells(chunk).some((cell) => asked.includes(cell.year))) ?? (asked.length === 0 ? totals[0] : undefined);
}

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
