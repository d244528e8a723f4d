/**
 * Broad questions ("kế hoạch X có những mục tiêu gì", "X giao Sở Nội vụ nhiệm vụ gì", "văn bản X nói gì"): the
 * section the question names, read from the document's outline, answered with its headings or items, each cited,
 * and a pointer to where the whole section is.
 */
import type { Chunk } from '../../core/types';
import { PassageNumbering } from '../passage-numbering';
import { retrievalConfidence } from '../retrieval-confidence';
import { isFunctionWord, termSet } from '../term-weights';
import { foldedWords } from '../vocabulary';
import type { Candidate, ComposeContext, Composer } from './composer';
import { descendants, pathOf, type OutlineNode } from './document-outline';
import { documentsInScope, outlineInScope } from './document-scope';
import { headFormsOf, headingLine, headOf, itemLine, proseLines, proseOf, readMore, restOf } from './outline-lines';

const MAX_LINES = 10;
/** Dash and plus items (heading-path ranks 5 and 6). */
const BULLET_RANK = 5;
/** Words an outline spends on its items together: each item gets its share, within bounds. */
const ITEM_BUDGET = 240;

// "văn bản X nói gì", "tóm tắt hướng dẫn X", "nội dung chính của kế hoạch X": the whole document.
const SUMMARY = /\b(noi gi|tom tat|tom luoc|noi dung chinh|noi dung (gom|bao gom) nhung gi|de cap (den )?(nhung )?(gi|van de gi)|quy dinh nhung gi|co nhung noi dung gi)\b/;

export function wantsSummary(folded: string): boolean {
  return SUMMARY.test(` ${folded} `);
}

// "có … không, nằm trong nhiệm vụ nào?" asks whether one thing is there and where: one fact, not a section.
const YES_NO = /\b(co|da|duoc)\b.*\b(khong|chua)\b(?! (phai|can|duoc|the)\b)/;
const SECTION_NOUN = '(muc dich|muc tieu|quan diem|giai phap|nhiem vu|trach nhiem|dinh huong|tam nhin|nhom|noi dung|yeu cau)';
// "những mục tiêu nào", "các nhóm giải pháp gì": many, so the whole section.
const ROLE = /\b(chu tri|phoi hop)\b/;
const MANY = new RegExp(`\\b(nhung|cac|mot so) ([a-z]+ ){0,2}${SECTION_NOUN}\\b`);
// "mục đích … là gì", "định hướng … thế nào": the section's content; "định hướng giai đoạn nào" picks one fact.
const WHAT = new RegExp(`\\b${SECTION_NOUN}\\b((?: [a-z0-9]+){0,14}) (la gi|gi|the nao|ra sao|nhu the nao|nhu nao)\\b`);

/**
 * Whether the question asks for a section as a whole rather than one fact inside it. Between the section noun and
 * "là gì"/"thế nào" only words naming the document may stand ("mục đích của kế hoạch … tỉnh Lào Cai là gì"); a
 * subject of its own ("nội dung của nhiệm vụ số hóa hồ sơ là gì") asks about one item.
 */
export function asksWholeSection(folded: string, documentWords: ReadonlySet<string> = new Set()): boolean {
  // "X chủ trì những nhiệm vụ nào" asks the appendix's lead column (the list composer's), not a section.
  if (YES_NO.test(folded) || ROLE.test(folded)) return false;
  if (MANY.test(folded)) return true;
  const what = WHAT.exec(folded);
  if (!what) return false;
  const between = what[2]!.trim().split(' ').filter(Boolean);
  const own = between.filter((word) => !documentWords.has(word) && !isFunctionWord(word) && !/^\d+$/u.test(word) && !SECTION_WORDS.has(word));
  return own.length <= OWN_WORDS;
}

/** Words a section noun's phrase may add of its own ("định hướng ngành … phát triển") before it names a subject. */
const OWN_WORDS = 2;
const SECTION_WORDS = new Set(SECTION_NOUN.replace(/[()|]/gu, ' ').split(' ').filter(Boolean));

const documentWords = new WeakMap<object, Set<string>>();

/** The words of the titles of the documents held, and of the provinces: they say which document, not which part. */
function documentWordsOf(context: ComposeContext): Set<string> {
  const corpus = context.retriever.describeCorpus();
  let words = documentWords.get(corpus);
  if (!words) documentWords.set(corpus, (words = new Set([...corpus.documents.map((document) => document.title), ...corpus.provinces].flatMap((text) => foldedWords(text).trim().split(' ')))));
  return words;
}

