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
    const result = guardCitations(`Mục tiêu là 95% [1].\n${sentence}`, passages);
    expect(result.answer).toBe('Mục tiêu là 95% [1].');
    expect(result.interventions.map((intervention) => intervention.kind)).toContain(kind);
    expect(result.droppedSentences).toBe(1);
  });

  it('removes an unknown marker but keeps a sentence that states no number', () => {
    const result = guardCitations('Đây là nhiệm vụ trọng tâm [1][5].', passages);
    expect(result.answer).toBe('Đây là nhiệm vụ trọng tâm [1].');
    expect(result.interventions).toHaveLength(1);
  });

  it('reads a sentence cited only at the end of its line against that citation', () => {
    const kept = guardCitations('- Dự toán 4.780 triệu đồng. Thời hạn giải quyết 15 ngày làm việc [2].', passages);
    expect(kept).toMatchObject({ answer: '- Dự toán 4.780 triệu đồng. Thời hạn giải quyết 15 ngày làm việc [2].', interventions: [] });
    const invented = guardCitations('- Dự toán 5.000 triệu đồng. Thời hạn giải quyết 15 ngày làm việc [2].\nĐạt 95% [1]. Thêm 16 ngày.\nCòn 17 ngày.', passages);
    expect(invented.answer).toBe('Thời hạn giải quyết 15 ngày làm việc [2].\nĐạt 95% [1].');
    expect(invented.interventions.map((intervention) => intervention.kind)).toEqual(['unsupported_fact', 'unsupported_fact', 'uncited_fact']);
  });

  it('reads a list introduction against the first citation of its list, and a heading path against the passage section', () => {
    const sectioned = [{ n: 1, text: 'Bảo đảm tối thiểu 95% người dân hài lòng.', section: 'II. NỘI DUNG KẾ HOẠCH NĂM 2026 › 1. Mục tiêu' }];
    const answer = 'Các mục tiêu năm 2026:\n- Tối thiểu 95% người dân hài lòng [1].\nXem thêm tài liệu nguồn [1], mục: II. NỘI DUNG KẾ HOẠCH NĂM 2026 › 1. Mục tiêu.';
    expect(guardCitations(answer, sectioned)).toMatchObject({ answer, interventions: [] });
    expect(guardCitations('Các mục tiêu năm 2027:\n- Tối thiểu 95% người dân hài lòng [1].', sectioned).answer).toBe('- Tối thiểu 95% người dân hài lòng [1].');
  });

  it('checks list lines one by one and keeps the line structure', () => {
    const result = guardCitations('Theo kế hoạch của từng tỉnh:\n- Khánh Hòa: 95% [1].\n- Lào Cai: 91% [2].', passages);
    expect(result.answer).toBe('Theo kế hoạch của từng tỉnh:\n- Khánh Hòa: 95% [1].');
  });
});

describe('citation guard: agency and body names', () => {
  const bodies = [
    { n: 1, text: 'SỞ NỘI VỤ\n- Chủ trì triển khai nền tảng lưu trữ số; phối hợp UBND cấp xã rà soát hồ sơ.' },
    { n: 2, text: 'Công an tỉnh chủ trì vận hành Trung tâm giám sát an toàn không gian mạng; Sở Khoa học và Công nghệ phối hợp.' },
  ];

  it('keeps a sentence whose agencies stand in what it cites, whatever the case, tone marks or short forms', () => {
    const answer = 'Sở Nội vụ chủ trì, phối hợp Uỷ ban nhân dân các xã [1].';
    expect(guardCitations(answer, bodies)).toMatchObject({ answer, interventions: [] });
  });

  it('drops a sentence naming an agency its passage does not name, even when another passage does', () => {
    const result = guardCitations('Sở Nội vụ chủ trì [1]. Công an tỉnh chủ trì triển khai nền tảng lưu trữ số [1].', bodies);
    expect(result.answer).toBe('Sở Nội vụ chủ trì [1].');
    expect(result.interventions).toEqual([{ kind: 'unsupported_agency', sentence: 'Công an tỉnh chủ trì triển khai nền tảng lưu trữ số [1].', details: ['cong an tinh'] }]);
  });

  it.each([
    ['another department', 'Sở Tư pháp chủ trì triển khai nền tảng lưu trữ số [1].', 'so tu phap'],
    ['another level of the same body', 'Ủy ban nhân dân tỉnh phối hợp rà soát hồ sơ [1].', 'uy ban nhan dan tinh'],
    ['a ministry', 'Bộ Nội vụ chủ trì triển khai nền tảng lưu trữ số [1].', 'bo noi vu'],
    ['social insurance', 'Bảo hiểm xã hội tỉnh phối hợp rà soát hồ sơ [1].', 'bao hiem xa hoi tinh'],
  ])('drops %s absent from the cited passage', (_name, sentence, name) => {
    const result = guardCitations(sentence, bodies);
    expect(result.answer).toBe('');
    expect(result.interventions[0]).toMatchObject({ kind: 'unsupported_agency', details: [name] });
  });

  it('reads a sentence citing several passages against all of them', () => {
    const answer = 'Sở Nội vụ chủ trì; Công an tỉnh và Sở Khoa học và Công nghệ phối hợp [1][2].';
    expect(guardCitations(answer, bodies)).toMatchObject({ answer, interventions: [], cited: [1, 2] });
  });

  it("leaves the engine's uncited framing alone: a pointer to the official channel is no cited fact", () => {
    const answer = 'Sở Nội vụ chủ trì [1].\nQuý vị có thể liên hệ Trung tâm Phục vụ hành chính công hoặc Sở Tư pháp để được hướng dẫn.';
    expect(guardCitations(answer, bodies)).toMatchObject({ answer, interventions: [] });
  });
});
