/** Line-level cleaning of plan text: markup, footnotes, page numbers, repeated table headers, hard wraps. */

export interface PlanLine {
  text: string;
  /** 1-based line span in the input text (several lines once unwrapped). */
  lineStart: number;
  lineEnd: number;
  /** Blank lines that preceded this line in the input. */
  blankBefore: number;
  /** Level of a markdown heading (`## …`), when the line was one. */
  markdownLevel?: number;
  /** A page number or a repeated table header was dropped just before this line. */
  pageBreakBefore?: boolean;
  /** Where each joined input line starts in `text`, once lines are unwrapped. */
  lineOffsets?: Array<{ offset: number; line: number }>;
}

export interface LineCleaningReport {
  footnotes: number;
  pageNumbersDropped: number;
  headerRowsDropped: number;
  warnings: string[];
}

const SUPERSCRIPT_DIGITS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const FOOTNOTE_DEFINITION = /^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\[\^?(\d+)\]:|\^\[(\d+)\])\s+(\S.*)$/u;
const FOOTNOTE_MARKER = /([.;:,]?)\s*(?:\^\[(\d+)\]|\[\^(\d+)\])/gu;
const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/u;

/** Removes markdown/HTML emphasis and returns the markdown heading level, if any. */
export function stripEmphasis(line: string): { text: string; markdownLevel?: number } {
  let text = line.replace(/<\/?(?:b|strong|i|em|u)>/giu, '');
  let markdownLevel: number | undefined;
  const heading = /^(#{1,6})\s+/u.exec(text);
  if (heading) {
    markdownLevel = heading[1]!.length;
    text = text.slice(heading[0].length);
  }
  text = text.replace(/\*\*|__/gu, '');
  // Single-asterisk italics only when paired, so a literal "(*trừ …" survives.
  text = text.replace(/(^|[\s(])\*(?=\S)([^*\n]+?)\*(?=$|[\s.,;:)])/gu, '$1$2');
  text = text.replace(/^ +| +$/gu, '');
  return markdownLevel === undefined ? { text } : { text, markdownLevel };
}

/**
 * Cleans the raw lines of a plan. Blank lines are dropped (their count is kept on the
 * next line), page numbers standing alone after a page gap are dropped, repeated
 * tab-separated header rows are dropped, and footnotes are folded into the sentence
 * that cites them as "(Chú thích n: …)".
 */
export function cleanPlanLines(text: string): { lines: PlanLine[]; report: LineCleaningReport } {
  const report: LineCleaningReport = { footnotes: 0, pageNumbersDropped: 0, headerRowsDropped: 0, warnings: [] };
  const rawLines = text.split(/\r?\n/u);
  const footnotes = new Map<string, string>();
  const definitionLines = new Set<number>();
  rawLines.forEach((raw, index) => {
    const match = FOOTNOTE_DEFINITION.exec(raw.trim());
    if (!match) return;
    const key = match[1] ? [...match[1]].map((char) => SUPERSCRIPT_DIGITS[char] ?? '').join('') : (match[2] ?? match[3])!;
    if (!text.includes(`^[${key}]`) && !text.includes(`[^${key}]`)) return;
    footnotes.set(key, match[4]!.trim());
    definitionLines.add(index);
  });

  const lines: PlanLine[] = [];
  const seenHeaders = new Set<string>();
  let blank = 0;
  let pageBreak = false;
  rawLines.forEach((raw, index) => {
    if (definitionLines.has(index)) return; // folded into its sentence below
    const { text: stripped, markdownLevel } = stripEmphasis(raw);
    if (!stripped.trim()) {
      blank++;
      return;
    }
    if (blank >= 2 && PAGE_NUMBER.test(stripped.trim())) {
      report.pageNumbersDropped++;
      pageBreak = true;
      blank = 0;
      return;
    }
    if (stripped.includes('\t')) {
      const key = stripped.replace(/\s+/gu, ' ').trim().toLowerCase();
      const cells = stripped.split('\t').map((cell) => cell.trim());
      const looksLikeHeader = cells.filter(Boolean).every((cell) => !/^[\d.,%]+$/u.test(cell));
      if (looksLikeHeader && seenHeaders.has(key)) {
        report.headerRowsDropped++;
        pageBreak = true;
        blank = 0;
        return;
      }
      if (looksLikeHeader && /^(?:stt|tt)(?!\p{L})|nội dung|nhiệm vụ|lĩnh vực/iu.test(cells.join(' '))) seenHeaders.add(key);
    }
    const withNotes = stripped.replace(FOOTNOTE_MARKER, (_whole, punctuation: string, key1?: string, key2?: string) => {
      const key = (key1 ?? key2)!;
      const note = footnotes.get(key);
      if (note === undefined) {
        report.warnings.push(`dòng ${index + 1}: không tìm thấy chú thích ${key}`);
        return punctuation;
      }
      report.footnotes++;
      return ` (Chú thích ${key}: ${note.replace(/[.;]$/u, '')})${punctuation}`;
    });
    const line: PlanLine = { text: withNotes, lineStart: index + 1, lineEnd: index + 1, blankBefore: blank };
    if (markdownLevel !== undefined) line.markdownLevel = markdownLevel;
    if (pageBreak) line.pageBreakBefore = true;
    lines.push(line);
    blank = 0;
    pageBreak = false;
  });
  return { lines, report };
}

const SENTENCE_END = /(?:[.;:!?…]|\.\/\.|[.;:!?]["”)»])$/u;
const LIST_START = /^(?:[-+•–*]\s|\d+(?:\.\d+)*[.)]\s*\S|[a-zđ][).]\s|[IVXLC]+[.)]\s|(?:phần|phụ lục|chương|mục|điều)\s+[\dIVXLC]|\(\d+\)\s|nơi nhận)/iu;

/** True when the line reads as a title: a numbered heading or written in capitals. */
function looksLikeTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return true;
  return /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|phần\s|phụ lục)/iu.test(text) && text.length <= 160;
}

/** Whether `next` continues the sentence that `previous` leaves open (a hard wrap). */
export function continuesLine(previous: string, next: string): boolean {
  if (previous.includes('\t') || next.includes('\t')) return false;
  if (LIST_START.test(next)) return false;
  // After ';' or ':' a lower-case line still belongs to the same paragraph.
  if (/^\p{Ll}/u.test(next)) return !/(?:[.!?…]|\.\/\.|[.!?]["”)»])$/u.test(previous.trimEnd());
  if (SENTENCE_END.test(previous.trimEnd())) return false;
  if (/^[\d(“"'’,;–-]/u.test(next)) return true;
  // An upper-case start continues only a line that is not itself a title.
  return !looksLikeTitle(previous) && !looksLikeTitle(next);
}

/** Joins hard-wrapped lines into whole paragraphs, keeping their line spans. */
export function unwrapLines(lines: PlanLine[]): PlanLine[] {
  const out: PlanLine[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && previous.markdownLevel === undefined && line.markdownLevel === undefined && continuesLine(previous.text, line.text)) {
      previous.text = `${previous.text.trimEnd()} `;
      previous.lineOffsets!.push({ offset: previous.text.length, line: line.lineStart });
      previous.text += line.text.trimStart();
      previous.lineEnd = line.lineEnd;
      continue;
    }
    out.push({ ...line, lineOffsets: [{ offset: 0, line: line.lineStart }] });
  }
  return out;
}