export const sectionOutlineComposer: Composer = {
  name: 'section-outline',
  compose(context) {
    const { analysis } = context;
    const summary = wantsSummary(analysis.folded);
    if ((!analysis.overview || !asksWholeSection(analysis.folded, documentWordsOf(context))) && !summary) return [];
    // The document whose heading (and title: "kế hoạch 350 …") names the section best; on a tie, the
    // better-ranked document. Only the chosen one is rendered.
    let best: { nodes: OutlineNode[]; match: number; rank: number } | undefined;
    for (const docId of documentsInScope(context)) {
      const { root, chunks } = outlineInScope(context, docId);
      if (!root) continue;
      const chosen = summary ? { nodes: [root], match: 1 } : bestSections(root, context, chunks[0]!);
      if (!chosen) continue;
      const rank = chosen.match + TITLE_SHARE * titleCoverage(context, chunks[0]!.title);
      if (!best || rank > best.rank + 0.05) best = { ...chosen, rank };
      if (summary) break;
    }
    if (!best) return [];
    const numbering = new PassageNumbering();
    const answer = renderSections(best.nodes, numbering, summary);
    if (!answer) return [];
    const coverage = retrievalConfidence(context.terms.profile, [...numbering.passages], context.terms.weight).score;
    const candidate: Candidate = { kind: 'section-outline', answer, passages: numbering.passages, score: Math.min(1, 0.5 * coverage + 0.5 * best.match), long: true };
    return [candidate];
  },
};

const TITLE_SHARE = 0.2;

/** Weighted share of the question's content words that a document's title holds ("350" in "350/QĐ-TTg" too). */
function titleCoverage(context: ComposeContext, title: string): number {
  const { profile, weight } = context.terms;
  const titleTerms = termSet(title);
  const numbers = new Set([...titleTerms].filter((term) => /^\d/u.test(term)).map((term) => term.split(/[/_-]/u)[0]!));
  const total = profile.unigrams.reduce((sum, term) => sum + weight(term), 0);
  if (total === 0) return 0;
  return profile.unigrams.reduce((sum, term) => sum + (titleTerms.has(term) || numbers.has(term) ? weight(term) : 0), 0) / total;
}

/**
 * The section heading(s) the question names: a heading holding one of its section nouns ("mục tiêu") or the body
 * it asks about ("1. Sở Nội vụ"), then the one covering more of its other words ("chung", "đến năm 2035"), then
 * the one saying least besides ("1. Mục đích" before "I. MỤC ĐÍCH, YÊU CẦU").
 */
export function bestSections(root: OutlineNode, context: ComposeContext, first: Chunk): { nodes: OutlineNode[]; match: number } | undefined {
  const { weight } = context.terms;
  const nouns = (context.analysis.overview ?? []).map((noun) => ` ${noun} `);
  const nounTerms = new Set(nouns.flatMap((noun) => [...termSet(noun)]));
  const asked = askedTerms(context, first).filter((term) => !nounTerms.has(term));
  const total = asked.reduce((sum, term) => sum + weight(term), 0);
  const scored: Array<{ node: OutlineNode; match: number; precision: number; covered: Set<string> }> = [];
  for (const node of descendants(root)) {
    // A bullet ("- Đối với các nhóm đối tượng …") is a point inside a section, not a section.
    if (node.row || (node.rank >= BULLET_RANK && !node.group)) continue;
    const { terms: ownTerms, folded: own } = headFormsOf(node);
    // The section asked is named by its own heading: a section noun ("mục tiêu") or a body ("1. Sở Nội vụ").
    if (!nouns.some((noun) => own.includes(noun)) && !namesBody(own, context.analysis.folded)) continue;
    // …and has something under it: items, prose, or text its heading line carries.
    if (node.children.length < 2 && node.body.length === 0 && !node.group && restOf(node) === '') continue;
    const pathTerms = new Set(pathOf(node).flatMap((step) => [...headFormsOf(step).terms]));
    const covered = new Set(asked.filter((term) => pathTerms.has(term)));
    // What the heading itself says weighs fully; what only its parents say, half.
    const recall = total === 0 ? 0 : asked.reduce((sum, term) => sum + (ownTerms.has(term) ? weight(term) : covered.has(term) ? 0.5 * weight(term) : 0), 0) / total;
    const headWords = own.trim().split(' ').filter((word) => /\p{L}/u.test(word) && !/^[ivxlc]$/u.test(word));
    const question = ` ${context.analysis.folded} `;
    const precision = headWords.length === 0 ? 0 : headWords.filter((word) => question.includes(` ${word} `)).length / headWords.length;
    scored.push({ node, match: 0.5 + 0.5 * recall, precision, covered });
  }
  scored.sort((left, right) => right.match - left.match || right.precision - left.precision || left.node.rank - right.node.rank);
  const best = scored[0];
  if (!best) return undefined;
  // A sibling naming what the best one leaves out ("nhiệm vụ trọng tâm" beside "dự án") comes along.
  const second = scored.find(
    (entry) => entry !== best && entry.node.parent === best.node.parent && [...entry.covered].some((term) => !best.covered.has(term) && !term.includes('_')),
  );
  return { nodes: second ? [best.node, second.node].sort((left, right) => left.chunk.lineStart - right.chunk.lineStart) : [best.node], match: best.match };
}

