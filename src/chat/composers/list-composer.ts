/**
 * Complete lists. A staff list question ("những nhiệm vụ Sở Nội vụ chủ trì hoàn thành năm 2026", "việc nào phải
 * xong trong quý IV/2026") gets every matching appendix row of every plan in scope, not the few retrieval ranked;
 * a question asking for a list ("gồm những gì", "các chỉ tiêu … nào") gets every item of the enumeration the best
 * passage belongs to, across passage boundaries. Never only item (1); a long list ends with where to read more.
 */
import type { Chunk } from '../../core/types';
import { PassageNumbering } from '../passage-numbering';
import type { WantedFact } from '../question-analysis';
import { retrievalConfidence } from '../retrieval-confidence';
import { trimSentence } from '../sentence-trim';
import { termSet } from '../term-weights';
import type { Candidate, ComposeContext, Composer } from './composer';
import { descendants, fullText, pathOf, type OutlineNode } from './document-outline';
import { allowed, documentsInScope, outlineInScope } from './document-scope';
import { citedSentences, firstWords, headFormsOf, headingLine, itemLine, readMore } from './outline-lines';
import { askedTerms } from './section-question';
import { PLAN_NAME_YEAR, rowColumns, rowMatches, taskConstraints } from './task-rows';

const MAX_ROWS = 10;
const MAX_LISTED = 30;
const SHORT_TASK_WORDS = 16;
const MAX_ITEMS = 15;
const TASK_WORDS = 22;
/** A short list can afford each task's words up to where the task is said (the body named, the system, the data). */
const TASK_WORDS_SHORT_LIST = 40;
const PARTNER_WORDS = 12;
const ITEM_WORDS = 40;
/** Share of the question's distinguishing terms an enumeration's lead-in and headings must hold. */
const LEAD_IN_MATCH = 0.5;

// Tasks asked as a list, with who leads them or when they are due: the appendix's own columns. ("Bao nhiêu" asks a count.)
const TASKS_ASKED = /\b(nhiem vu|viec|cong viec|du an)\b.{0,40}\b(nao|gi)\b|\b(nhung|cac|danh sach|liet ke)\b.{0,30}\b(nhiem vu|viec|cong viec|du an|chi tieu)\b/;
const ROLE_OR_TIME = /\b(chu tri|phoi hop|hoan thanh|han|xong|quy (i|ii|iii|iv|[1-4])|nam 20\d\d|20\d\d)\b/;
const LIST_ASKED = /\b(gom|bao gom) (nhung )?(gi|nao|noi dung gi)\b|\bliet ke\b|\b(nhung|cac) ([a-z]+ ){1,5}(gi|nao)\b/;

const ONE_FACT = new Set<WantedFact>(['percent', 'deadline', 'lead_agency', 'partner_agency', 'agency', 'document_number', 'signer', 'count', 'budget']);

export const listComposer: Composer = {
  name: 'list',
  compose(context) {
    const folded = context.analysis.folded;
    // The years of a plan's name ("kế hoạch giai đoạn 2021-2025") say which plan, not when a task is due.
    if (TASKS_ASKED.test(folded)) {
      const tasks = taskList(context, ROLE_OR_TIME.test(folded.replace(PLAN_NAME_YEAR, ' ')));
      if (tasks) return [tasks];
    }
    // A section asked as a whole ("những mục tiêu gì") is the outline's; an enumeration inside one is the list's.
    // "Các cơ quan nào phối hợp", "chỉ tiêu bao nhiêu": one fact of a kind, which a sentence or a row answers.
    if (context.analysis.overview || context.analysis.wants.some((fact) => ONE_FACT.has(fact)) || !LIST_ASKED.test(folded)) return [];
    const enumeration = enumerationList(context);
    return enumeration ? [enumeration] : [];
  },
};

/**
 * Every appendix row, of every document in scope, that meets the question's constraints: body and time when the
 * question speaks of them, or a group, a printed deadline or an empty partner column the rows themselves show.
 */
