/** The lines outlines and lists are written in: one cited line per item, headings kept short, where to read more. */
import { PATH_SEPARATOR } from '../../ingest/heading-path';
import type { Chunk } from '../../core/types';
import type { PassageNumbering } from '../passage-numbering';
import { splitSentences } from '../sentence-split';
import { termSet } from '../term-weights';
import { foldedWords } from '../vocabulary';
import { pathOf, type OutlineNode } from './document-outline';

const ITEM_WORDS = 32;
const HEAD_WORDS = 16;
const PROSE_SENTENCES = 5;

/**
 * A heading as a title: the line without what the unwrapped text glued after it ("1. Mục tiêu tổng quát Thực
 * hiện …" → "1. Mục tiêu tổng quát"; "2. Sở Khoa học và Công nghệ: Chủ trì …" → "2. Sở Khoa học và Công nghệ").
 */
export function headOf(node: OutlineNode): string {
  const text = (node.title ?? node.text).replace(/\s+/gu, ' ').trim();
  // "PHỤ LỤC: DANH MỤC CÁC NHIỆM VỤ …": the colon joins an annex's label to its title, which is the heading.
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 120 && !ANNEX_LABEL.test(text.slice(0, colon))) return text.slice(0, colon).trim();
  if (!node.row && !node.group && MARKER.test(text)) {
    const glued = gluedTitle(text);
    if (glued) return glued;
  }
  return firstWords(text, HEAD_WORDS);
}

const MARKER = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s/u;
const ANNEX_LABEL = /^\s*(?:phụ lục|phần)(?:\s+[\dIVXLC]+)?\s*$/iu;
/** Words after which a capitalised word goes on a name ("lĩnh vực Nội vụ", "Sở Khoa học và Công nghệ"). */
const NAME_CONTEXT = new Set('và của với về cho tại các những theo thuộc trên ngành vực tỉnh sở bộ ban nhân dân học thị xã'.split(' '));
const GLUED_MIN_WORDS = 12;

/**
 * Where the body glued to a heading line starts ("1. Mục tiêu tổng quát Nâng cao …"): a capitalised word after a
 * lower-case or numeric one that does not continue a name, or after a heading in capitals ("III. NHIỆM VỤ CỤ THỂ
 * Danh mục …"). Short lines are titles as they stand.
 */
function gluedTitle(text: string): string | undefined {
  const words = text.split(' ');
  if (words.length < GLUED_MIN_WORDS) return undefined;
  for (let index = 2; index < Math.min(words.length - 3, HEAD_WORDS); index++) {
    const previous = words[index - 1]!;
    const word = words[index]!;
    if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
    const head = words.slice(0, index).join(' ');
    if ((head.match(/\(/gu) ?? []).length > (head.match(/\)/gu) ?? []).length) continue;
    const capitals = /^[^\p{Ll}]+$/u.test(words.slice(1, index).join(''));
    if (!capitals && (!/[\p{Ll}\d]$/u.test(previous) || NAME_CONTEXT.has(previous.toLocaleLowerCase('vi')))) continue;
    return head.replace(/[,;:]$/u, '');
  }
  return undefined;
}

/** What the unwrapped heading line carries after its title ("Chi tiết tại Phụ lục 02 kèm theo."). */
export function restOf(node: OutlineNode): string {
  const head = headOf(node);
  const text = node.text.replace(/\s+/gu, ' ').trim();
  return head.endsWith('…') || !text.startsWith(head) ? '' : text.slice(head.length).replace(/^[\s:.]+/u, '').trim();
}

/** A section's prose as bullet lines, one per sentence, each cited to the passage it is read in. */
export function proseLines(parts: ReadonlyArray<{ text: string; chunk: Chunk }>, numbering: PassageNumbering): string[] {
  return parts
    .flatMap((part) => splitSentences(part.text).map((sentence) => ({ text: firstWords(sentence.text, ITEM_WORDS).replace(/[.;:,]+$/u, ''), chunk: part.chunk })))
    .filter((sentence) => sentence.text)
    .slice(0, PROSE_SENTENCES)
    .map((sentence) => `- ${sentence.text} [${numbering.number(sentence.chunk)}].`);
}

