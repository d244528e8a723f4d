/**
 * Broad questions ("kế hoạch X có những mục tiêu gì", "X giao Sở Nội vụ nhiệm vụ gì", "văn bản X nói gì"): the
 * section the question names, read from the document's outline, answered with its headings or items, each cited,
 * and a pointer to where the whole section is.
 */
import type { Chunk } from '../../core/types';
import { PassageNumbering } from '../passage-numbering';
import { foldedWords } from '../vocabulary';
import { retrievalConfidence } from '../retrieval-confidence';
import { termSet, type TermProfile } from '../term-weights';
import type { Candidate, ComposeContext, Composer } from './composer';
import { descendants, pathOf, type OutlineNode } from './document-outline';
import { documentsInScope, outlineInScope } from './document-scope';
import { askedTerms, asksBodyRole, asksWholeSection, documentWordsOf, titleCoverage, wantsSummary } from './section-question';
import { headFormsOf, headingLine, headOf, itemLine, proseLines, proseOf, readMore, restOf } from './outline-lines';

const MAX_LINES = 10;
/** Dash and plus items (heading-path ranks 5 and 6). */
const BULLET_RANK = 5;
/** Words an outline spends on its items together: each item gets its share, within bounds. */
const ITEM_BUDGET = 300;

export const sectionOutlineComposer: Composer = {
  name: 'section-outline',
  compose(context) {
    const { analysis } = context;
    const summary = wantsSummary(analysis.folded);
    // A body's role ("Sở Nội vụ đóng vai trò gì trong kế hoạch …") is read from that body's heading, when the
    // question asks no procedure aspect and names no procedure.
    const role = !summary && analysis.aspects.length === 0 && !context.namedProcedure && asksBodyRole(analysis.folded);
    const whole = summary || (analysis.overview !== undefined && asksWholeSection(analysis.folded, documentWordsOf(context)));
    if (!whole && !role) return [];
    // A procedure's requirements or steps ("thủ tục X có những yêu cầu gì") are the record's, not a plan's section.
    if (!summary && (context.namedProcedure || (!analysis.aboutPlan && isRecord(context.hits[0]?.chunk)))) return [];
    // The document whose heading (and title: "kế hoạch 350 …") names the section best; on a tie, the
    // better-ranked document. Only the chosen one is rendered.
    let best: { nodes: OutlineNode[]; match: number; rank: number } | undefined;
    for (const docId of documentsInScope(context)) {
      const { root, chunks } = outlineInScope(context, docId);
      if (!root) continue;
      const chosen = summary ? { nodes: [root], match: 1 } : ((role ? bodySection(root, context) : undefined) ?? (whole ? bestSections(root, context, chunks[0]!) : undefined));
      if (!chosen) continue;
      const rank = chosen.match + TITLE_SHARE * titleCoverage(context, chunks[0]!.title);
      if (!best || rank > best.rank + 0.05) best = { ...chosen, rank };
      if (summary) break;
    }
    if (!best) return [];
    const numbering = new PassageNumbering();
    const answer = renderSections(best.nodes, numbering, summary);
    if (!answer) return [];
    // The words that name the document ("kế hoạch … Quyết định 350/QĐ-TTg của UBND tỉnh …") chose it already; the
    // section is judged on what else the question says.
    const passages = [...numbering.passages];
    const coverage = Math.max(
      retrievalConfidence(context.terms.profile, passages, context.terms.weight).score,
      retrievalConfidence(withoutDocumentWords(context.terms.profile, documentWordsOf(context)), passages, context.terms.weight).score,
    );
    const candidate: Candidate = { kind: 'section-outline', answer, passages: numbering.passages, score: Math.min(1, 0.5 * coverage + 0.5 * best.match), long: true };
    return [candidate];
  },
};

const TITLE_SHARE = 0.2;

// The verbs a question sets a section out with ("đặt ra", "đề ra", "đưa ra", "nêu") and the issuer's short name: they frame the request.
const FRAMING = new Set(['dat', 'de', 'dua', 'neu', 'ra', 'ubnd']);

/** The question's terms without the words that name a document (its title's, its province's, its numbers). */
function withoutDocumentWords(profile: TermProfile, words: ReadonlySet<string>): TermProfile {
  const naming = (term: string) => words.has(term) || FRAMING.has(term) || /^\d/u.test(term);
  const unigrams = profile.unigrams.filter((term) => !naming(term));
  // With nothing left but the section noun, the heading it matched is the whole evidence.
  if (unigrams.length === 0) return profile;
  return { unigrams, bigrams: profile.bigrams.filter((pair) => !pair.split('_').some(naming)) };
}

