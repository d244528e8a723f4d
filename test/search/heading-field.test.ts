/** The heading field: a question naming a section meets the passages under that heading, and survives a snapshot. */
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/types';
import { LexicalIndex } from '../../src/search/lexical-index';
import { lexicalFromSnapshot, lexicalToSnapshot } from '../../src/search/lexical-snapshot';
import { buildQueryTerms, DEFAULT_QUERY_WEIGHTS } from '../../src/search/query-terms';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';

function chunk(id: string, section: string, text: string): Chunk {
  return { id, docId: 'plan', title: 'Kế hoạch', section, lineStart: 1, lineEnd: 1, scope: 'public', kind: 'text', text };
}

// The items of a "giải pháp" section never repeat the word; a passage elsewhere mentions it once in passing.
const chunks = [
  chunk('solution-1', 'II. NỘI DUNG › V. GIẢI PHÁP', '1. Đẩy mạnh truyền thông, nâng cao nhận thức về chuyển đổi số trong cơ quan.'),
  chunk('solution-2', 'II. NỘI DUNG › V. GIẢI PHÁP', '2. Thu hút nguồn lực công nghệ thông tin cho chuyển đổi số của tỉnh.'),
  chunk('report', 'I. ĐÁNH GIÁ KẾT QUẢ', 'Các giải pháp chuyển đổi số năm trước đã được triển khai; kết quả được báo cáo Ủy ban nhân dân tỉnh định kỳ.'),
  chunk('target', 'III. MỤC TIÊU', 'Bảo đảm 95% hồ sơ được số hóa trong năm.'),
];
const index = LexicalIndex.build(chunks, EMPTY_THESAURUS);
const termsOf = (question: string, weights = DEFAULT_QUERY_WEIGHTS) =>
  buildQueryTerms(question, { thesaurus: EMPTY_THESAURUS, documentFrequency: (term) => index.documentFrequency(term), weights });
const top = (target: LexicalIndex, question: string, weights = DEFAULT_QUERY_WEIGHTS) =>
  target.search(termsOf(question, weights), { k: 4, scopes: ['public'] }).map((hit) => target.chunkIds[hit.index]);

describe('heading field', () => {
  it.each([
    ['giai_phap', 2],
    ['muc_tieu', 1],
    ['truyen_thong', 0],
  ])('indexes the heading path alone: %s in %i headings', (term, frequency) => {
    expect(index.documentFrequency(term, 'heading')).toBe(frequency);
  });

  it('adds each content term against headings, weighted below the text', () => {
    const heading = termsOf('những giải pháp chuyển đổi số').filter((term) => term.field === 'heading');
    expect(heading.map((term) => term.term)).toContain('giai_phap');
    for (const term of heading) expect(term.weight).toBeLessThan(1);
  });

  it('lifts the passages under the named heading against a passing mention', () => {
    const ratio = (weights: typeof DEFAULT_QUERY_WEIGHTS) => {
      const scores = new Map(index.search(termsOf('những giải pháp chuyển đổi số', weights), { k: 4, scopes: ['public'] }).map((hit) => [index.chunkIds[hit.index], hit.score]));
      return scores.get('solution-1')! / scores.get('report')!;
    };
    const without = ratio({ ...DEFAULT_QUERY_WEIGHTS, heading: 0 });
    expect(ratio(DEFAULT_QUERY_WEIGHTS)).toBeGreaterThan(without * 1.1);
    expect(top(index, 'những giải pháp chuyển đổi số', { ...DEFAULT_QUERY_WEIGHTS, heading: 1 }).slice(0, 2).sort()).toEqual(['solution-1', 'solution-2']);
  });

  it('keeps the heading field through a snapshot', () => {
    const restored = lexicalFromSnapshot(JSON.parse(JSON.stringify(lexicalToSnapshot(index))), chunks);
    expect(restored.documentFrequency('giai_phap', 'heading')).toBe(2);
    expect(top(restored, 'những giải pháp chuyển đổi số')).toEqual(top(index, 'những giải pháp chuyển đổi số'));
  });
});
