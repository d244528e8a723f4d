import { describe, expect, it } from 'vitest';
import { type PdfTextItem, pdfPageText } from '../../../src/ingest/loaders/pdf-page-text';

function item(str: string, x: number, y: number, width = str.length * 6, fontSize = 12): PdfTextItem {
  return { str, x, y, width, fontSize };
}

describe('pdfPageText', () => {
  it('joins items on one baseline, spacing them by their horizontal gap', () => {
    const { text } = pdfPageText([item('Cơ quan:', 50, 700, 48), item('Sở Nội vụ', 102, 700, 54), item('tỉnh', 156, 700, 24)]);
    // 102 - 98 = 4 > 0.15 × 12 → a space; 156 - 156 = 0 → glued, as the producer meant.
    expect(text).toBe('Cơ quan: Sở Nội vụtỉnh');
  });

  it('starts a new line on a new baseline and a paragraph on a wider gap', () => {
    const lines = [item('Tiêu đề', 50, 780), item('dòng một', 50, 754), item('dòng hai', 50, 738), item('dòng ba', 50, 722), item('đoạn mới', 50, 696)];
    expect(pdfPageText(lines).text).toBe('Tiêu đề\n\ndòng một\ndòng hai\ndòng ba\n\nđoạn mới');
  });

  it('treats a jump back up the page as a new block', () => {
    expect(pdfPageText([item('cột trái', 50, 700), item('cột phải', 300, 780)]).text).toBe('cột trái\n\ncột phải');
  });

  it('skips empty items and counts repaired letter-spaced lines', () => {
    const result = pdfPageText([item('', 0, 0, 0), item('B Ộ N Ộ I V Ụ', 50, 700, 80)]);
    expect(result).toEqual({ text: 'BỘ NỘI VỤ', repairedLines: 1 });
  });
});