/** The prose of a section: what its heading line carries after the title, then its plain lines. */
export function proseOf(node: OutlineNode): Array<{ text: string; chunk: Chunk }> {
  return [{ text: restOf(node), chunk: node.chunk }, ...node.body.map((text, index) => ({ text, chunk: node.bodyChunks[index]! }))].filter((part) => part.text);
}

/** "X. Y [n]" → "X [n]. Y [n]": the guard reads sentence by sentence, so every sentence carries the citation. */
export function citedSentences(text: string, marker: string): string {
  const cited = text.replace(/(?<=\p{L}|\p{N}|\))([.!?])\s+(?=[\p{Lu}\p{N}“"(])/gu, ` ${marker}$1 `);
  return cited.endsWith('…') ? `${cited} ${marker}` : `${cited} ${marker}.`;
}

const heads = new WeakMap<OutlineNode, { terms: Set<string>; folded: string }>();

/** A node's title as terms and as folded words (cached: outlines are reused across questions). */
export function headFormsOf(node: OutlineNode): { terms: Set<string>; folded: string } {
  let forms = heads.get(node);
  if (!forms) {
    const head = headOf(node);
    heads.set(node, (forms = { terms: termSet(head), folded: foldedWords(head) }));
  }
  return forms;
}

/**
 * One item as a line with its citation: its own marker ("1.", "a)") when it has one, else "- ". The marker opens
 * the line, where the citation guard reads it as an ordinal, not as a number to find in the passage.
 */
export function itemLine(node: OutlineNode, numbering: PassageNumbering, words = ITEM_WORDS, focus?: (text: string, words: number) => string): string | undefined {
  const heading = node.children.length > 0 || node.group;
  const parts = heading ? [{ text: headOf(node), chunk: node.chunk }] : [{ text: node.text, chunk: node.chunk }, ...node.body.map((text, index) => ({ text, chunk: node.bodyChunks[index]! }))];
  const limit = heading ? HEAD_WORDS : words;
  // A long item read in one passage is cut around what the question asks, when the caller says what that is.
  const whole = parts.length === 1 ? parts[0]!.text.replace(/\s+/gu, ' ').replace(/^[-–•+]\s*/u, '').trim() : '';
  if (focus && !heading && whole && whole.split(' ').length > limit) {
    const own = OWN_MARKER.exec(whole)?.[0] ?? '';
    const cut = focus(whole.slice(own.length), limit).replace(/[.;:,]+$/u, '');
    return `${own || '- '}${citedSentences(cut, `[${numbering.number(node.chunk)}]`)}`;
  }
  // The words shown, and the passages they are read in (a long item can run on into the next passage).
  const joined = parts.map((part) => part.text.replace(/\s+/gu, ' ').trim()).filter(Boolean).join(' ').replace(/^[-–•+]\s*/u, '');
  const count = joined.split(' ').filter(Boolean).length;
  const ownMarker = heading ? '' : (OWN_MARKER.exec(joined)?.[0] ?? '');
  // A heading is its title, cut; an item too long for its share keeps the head of each of its clauses.
  let text = count <= limit ? joined : heading ? firstWords(joined, limit) : `${ownMarker}${clauseDigest(joined.slice(ownMarker.length), limit)}`;
  text = text.replace(/[.;:,]+$/u, '');
  if (!text) return undefined;
  // Which passages the words come from: the first part's alone while the words shown fit in it.
  const firstLength = parts[0]!.text.replace(/\s+/gu, ' ').trim().split(' ').length;
  const shownParts = count > limit && firstLength < limit ? parts : count <= firstLength || heading ? parts.slice(0, 1) : parts;
  const marker = [...new Set(shownParts.map((part) => numbering.number(part.chunk)))].map((n) => `[${n}]`).join('');
  const own = OWN_MARKER.exec(text)?.[0] ?? '';
  return `${own || '- '}${citedSentences(text.slice(own.length), marker)}`;
}

const OWN_MARKER = /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s/u;

/** A section's heading as the answer's first line: "1. Sở Nội vụ [1]:". */
export function headingLine(node: OutlineNode, numbering: PassageNumbering): string {
  return `${headOf(node).replace(/[:.]+$/u, '')} [${numbering.number(node.chunk)}]:`;
}

/**
 * "Xem thêm toàn văn tại tài liệu nguồn, mục “NỘI DUNG KẾ HOẠCH › GIẢI PHÁP” [1][2]." — the section's headings
 * without their markers (a "II. " inside a line would read as a sentence end), citing every passage they are in.
 */
export function readMore(node: OutlineNode, numbering: PassageNumbering): string {
  const steps = pathOf(node);
  const path = steps.map((step) => firstWords(headOf(step).replace(/^(?:phần\s+)?(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+/iu, ''), HEAD_WORDS)).join(PATH_SEPARATOR);
  const markers = [...new Set([node, ...steps].map((step) => numbering.number(step.chunk)))].map((n) => `[${n}]`).join('');
  return path ? `Xem thêm toàn văn tại tài liệu nguồn, mục “${path}” ${markers}.` : `Xem thêm toàn văn tại tài liệu nguồn ${markers}.`;
}

/** Words each clause keeps at least, so its head ("được xác định là nhiệm vụ tất yếu …") is readable. */
const CLAUSE_HEAD_WORDS = 8;
const FIRST_CLAUSE_SHARE = 0.6;
const CLAUSE_SLACK = 3;

/**
 * A long item cut to about `limit` words without losing what its later clauses say: the words are shared among its
 * clauses (split at ";"), each keeping its head, a short clause whole and its unused share passed on; a clause is
 * cut at a comma near its share when there is one, so no phrase stops mid-way. Clauses beyond the budget are
 * dropped and marked "…".
 */
export function clauseDigest(text: string, limit: number, firstShare = FIRST_CLAUSE_SHARE): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  const clauses = clean.split(/;\s+/u).map((clause) => clause.trim()).filter(Boolean);
  if (clean.split(' ').length <= limit) return clean;
  const kept = clauses.slice(0, Math.max(1, Math.floor(limit / CLAUSE_HEAD_WORDS)));
  const lengths = kept.map((clause) => clause.split(' ').length);
  // The first clause names the item: it comes first in the budget; the others share the rest, and what they leave goes back to it.
  let first = Math.min(lengths[0]!, Math.round(firstShare * limit));
  // Later clauses show their heads only while words are left for them.
  const rest = limit - first;
  const others = rest >= CLAUSE_HEAD_WORDS ? waterFill(lengths.slice(1, 1 + Math.floor(rest / CLAUSE_HEAD_WORDS)), rest) : [];
  first = Math.min(lengths[0]!, limit - others.reduce((sum, share) => sum + share, 0));
  const shares = [first, ...others];
  const shown = kept.slice(0, shares.length).map((clause, index) => phraseCut(clause, shares[index]!));
  const dropped = shares.length < clauses.length && !shown[shown.length - 1]!.endsWith('…');
  return `${shown.join('; ')}${dropped ? ' …' : ''}`;
}

/** Equal shares of `budget` over items of the given lengths; an item shorter than its share gives the rest to the others. */
function waterFill(lengths: readonly number[], budget: number): number[] {
  const shares = new Array<number>(lengths.length).fill(0);
  const order = lengths.map((length, index) => ({ length, index })).sort((left, right) => left.length - right.length);
  let remaining = budget;
  order.forEach(({ length, index }, position) => {
    const share = Math.max(CLAUSE_HEAD_WORDS, Math.floor(remaining / (order.length - position)));
    shares[index] = Math.min(length, share);
    remaining -= shares[index]!;
  });
  return shares;
}

/** The first `limit` words of a clause (all of it when only a few more), ending at a comma in its last quarter when there is one, then "…". */
function phraseCut(clause: string, limit: number): string {
  const words = clause.split(' ');
  // A few words over its share cost less than the end of the phrase ("không phải nộp hồ sơ lặp lại").
  if (words.length <= limit + CLAUSE_SLACK) return clause.replace(/[.;:,]+$/u, '');
  let end = limit;
  for (let at = limit; at > Math.ceil((limit * 3) / 4); at--) {
    if (/,$/u.test(words[at - 1]!)) {
      end = at;
      break;
    }
  }
  return `${words.slice(0, end).join(' ').replace(/[.;:,]+$/u, '')} …`;
}

export function firstWords(text: string, limit: number): string {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length <= limit ? words.join(' ') : `${words.slice(0, limit).join(' ').replace(/[.;:,]+$/u, '')} …`;
}