/**
 * The question's content terms that can tell sections apart: its content syllables and pairs of them ("muc_dich",
 * not "nhung_muc"), without the words that name the document (its title, its number: "Quyết định 350").
 */
export function askedTerms(context: ComposeContext, first: Chunk): string[] {
  const { profile } = context.terms;
  const titleTerms = termSet(first.title);
  const titleNumbers = new Set([...titleTerms].filter((term) => /^\d/u.test(term)).map((term) => term.split(/[/_-]/u)[0]!));
  const content = new Set(profile.unigrams.filter((term) => !titleTerms.has(term) && !titleNumbers.has(term)));
  return [...content, ...profile.bigrams.filter((pair) => pair.split('_').every((part) => content.has(part)))];
}

// A numbered heading that is a body's name ("1. Sở Nội vụ", "2. Công an tỉnh") answers what that body is given.
const BODY = /^ (?:\d+ |[ivx]+ )?(so [a-z ]+|cong an tinh|van phong [a-z ]+|ubnd [a-z ]+|uy ban nhan dan [a-z ]+|cac so [a-z ]+|ban [a-z ]+|phong [a-z ]+|trung tam [a-z ]+) $/;

function namesBody(head: string, question: string): boolean {
  const body = BODY.exec(head)?.[1]?.trim();
  return Boolean(body && body.split(' ').length >= 2 && ` ${question} `.includes(` ${body} `));
}

/** The sections as cited lines: a heading line, its items (or its prose), where to read the rest. */
function renderSections(nodes: OutlineNode[], numbering: PassageNumbering, summary: boolean): string | undefined {
  const blocks: string[] = [];
  for (const node of nodes) {
    const lines = summary ? summaryLines(node, numbering) : sectionLines(node, numbering);
    if (lines.length === 0) continue;
    blocks.push(lines.join('\n'));
  }
  if (blocks.length === 0) return undefined;
  return [...blocks, readMore(nodes[0]!, numbering)].join('\n');
}

function sectionLines(node: OutlineNode, numbering: PassageNumbering): string[] {
  const intro = headingLine(node, numbering);
  if (node.children.length === 0) {
    const prose = proseLines(proseOf(node), numbering);
    return prose.length > 0 ? [intro, ...prose] : [];
  }
  const words = Math.max(24, Math.min(42, Math.round(ITEM_BUDGET / Math.min(node.children.length, MAX_LINES))));
  const shown = node.children.slice(0, MAX_LINES).map((child) => itemLine(child, numbering, words)).filter((line): line is string => Boolean(line));
  const rest = node.children.length - MAX_LINES;
  return [intro, ...shown, ...(rest > 0 ? [`- … và ${rest} mục khác.`] : [])];
}

/** "văn bản X nói gì": the document's main parts, each with its first items. */
function summaryLines(root: OutlineNode, numbering: PassageNumbering): string[] {
  const parts = root.children.filter((child) => !child.row);
  if (parts.length === 0) {
    const prose = proseLines(proseOf(root), numbering);
    return prose.length > 0 ? [`Nội dung chính của văn bản [${numbering.number(root.chunk)}]:`, ...prose] : [];
  }
  const lines = [`Văn bản gồm các phần chính [${numbering.number(parts[0]!.chunk)}]:`];
  for (const part of parts.slice(0, MAX_LINES)) {
    const line = itemLine(part, numbering, 16);
    if (line) lines.push(line);
  }
  return lines;
}