function isRecord(chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind !== 'text' && chunk.kind !== 'table-row';
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
  const terms = askedTerms(context, first).filter((term) => !nounTerms.has(term));
  // Vietnamese words are mostly two syllables: a syllable of a word the question names ("vụ" of "Nội vụ") does not
  // name a heading holding another word with it ("Nhiệm vụ"). Pairs decide; a syllable counts only standing alone.
  const paired = new Set(terms.filter((term) => term.includes('_')).flatMap((pair) => pair.split('_')));
  const asked = terms.filter((term) => term.includes('_') || !paired.has(term));
  const total = asked.reduce((sum, term) => sum + weight(term), 0);
  const scored: Array<{ node: OutlineNode; match: number; precision: number; covered: Set<string> }> = [];
  for (const node of descendants(root)) {
    // A bullet ("- Đối với các nhóm đối tượng …") is a point inside a section, not a section.
    if (node.row || (node.rank >= BULLET_RANK && !node.group)) continue;
    const { terms: ownTerms, folded: own } = headFormsOf(node);
    // The section asked is named by its own heading: a section noun ("mục tiêu") or a body ("1. Sở Nội vụ").
    if (!nouns.some((noun) => own.includes(noun)) && !namesBody(node, context.analysis.folded)) continue;
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
  const top = scored[0];
  if (!top) return undefined;
  // A part inside the section named by the question's other words ("chỉ tiêu … phát triển xã hội số" → the group
  // "III. Phát triển xã hội số" of the targets table) is the part asked.
  const best = narrowest(top, asked, weight);
  // A sibling naming what the best one leaves out ("nhiệm vụ trọng tâm" beside "dự án") comes along.
  const second = scored.find(
    (entry) => entry !== best && entry.node.parent === best.node.parent && [...entry.covered].some((term) => !best.covered.has(term)),
  );
  return { nodes: second ? [best.node, second.node].sort((left, right) => left.chunk.lineStart - right.chunk.lineStart) : [best.node], match: best.match };
}

/** The heading or table group below the chosen section that holds most of the asked terms the section's own heading lacks. */
function narrowest(chosen: { node: OutlineNode; match: number; precision: number; covered: Set<string> }, asked: string[], weight: (term: string) => number) {
  let best = chosen;
  let gain = 0;
  for (const node of descendants(chosen.node)) {
    if (node.row || (node.rank >= BULLET_RANK && !node.group) || (node.children.length === 0 && node.body.length === 0)) continue;
    const terms = headFormsOf(node).terms;
    const extra = asked.filter((term) => terms.has(term) && !chosen.covered.has(term));
    const value = extra.reduce((sum, term) => sum + weight(term), 0);
    if (value > gain) {
      gain = value;
      best = { ...chosen, node, covered: new Set([...chosen.covered, ...extra]) };
    }
  }
  return best;
}

// The section that shares out the work: a body's heading under it is that body's part in the plan.
const ORGANISATION = / (to chuc thuc hien|trach nhiem thuc hien|phan cong (nhiem vu|thuc hien)) /;

/**
 * The heading that is the body the question names ("1. Sở Nội vụ") with items or prose under it; one under
 * "Tổ chức thực hiện" first, then the higher-ranked, then the earlier.
 */
function bodySection(root: OutlineNode, context: ComposeContext): { nodes: OutlineNode[]; match: number } | undefined {
  const question = context.analysis.folded;
  const found = descendants(root).filter((node) => {
    if (node.row || (node.rank >= BULLET_RANK && !node.group)) return false;
    if (!namesBody(node, question)) return false;
    return node.children.length > 0 || node.body.length > 0 || restOf(node) !== '';
  });
  const organised = (node: OutlineNode) => pathOf(node).some((step) => step !== node && ORGANISATION.test(` ${headFormsOf(step).folded} `));
  found.sort((left, right) => Number(organised(right)) - Number(organised(left)) || left.rank - right.rank || left.chunk.lineStart - right.chunk.lineStart);
  const best = found[0];
  return best ? { nodes: [best], match: organised(best) ? 1 : 0.75 } : undefined;
}

// A numbered heading that is a body's name ("1. Sở Nội vụ", "2. Công an tỉnh") answers what that body is given.
const BODY = /^ (?:\d+ |[ivx]+ )?(so [a-z ]+|cong an tinh|van phong [a-z ]+|ubnd [a-z ]+|uy ban nhan dan [a-z ]+|cac so [a-z ]+|ban [a-z ]+|phong [a-z ]+|trung tam [a-z ]+) $/;

function namesBody(node: OutlineNode, question: string): boolean {
  const body = BODY.exec(headFormsOf(node).folded)?.[1]?.trim();
  if (!body || body.split(' ').length < 2) return false;
  if (` ${question} `.includes(` ${body} `)) return true;
  // Bodies named together ("Các sở, ban, ngành; UBND các xã, phường"): the question may name the first ("các sở").
  const first = foldedWords(headOf(node).replace(/^\s*(?:[IVXLC]+|\d{1,2})[.)]\s*/u, '').split(/[,;]| và /u)[0] ?? '').trim();
  return first !== body && first.split(' ').length >= 2 && ` ${question} `.includes(` ${first} `);
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
  const words = Math.max(28, Math.min(50, Math.round(ITEM_BUDGET / Math.min(node.children.length, MAX_LINES))));
  const shown = node.children.slice(0, MAX_LINES).map((child) => itemLine(withTarget(child), numbering, words)).filter((line): line is string => Boolean(line));
  const rest = node.children.length - MAX_LINES;
  return [intro, ...shown, ...(rest > 0 ? [`- … và ${rest} mục khác.`] : [])];
}

/** A row of a targets table read with its figure ("Tỷ lệ … sử dụng điện thoại thông minh: 100%"): short cells stating a number. */
function withTarget(node: OutlineNode): OutlineNode {
  if (!node.row) return node;
  const figures = Object.values(node.chunk.fields ?? {}).filter((value) => value.trim() !== node.text && /\d/u.test(value) && value.trim().split(/\s+/u).length <= TARGET_WORDS);
  return figures.length > 0 ? { ...node, text: `${node.text.replace(/[.;:,]+$/u, '')}: ${figures.map((value) => value.trim()).join('; ')}` } : node;
}

const TARGET_WORDS = 6;

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
