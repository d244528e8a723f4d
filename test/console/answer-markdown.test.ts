import { describe, expect, it } from 'vitest';
import { answerMarkdown } from '../../src/console/answer-markdown';

describe('answerMarkdown', () => {
  it('writes the answer and numbered sources with quotes, escaping Markdown in titles and quotes', () => {
    const markdown = answerMarkdown('Hạn hoàn thành?', 'Trước ngày 15/6/2026 [1].', [
      { n: 1, text: 'Phòng Tổ chức biên chế   hoàn thành *trước* ngày 15/6/2026.', source: { docId: 'ghi-chu', title: 'Ghi chú [nội bộ]', section: 'Mục 1', url: 'https://example.gov.vn/a' } },
    ]);
    expect(markdown).toBe(
      ['**Hỏi:** Hạn hoàn thành?', '', 'Trước ngày 15/6/2026 [1].', '', '**Nguồn:**', '1. Ghi chú \\[nội bộ\\] › Mục 1 (https://example.gov.vn/a)', '   > Phòng Tổ chức biên chế hoàn thành \\*trước\\* ngày 15/6/2026.', ''].join('\n'),
    );
  });

  it('has no source list when there are no citations', () => {
    expect(answerMarkdown('Hỏi', 'Xin lỗi.', [])).toBe('**Hỏi:** Hỏi\n\nXin lỗi.\n');
  });
});
