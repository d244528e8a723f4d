/** Per-question scores and the report: hit@5, MRR@10, answer and refusal correctness, the final line. */

import { describe, expect, it } from 'vitest';
import { evalQuestionSchema, formatReport, scoreQuestion, summarize, type EvalObservation, type EvalQuestion, type QuestionScore } from '../../src/eval/eval-report';

function question(overrides: Partial<EvalQuestion> & { id: string }): EvalQuestion {
  return evalQuestionSchema.parse({ doc: '000', category: 'fact_target', question: '?', evidence: [], answer_contains: [], expect: 'answer', ...overrides });
}
const answer = (text: string, citations: number, refused = false): EvalObservation['answer'] => ({ text, citations, refused, words: text.split(/\s+/u).length, structured: false });
const filler = (count: number) => Array.from({ length: count }, (_, index) => `đoạn không liên quan số ${index}`);
const FIGURE = String.raw`(?:\d\.\d{3}|–)`;
const FINAL_LINE = new RegExp(`^recall@5=${FIGURE} mrr@10=${FIGURE} answer=${FIGURE} refuse=${FIGURE} \\(n=\\d+\\)$`, 'u');

describe('evalQuestionSchema', () => {
  it('defaults evidence and answer_contains, and rejects an unknown expectation', () => {
    const parsed = evalQuestionSchema.parse({ id: 'q', doc: 'none', category: 'out_of_scope', question: '?', expect: 'refuse' });
    expect(parsed.evidence).toEqual([]);
    expect(parsed.answer_contains).toEqual([]);
    expect(() => evalQuestionSchema.parse({ ...parsed, expect: 'maybe' })).toThrow();
  });

  it('reads history and scope, defaulting to a single public question, and rejects a bad scope or empty turn', () => {
    const single = evalQuestionSchema.parse({ id: 'q', doc: '001', category: 'fact_target', question: '?', expect: 'answer' });
    expect(single.history).toEqual([]);
    expect(single.scope).toBe('public');
    const followUp = evalQuestionSchema.parse({ ...single, history: ['Thủ tục A cần hồ sơ gì?'], scope: 'internal' });
    expect(followUp.history).toEqual(['Thủ tục A cần hồ sơ gì?']);
    expect(followUp.scope).toBe('internal');
    expect(() => evalQuestionSchema.parse({ ...single, scope: 'staff' })).toThrow();
    expect(() => evalQuestionSchema.parse({ ...single, history: [''] })).toThrow();
    expect(() => evalQuestionSchema.parse({ ...single, history: 'một câu' })).toThrow();
  });
});

describe('scoreQuestion retrieval', () => {
  const evidence = ['tỷ lệ hồ sơ đạt 95%', 'Sở Nội vụ chủ trì thực hiện'];
  const first = 'Mục tiêu: tỷ lệ hồ sơ đạt 95% trong năm.';
  const second = 'Giao Sở Nội vụ chủ trì thực hiện kế hoạch.';

  it.each([
    [[first, second, ...filler(8)], 1, 1 / 2],
    [[second, first], 1, 1 / 2],
    [[first + ' ' + second], 1, 1],
    [[...filler(2), first, ...filler(1), second], 1, 1 / 5],
    [[first, ...filler(4), second], 0, 1 / 6],
    [[first, ...filler(9), second], 0, 0],
    [[first, ...filler(9)], 0, 0],
    [[], 0, 0],
  ])('passages #%# → hit@5=%s, reciprocal rank=%s', (passages, hit, reciprocal) => {
    const score = scoreQuestion({ question: question({ id: 'q', evidence }), passages });
    expect(score.hasEvidence).toBe(true);
    expect(score.hit5).toBe(hit);
    expect(score.reciprocalRank).toBeCloseTo(reciprocal, 12);
  });

  it('leaves retrieval figures undefined for a question without evidence', () => {
    const score = scoreQuestion({ question: question({ id: 'q' }), passages: [first] });
    expect(score.hasEvidence).toBe(false);
    expect(score.hit5).toBeUndefined();
    expect(score.reciprocalRank).toBeUndefined();
  });
});

describe('scoreQuestion answers and refusals', () => {
  const asked = question({ id: 'a', answer_contains: ['95%', 'Sở Nội vụ || UBND tỉnh'] });
  const refusal = question({ id: 'r', doc: 'none', category: 'out_of_scope', expect: 'refuse' });

  it.each([
    ['all entries and a citation', answer('Đạt 95%, do Sở Nội vụ chủ trì [1].', 1), 1],
    ['the other alternative', answer('Đạt 95%, do UBND tỉnh chủ trì [1].', 2), 1],
    ['no citation', answer('Đạt 95%, do Sở Nội vụ chủ trì.', 0), 0],
    ['an entry missing', answer('Do Sở Nội vụ chủ trì [1].', 1), 0],
    ['a refusal', answer('Xin lỗi, tôi không tìm thấy thông tin trong nguồn.', 0, true), 0],
  ])('answer with %s → %i', (_label, given, expected) => {
    const score = scoreQuestion({ question: asked, passages: [], answer: given });
    expect(score.answerCorrect).toBe(expected);
    expect(score.refuseCorrect).toBeUndefined();
  });

  it.each([
    ['refused with no citation', answer('Tôi không thể trả lời câu hỏi này từ các nguồn hiện có.', 0, true), 1],
    ['refused yet citing a source as if it were a fact', answer('Không rõ, nhưng theo [1] là 95%.', 1, true), 0],
    ['answered instead', answer('Thời tiết hôm nay đẹp.', 0, false), 0],
  ])('refusal %s → %i', (_label, given, expected) => {
    const score = scoreQuestion({ question: refusal, passages: [], answer: given });
    expect(score.refuseCorrect).toBe(expected);
    expect(score.answerCorrect).toBeUndefined();
  });

  it('marks the no-diacritics subset by flag or by category', () => {
    expect(scoreQuestion({ question: question({ id: 'x', nodiac: true }), passages: [] }).nodiac).toBe(true);
    expect(scoreQuestion({ question: question({ id: 'y', category: 'no_diacritics' }), passages: [] }).nodiac).toBe(true);
    expect(scoreQuestion({ question: question({ id: 'z' }), passages: [] }).nodiac).toBe(false);
  });
});

