/** Rebuilds the lines and paragraphs of one PDF page from the positions of its text items. */
import { repairLetterSpacing } from './repair-letter-spacing';

export interface PdfTextItem {
  str: string;
  /** Baseline origin in page space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface PageLine {
  y: number;
  fontSize: number;
  xEnd: number;
  text: string;
}

/** Items closer than this share a line, as a fraction of the font size. */
const SAME_LINE_TOLERANCE = 0.5;
/** A horizontal gap wider than this between items is a word space. */
const WORD_GAP = 0.15;
/** A line gap this much wider than the page's usual one starts a new paragraph. */
const PARAGRAPH_GAP_RATIO = 1.3;

function groupLines(items: PdfTextItem[]): PageLine[] {
  const lines: PageLine[] = [];
  let current: PageLine | undefined;
  // Items come in content-stream order, which producers write in reading order far more often than not.
  for (const item of items) {
    if (item.str === '') continue;
    const size = item.fontSize > 0 ? item.fontSize : 10;
    const sameLine =
      current !== undefined && Math.abs(item.y - current.y) <= SAME_LINE_TOLERANCE * Math.max(size, current.fontSize) && item.x >= current.xEnd - size;
    if (current && sameLine) {
      const gap = item.x - current.xEnd;
      if (gap > WORD_GAP * size && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.xEnd = Math.max(current.xEnd, item.x + item.width);
      current.fontSize = Math.max(current.fontSize, size);
    } else {
      current = { y: item.y, fontSize: size, xEnd: item.x + item.width, text: item.str };
      lines.push(current);
    }
  }
  return lines;
}

/** The lower quartile: paragraph gaps are the minority, so they must not pull the usual line gap up. */
function lowerQuartile(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 4)] ?? 0;
}

/** The page as text: one line per baseline, blank lines where the vertical gap widens. */
export function pdfPageText(items: PdfTextItem[]): { text: string; repairedLines: number } {
  const lines = groupLines(items).filter((line) => line.text.trim() !== '');
  const gaps = lines.slice(1).map((line, index) => lines[index]!.y - line.y);
  // Gaps under half a line are sub- and superscripts, not line spacing.
  const usualGap = lowerQuartile(gaps.filter((gap, index) => gap > 0.5 * lines[index + 1]!.fontSize));
  let repairedLines = 0;
  const output: string[] = [];
  lines.forEach((line, index) => {
    const gap = index > 0 ? gaps[index - 1]! : 0;
    // Moving up the page means a new column or block; a wide gap means a new paragraph.
    if (index > 0 && (gap < 0 || (usualGap > 0 && gap > usualGap * PARAGRAPH_GAP_RATIO))) output.push('');
    const text = line.text.replace(/\s+/g, ' ').trim();
    const repaired = repairLetterSpacing(text);
    if (repaired !== text) repairedLines++;
    output.push(repaired);
  });
  return { text: output.join('\n'), repairedLines };
}