function taskList(context: ComposeContext, roleOrTime: boolean): Candidate | undefined {
  const rows = tableRowsOf(context).filter((chunk) => allowed(context, chunk));
  const constraints = taskConstraints(context.analysis.folded, rows);
  if (!constraints || (!roleOrTime && !constraints.group && !constraints.deadline && !constraints.noPartner)) return undefined;
  const matching = rows.filter((row) => rowMatches(row, constraints));
  if (matching.length === 0) return undefined;
  const numbering = new PassageNumbering();
  const places = new Set(matching.map((row) => row.docId));
  // The first rows in full; the rest by name and deadline, so a long list stays complete and readable.
  const taskWords = matching.length <= MAX_ROWS ? TASK_WORDS_SHORT_LIST : TASK_WORDS;
  const lines = matching.slice(0, MAX_LISTED).map((row, index) => `- ${citedSentences(index < MAX_ROWS ? taskLine(row, places.size > 1, taskWords) : shortTaskLine(row, places.size > 1), `[${numbering.number(row)}]`)}`);
  // Counts stay out of the text: a number must be read in the passage it cites.
  const targets = matching.every((row) => rowColumns(row).target !== undefined);
  const intro = targets ? 'Các chỉ tiêu phù hợp trong kế hoạch:' : places.size > 1 ? 'Các nhiệm vụ phù hợp trong phụ lục các kế hoạch:' : 'Các nhiệm vụ phù hợp trong phụ lục kế hoạch:';
  const more = matching.length > MAX_LISTED ? [`Còn các nhiệm vụ khác cùng điều kiện: xem đầy đủ trong phụ lục của tài liệu nguồn [${numbering.number(matching[MAX_LISTED]!)}].`] : [];
  const terms = context.terms;
  const coverage = retrievalConfidence(terms.profile, [...numbering.passages], terms.weight).score;
  return { kind: 'list', answer: [intro, ...lines, ...more].join('\n'), passages: numbering.passages, score: 0.5 + 0.5 * coverage, long: true };
}

const tableRows = new WeakMap<object, Chunk[]>();

/** Every table row the corpus holds, in document order (cached per index: documents only change with a new build). */
function tableRowsOf(context: ComposeContext): Chunk[] {
  const corpus = context.retriever.describeCorpus();
  let rows = tableRows.get(corpus);
  if (!rows) {
    const documents = corpus.documents.filter((document) => document.kind === 'text' || document.kind === 'table-row');
    tableRows.set(corpus, (rows = documents.flatMap((document) => context.retriever.documentChunks(document.docId).filter((chunk) => chunk.kind === 'table-row'))));
  }
  return rows;
}

/** "(Tỉnh) Nhiệm vụ — chủ trì …; phối hợp …; hoàn thành …" from the row's own columns. */
export function taskLine(row: Chunk, withPlace: boolean, taskWords = TASK_WORDS): string {
  const columns = rowColumns(row);
  const details = [
    columns.lead ? `chủ trì ${tidy(columns.lead)}` : '',
    // The list's own separator is "; ", so a partner list's semicolons become commas.
    columns.partner ? `phối hợp ${firstWords(tidy(columns.partner).replace(/;\s*/gu, ', '), PARTNER_WORDS)}` : '',
    columns.deadline ? `hoàn thành ${lowerFirst(tidy(columns.deadline)).replace(/^hoàn thành\s+/u, '')}` : '',
  ].filter(Boolean);
  const task = firstWords(tidy(columns.task ?? ''), taskWords);
  const place = withPlace && row.province ? `(${row.province}) ` : '';
  const target = columns.target ? `: ${tidy(columns.target)}` : '';
  return `${place}${task}${target}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`.replace(/… —/u, '… —');
}

