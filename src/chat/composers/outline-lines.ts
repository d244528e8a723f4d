/** The lines outlines and lists are written in: one cited line per item, headings kept short, where to read more. */
import { PATH_SEPARATOR } from '../../ingest/heading-path';
import type { PassageNumbering } from '../passage-numbering';
import { splitSentences } from '../sentence-split';
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

/** What the unwrapped heading line carries after its title ("Chi tiết tại Phụ lục 02 kèm theo."). */
export function restOf(node: OutlineNode): string {
  const head = headOf(node);
  const text = node.text.replace(/\s+/gu, ' ').trim();
  return head.endsWith('…') || !text.startsWith(head) ? '' : text.slice(head.length).replace(/^[\s:.]+/u, '').trim();
}

/** A section's prose as bullet lines, one per sentence, cited to the passage holding the section. */
export function proseLines(text: string, node: OutlineNode, numbering: PassageNumbering): string[] {
  const n = numbering.number(node.chunk);
  return splitSentences(text)
    .map((sentence) => firstWords(sentence.text, ITEM_WORDS).replace(/[.;:,]+$/u, ''))
    .filter(Boolean)
    .slice(0, PROSE_SENTENCES)
    .map((sentence) => `- ${sentence} [${n}].`);
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

/** "- item text [n]." for one item: its own line and continuation, from the passage holding it. */
export function itemLine(node: OutlineNode, numbering: PassageNumbering, words = ITEM_WORDS): string | undefined {
  const heading = node.children.length > 0 || node.group;
  const text = (heading ? headOf(node) : fullText(node)).replace(/^[-–•+]\s*/u, '');
  if (!text) return undefined;
  const shown = firstWords(text, heading ? HEAD_WORDS : words).replace(/[.;:,]+$/u, '');
  return `- ${shown}${shown.endsWith('…') ? ' ' : ' '}[${numbering.number(node.chunk)}].`.replace(/… \[/u, '… [');
}

/** "Xem thêm: tài liệu nguồn [n], mục A › B." — the section as the document numbers it. */
export function readMore(node: OutlineNode, numbering: PassageNumbering): string {
  const path = pathOf(node).map(headOf).map((head) => firstWords(head, HEAD_WORDS)).join(PATH_SEPARATOR);
  const n = numbering.number(node.chunk);
  return path ? `Xem thêm toàn văn tại tài liệu nguồn [${n}], mục “${path}”.` : `Xem thêm toàn văn tại tài liệu nguồn [${n}].`;
}

export function firstWords(text: string, limit: number): string {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length <= limit ? words.join(' ') : `${words.slice(0, limit).join(' ').replace(/[.;:,]+$/u, '')} …`;
}