describe('summarize and formatReport', () => {
  const scores: QuestionScore[] = [
    { id: '1', category: 'fact_target', doc: '000', nodiac: false, hasEvidence: true, hit5: 1, reciprocalRank: 1, answerCorrect: 1 },
    { id: '2', category: 'fact_target', doc: '001', nodiac: true, hasEvidence: true, hit5: 0, reciprocalRank: 1 / 6, answerCorrect: 0 },
    { id: '3', category: 'no_diacritics', doc: '001', nodiac: true, hasEvidence: true, hit5: 1, reciprocalRank: 1 / 3, answerCorrect: 1 },
    { id: '4', category: 'procedure', doc: 'knowledge', nodiac: false, hasEvidence: false, answerCorrect: 1 },
    { id: '5', category: 'out_of_scope', doc: 'none', nodiac: false, hasEvidence: false, refuseCorrect: 1 },
    { id: '6', category: 'injection', doc: 'none', nodiac: false, hasEvidence: false, refuseCorrect: 0 },
  ];

  it('averages each figure over the questions it applies to', () => {
    const figures = summarize(scores);
    expect(figures.n).toBe(6);
    expect(figures.recall5).toBeCloseTo(2 / 3, 12);
    expect(figures.mrr10).toBeCloseTo((1 + 1 / 6 + 1 / 3) / 3, 12);
    expect(figures.answer).toBeCloseTo(3 / 4, 12);
    expect(figures.refuse).toBeCloseTo(1 / 2, 12);
    expect(summarize([])).toEqual({ n: 0, recall5: undefined, mrr10: undefined, answer: undefined, refuse: undefined });
  });

  it('ends with the one-line summary in the required format', () => {
    const lines = formatReport(scores).split('\n');
    expect(lines.at(-1)).toBe('recall@5=0.667 mrr@10=0.500 answer=0.750 refuse=0.500 (n=6)');
    expect(lines.at(-1)).toMatch(FINAL_LINE);
  });

  it('prints "–", as the table does, for a figure no question measured (never 0.000)', () => {
    expect(formatReport([]).split('\n').at(-1)).toBe('recall@5=– mrr@10=– answer=– refuse=– (n=0)');
    const refusalsOnly: QuestionScore[] = [{ id: '9', category: 'out_of_scope', doc: 'none', nodiac: false, hasEvidence: false, refuseCorrect: 1 }];
    const lines = formatReport(refusalsOnly).split('\n');
    expect(lines.at(-1)).toBe('recall@5=– mrr@10=– answer=– refuse=1.000 (n=1)');
    expect(lines.at(-1)).toMatch(FINAL_LINE);
    expect(lines.find((line) => line.trimStart().startsWith('overall'))).toMatch(/recall@5=\s*–\s+mrr@10=\s*–\s+answer=\s*–\s+refuse=1\.000/u);
  });

  it('reports per category, per document, the no-diacritics subset and answers with and without evidence', () => {
    const report = formatReport(scores);
    const row = (label: string) => report.split('\n').find((line) => line.trimStart().startsWith(label + ' '));
    for (const category of ['fact_target', 'no_diacritics', 'procedure', 'out_of_scope', 'injection']) expect(row(category)).toBeDefined();
    for (const doc of ['000', '001', 'knowledge', 'none']) expect(row(doc)).toBeDefined();
    expect(row('fact_target')).toMatch(/n=\s*2\s+recall@5=0\.500\s+mrr@10=0\.583/u);
    expect(row('no diacritics')).toMatch(/n=\s*2\s+recall@5=0\.500\s+mrr@10=0\.250\s+answer=0\.500/u);
    expect(row('answer, with evidence')).toMatch(/n=\s*3 .*answer=0\.667/u);
    expect(row('answer, without evidence')).toMatch(/n=\s*1 .*answer=1\.000/u);
    expect(row('overall')).toMatch(/n=\s*6\s+recall@5=0\.667/u);
    expect(row('out_of_scope')).toMatch(/recall@5=\s+–\s+.*refuse=1\.000/u);
  });

  it('scores end to end from observations', () => {
    const observations: EvalObservation[] = [
      { question: question({ id: 'e', evidence: ['hồ sơ gồm đơn đề nghị'], answer_contains: ['đơn đề nghị'] }), passages: ['Hồ sơ gồm đơn đề nghị và bản sao.'], answer: answer('Hồ sơ gồm đơn đề nghị [1].', 1) },
      { question: question({ id: 'r', doc: 'none', category: 'out_of_scope', expect: 'refuse' }), passages: [], answer: answer('Tôi không có nguồn để trả lời.', 0, true) },
    ];
    expect(formatReport(observations.map(scoreQuestion)).split('\n').at(-1)).toBe('recall@5=1.000 mrr@10=1.000 answer=1.000 refuse=1.000 (n=2)');
  });
});