function shortTaskLine(row: Chunk, withPlace: boolean): string {
  const columns = rowColumns(row);
  const place = withPlace && row.province ? `(${row.province}) ` : '';
  return `${place}${firstWords(tidy(columns.task ?? ''), SHORT_TASK_WORDS)}${columns.deadline ? ` — ${lowerFirst(firstWords(tidy(columns.deadline), 8))}` : ''}`;
}

/**
 * The enumeration a top passage belongs to whose lead-in and headings say what the question asks: all of its
 * items, wherever the passages split them.
 */
function enumerationList(context: ComposeContext): Candidate | undefined {
  const top = context.hits.slice(0, 3).map((hit) => hit.chunk);
  const { weight } = context.terms;
  let best: { node: OutlineNode; match: number } | undefined;
  for (const docId of documentsInScope(context)) {
    const { root, chunks } = outlineInScope(context, docId);
    if (!root) continue;
    const asked = askedTerms(context, chunks[0]!);
    const total = asked.reduce((sum, term) => sum + weight(term), 0);
    if (total === 0) continue;
    for (const node of descendants(root)) {
      if (node.row || node.children.length < 2) continue;
      if (!top.some((chunk) => chunk.id === node.chunk.id || node.children.some((child) => child.chunk.id === chunk.id))) continue;
      // The enumeration's own heading and lead-in line weigh fully, the headings above it half.
      const own = new Set([...headFormsOf(node).terms, ...termSet(node.body.at(-1) ?? '')]);
      const above = new Set(pathOf(node).slice(0, -1).flatMap((step) => [...headFormsOf(step).terms]));
      // What the items themselves say counts half: "những nền tảng nào kết nối …" names the list and a condition on its items.
      const items = itemTermsOf(node);
      const match = asked.reduce((sum, term) => sum + (own.has(term) ? weight(term) : above.has(term) || items.has(term) ? 0.5 * weight(term) : 0), 0) / total;
      if (!best || match > best.match) best = { node, match };
    }
  }
  if (!best || best.match < LEAD_IN_MATCH) return undefined;
  const numbering = new PassageNumbering();
  const { node } = best;
  const leadIn = node.body.at(-1);
  const intro = leadIn?.endsWith(':') ? `${leadIn.replace(/:$/u, '')} [${numbering.number(node.chunk)}]:` : headingLine(node, numbering);
  const queryTerms = [...context.terms.profile.unigrams, ...context.terms.profile.bigrams];
  const focus = (text: string, maxWords: number) => trimSentence(text, { maxWords, queryTerms, weight: context.terms.weight });
  const items = node.children.slice(0, MAX_ITEMS).map((child) => itemLine(child, numbering, ITEM_WORDS, focus)).filter((line): line is string => Boolean(line));
  const rest = node.children.length - MAX_ITEMS;
  const lines = [intro, ...items, ...(rest > 0 ? [`- … và ${rest} mục khác.`] : []), ...(node.children.length > 5 || rest > 0 ? [readMore(node, numbering)] : [])];
  const terms = context.terms;
  const coverage = retrievalConfidence(terms.profile, [...numbering.passages], terms.weight).score;
  return { kind: 'list', answer: lines.join('\n'), passages: numbering.passages, score: 0.5 * coverage + 0.5 * best.match, long: true };
}

const itemTerms = new WeakMap<OutlineNode, Set<string>>();

/** The terms of an enumeration's items (cached with the outline). */
function itemTermsOf(node: OutlineNode): Set<string> {
  let terms = itemTerms.get(node);
  if (!terms) itemTerms.set(node, (terms = termSet(node.children.map(fullText).join('\n'))));
  return terms;
}

function tidy(text: string): string {
  return text.replace(/[.;,\s]+$/u, '').trim();
}

// Common deadline openings read lower-case after "hoàn thành"; names such as "Quý IV/2026" keep their capital.
function lowerFirst(text: string): string {
  return /^(Năm|Nhiệm vụ|Thường xuyên|Hoàn thành|Theo|Sau khi|Trước|Trong)\s/u.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}
