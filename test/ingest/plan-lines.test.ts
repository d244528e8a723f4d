import { describe, expect, it } from 'vitest';
import { recognizeHeading, shortenHeading } from '../../src/ingest/heading-path';
import { cleanPlanLines, continuesLine, stripEmphasis, unwrapLines } from '../../src/ingest/plan-lines';

const unwrap = (text: string) => unwrapLines(cleanPlanLines(text).lines).map((line) => line.text);

describe('recognizeHeading', () => {
  it.each([
    ['Phần II. NỘI DUNG KẾ HOẠCH NĂM 2026', 'part'],
    ['PHỤ LỤC: DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI', 'appendix'],
    ['II. MỤC TIÊU', 'roman'],
    ['2. Mục tiêu cụ thể đến năm 2030', 'number'],
    ['1.2. Nhiệm vụ', 'subnumber'],
    ['đ) Đẩy mạnh hoạt động của các cơ quan', 'letter'],
    ['i) Nâng cao chất lượng phục vụ và mức độ hài lòng', 'letter'],
    ['- 100% hồ sơ công việc được xử lý trực tuyến.', 'dash'],
    ['+ Chi tiết', 'plus'],
    ['Nội dung thường', undefined],
    ['2030. Năm mục tiêu', undefined],
    ['I.1 điều khoản', undefined],
  ])('%s → %s', (line, kind) => {
    expect(recognizeHeading(line)?.kind).toBe(kind);
  });

  it('orders the levels from Phần down to +', () => {
    const ranks = ['Phần I. A', 'I. B', '1. C', 'a) D', '- E', '+ F'].map((line) => recognizeHeading(line)!.rank);
    expect(ranks).toEqual([...ranks].sort((left, right) => left - right));
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('shortens long headings at a word boundary', () => {
    const short = shortenHeading(`i) ${'Nâng cao chất lượng phục vụ '.repeat(8)}`);
    expect(short.length).toBeLessThanOrEqual(101);
    expect(short.endsWith('…')).toBe(true);
    expect(shortenHeading('II. MỤC TIÊU')).toBe('II. MỤC TIÊU');
  });
});

describe('unwrapLines', () => {
  it.each([
    ['a sentence wrapped over lines', 'Kế hoạch số 2429/KH-UBND của Ủy ban nhân dân tỉnh \n\nthực hiện Nghị quyết số 17/NQ-CP; ', ['Kế hoạch số 2429/KH-UBND của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 17/NQ-CP;']],
    ['a finished sentence stays apart', 'Hoàn thành việc kết nối.\nTiếp theo là đoạn mới.', ['Hoàn thành việc kết nối.', 'Tiếp theo là đoạn mới.']],
    ['a list item is never glued', 'Các nội dung gồm\n- Thứ nhất\n- Thứ hai', ['Các nội dung gồm', '- Thứ nhất', '- Thứ hai']],
    ['a heading keeps its paragraph apart', '1. Mục tiêu tổng quát \n\nNâng cao nhận thức và trách nhiệm', ['1. Mục tiêu tổng quát', 'Nâng cao nhận thức và trách nhiệm']],
    ['a wrapped heading is joined', 'đ) Đẩy mạnh hoạt động trên môi \n\ntrường điện tử \n\n- Trên 95% hồ sơ', ['đ) Đẩy mạnh hoạt động trên môi trường điện tử', '- Trên 95% hồ sơ']],
    ['a capitalised title is not glued to its successor', 'KẾ HOẠCH\nTriển khai thực hiện Quyết định', ['KẾ HOẠCH', 'Triển khai thực hiện Quyết định']],
  ])('%s', (_name, text, expected) => {
    expect(unwrap(text)).toEqual(expected);
  });

  it('keeps the input line span of joined lines', () => {
    const [line] = unwrapLines(cleanPlanLines('Một câu bị \n\nngắt dòng.').lines);
    expect([line!.lineStart, line!.lineEnd]).toEqual([1, 3]);
  });

  it('never joins table rows', () => {
    expect(continuesLine('1\tNhiệm vụ', 'tiếp theo')).toBe(false);
  });
});

describe('cleanPlanLines', () => {
  it('strips markdown and HTML emphasis, keeping the heading level', () => {
    expect(stripEmphasis('## **II. MỤC TIÊU**')).toEqual({ text: 'II. MỤC TIÊU', markdownLevel: 2 });
    expect(stripEmphasis('<b>I</b>\t<b>Công tác</b>').text).toBe('I\tCông tác');
    expect(stripEmphasis('trên môi trường số (*trừ nội dung mật)').text).toBe('trên môi trường số (*trừ nội dung mật)');
  });

  it('drops a page number standing alone after a page gap, but not a table row number', () => {
    const { lines, report } = cleanPlanLines('đoạn trước\n\n\n\n4\n\nđoạn sau\n\n1\n\nnhiệm vụ');
    expect(lines.map((line) => line.text)).toEqual(['đoạn trước', 'đoạn sau', '1', 'nhiệm vụ']);
    expect(report.pageNumbersDropped).toBe(1);
    expect(lines[1]!.pageBreakBefore).toBe(true);
  });

  it('attaches a footnote to the sentence that cites it and removes the note', () => {
    const { lines, report } = cleanPlanLines('Có 01 chỉ tiêu chưa đạt. ^[1]\n\n¹ Tỷ lệ dân số trưởng thành có chữ ký số\n\nĐoạn sau.');
    expect(lines.map((line) => line.text)).toEqual(['Có 01 chỉ tiêu chưa đạt (Chú thích 1: Tỷ lệ dân số trưởng thành có chữ ký số).', 'Đoạn sau.']);
    expect(report.footnotes).toBe(1);
  });

  it('drops a tab-separated header row repeated after a page break', () => {
    const text = 'TT\tNội dung\tMục tiêu\n1\tMột\t100%\n\nTT\tNội dung\tMục tiêu\n\ttiếp\t';
    const { lines, report } = cleanPlanLines(text);
    expect(lines.map((line) => line.text)).toEqual(['TT\tNội dung\tMục tiêu', '1\tMột\t100%', '\ttiếp\t']);
    expect(report.headerRowsDropped).toBe(1);
    expect(lines[2]!.pageBreakBefore).toBe(true);
  });
});
