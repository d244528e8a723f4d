import { describe, expect, it } from 'vitest';
import { guardCitations } from '../../src/chat/citation-guard';
import { numericFacts, unsupportedFacts } from '../../src/chat/numeric-facts';

const passages = [
  { n: 1, text: 'Bảo đảm tối thiểu 95% người dân hài lòng; triển khai Quyết định số 350/QĐ-TTg ngày 26/02/2026, hoàn thành trong Quý IV/2026.' },
  { n: 2, text: 'Dự toán kinh phí 4.780 triệu đồng cho giai đoạn 2026 - 2030; thời hạn giải quyết 15 ngày làm việc.' },
];

describe('numeric facts', () => {
  it.each([
    ['Đạt 95% theo 350/QĐ-TTg ngày 26/02/2026 [1].', ['95%', '350/qd-ttg', '26/02/2026']],
    ['Quý IV/2026, kinh phí 4.780 triệu, giai đoạn 2026–2030.', ['iv/2026', '4.780', '2026-2030']],
    ['Không có số nào [3].', []],
  ])('%s', (text, facts) => expect(numericFacts(text)).toEqual(facts));

  it('forgives leading zeros and spacing around dashes but nothing else', () => {
    expect(unsupportedFacts('ngày 26/2/2026, giai đoạn 2026-2030', `${passages[0]!.text} ${passages[1]!.text}`)).toEqual([]);
    expect(unsupportedFacts('đạt 96%, 16 ngày', `${passages[0]!.text} ${passages[1]!.text}`)).toEqual(['96%', '16']);
  });
});

describe('citation guard', () => {
  it('keeps sentences whose facts appear in what they cite', () => {
    const result = guardCitations('Mục tiêu là 95% [1]. Kinh phí 4.780 triệu đồng [2]. Đây là nhiệm vụ thường xuyên.', passages);
    expect(result.answer).toBe('Mục tiêu là 95% [1]. Kinh phí 4.780 triệu đồng [2]. Đây là nhiệm vụ thường xuyên.');
    expect(result.interventions).toEqual([]);
    expect(result.cited).toEqual([1, 2]);
  });

  it.each([
    ['a number from another passage', 'Kinh phí 4.780 triệu đồng [1].', 'unsupported_fact'],
    ['an invented percentage', 'Mục tiêu là 98% [1].', 'unsupported_fact'],
    ['a number without citation', 'Thời hạn là 15 ngày làm việc.', 'uncited_fact'],
    ['a citation to a passage that was not given', 'Mục tiêu là 95% [9].', 'unknown_citation'],
  ])('drops %s', (_name, sentence, kind) => {
    const result = guardCitations(`Mục tiêu là 95% [1]. ${sentence}`, passages);
    expect(result.answer).toBe('Mục tiêu là 95% [1].');
    expect(result.interventions.map((intervention) => intervention.kind)).toContain(kind);
    expect(result.droppedSentences).toBe(1);
  });

  it('removes an unknown marker but keeps a sentence that states no number', () => {
    const result = guardCitations('Sở Nội vụ làm đầu mối [1][5].', passages);
    expect(result.answer).toBe('Sở Nội vụ làm đầu mối [1].');
    expect(result.interventions).toHaveLength(1);
  });

  it('checks list lines one by one and keeps the line structure', () => {
    const result = guardCitations('Theo kế hoạch của từng tỉnh:\n- Khánh Hòa: 95% [1].\n- Lào Cai: 91% [2].', passages);
    expect(result.answer).toBe('Theo kế hoạch của từng tỉnh:\n- Khánh Hòa: 95% [1].');
  });
});
