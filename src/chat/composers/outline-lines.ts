/** The lines outlines and lists are written in: one cited line per item, headings kept short, where to read more. */
import { PATH_SEPARATOR } from '../../ingest/heading-path';
import type { Chunk } from '../../core/types';
import type { PassageNumbering } from '../passage-numbering';
import { splitSentences } from '../sentence-split';
import { termSet } from '../term-weights';
import { foldedWords } from '../vocabulary';
import { fullText, pathOf, type OutlineNode } from './document-outline';

const ITEM_WORDS = 32;
const HEAD_WORDS = 16;
const PROSE_SENTENCES = 5;

/**
 * A heading as a title: the line without what the unwrapped text glued after it ("1. Mục tiêu tổng quát Thực
 * hiện …" → "1. Mục tiêu tổng quát"; "2. Sở Khoa học và Công nghệ: Chủ trì …" → "2. Sở Khoa học và Công nghệ").
 */
export function headOf(node: OutlineNode): string {
  const text = (node.title ?? node.text).replace(/\s+/gu, ' ').trim();
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 120) return text.slice(0, colon).trim();
  if (!node.row && !node.group && MARKER.test(text)) {
    const glued = gluedTitle(text);
    if (glued) return glued;
  }
  return firstWords(text, HEAD_WORDS);
}

const MARKER = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s/u;
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
export function itemLine(node: OutlineNode, numbering: PassageNumbering, words = ITEM_WORDS): string | undefined {
  const heading = node.children.length > 0 || node.group;
  const parts = heading ? [{ text: headOf(node), chunk: node.chunk }] : [{ text: node.text, chunk: node.chunk }, ...node.body.map((text, index) => ({ text, chunk: node.bodyChunks[index]! }))];
  const limit = heading ? HEAD_WORDS : words;
  // The words shown, and the passages they are read in (a long item can run on into the next passage).
  const shownParts: Array<{ text: string; chunk: Chunk }> = [];
  let count = 0;
  for (const part of parts) {
    if (count >= limit) break;
    const partWords = part.text.replace(/\s+/gu, ' ').trim().split(' ').filter(Boolean);
    shownParts.push({ text: partWords.slice(0, limit - count).join(' '), chunk: part.chunk });
    count += partWords.length;
  }
  let text = shownParts.map((part) => part.text).join(' ').replace(/^[-–•+]\s*/u, '').replace(/[.;:,]+$/u, '');
  if (!text) return undefined;
  if (count > limit) text = `${text.replace(/[.;:,]+$/u, '')} …`;
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

export function firstWords(text: string, limit: number): string {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length <= limit ? words.join(' ') : `${words.slice(0, limit).join(' ').replace(/[.;:,]+$/u, '')} …`;
}
