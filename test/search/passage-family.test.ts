/** Passage families and the family-aware idf: a kind's volume must not set another kind's term statistics. */
import { describe, expect, it } from 'vitest';
import type { Chunk, ChunkKind } from '../../src/core/types';
import { inverseDocumentFrequency } from '../../src/search/bm25';
import { familyInverseDocumentFrequency, LexicalIndex } from '../../src/search/lexical-index';
import { DOCUMENT_FAMILY, KNOWLEDGE_FAMILY, passageFamily } from '../../src/search/passage-family';
import { buildQueryTerms } from '../../src/search/query-terms';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';

describe('passageFamily', () => {
  it.each<[ChunkKind, number]>([
    ['text', DOCUMENT_FAMILY],
    ['table-row', DOCUMENT_FAMILY],
    ['procedure', KNOWLEDGE_FAMILY],
    ['faq', KNOWLEDGE_FAMILY],
    ['routing', KNOWLEDGE_FAMILY],
  ])('%s passages belong to family %i', (kind, family) => {
    expect(passageFamily(kind)).toBe(family);
  });
});

describe('familyInverseDocumentFrequency', () => {
  it.each([
    // pooled idf, family size, family frequency, expected
    ['common in the family, rare overall: the family decides', inverseDocumentFrequency(100, 10), 10, 9, inverseDocumentFrequency(10, 9)],
    ['rare in the family, common overall: the pool decides', inverseDocumentFrequency(100, 60), 40, 1, inverseDocumentFrequency(100, 60)],
    ['absent from the family: the pool decides', inverseDocumentFrequency(100, 5), 40, 0, inverseDocumentFrequency(100, 5)],
  ])('%s', (_label, pooled, size, frequency, expected) => {
    expect(familyInverseDocumentFrequency(pooled, size, frequency)).toBeCloseTo(expected, 10);
  });
});

let serial = 0;
function chunk(kind: ChunkKind, text: string): Chunk {
  serial++;
  return { id: `c${serial}`, docId: `d${serial}`, title: 't', section: '', lineStart: 1, lineEnd: 1, scope: 'public', kind, text };
}

describe('LexicalIndex with family statistics', () => {
  // Every plan passage repeats "kế hoạch"; the many procedure records never use it and all say "hồ sơ".
  const plans = [
    chunk('text', 'Kế hoạch giao Sở Nội vụ chủ trì nhiệm vụ số hóa hồ sơ lưu trữ.'),
    chunk('text', 'Kế hoạch đặt mục tiêu dữ liệu mở của tỉnh.'),
    chunk('table-row', 'Kế hoạch: nhiệm vụ nâng cấp mạng nội bộ.'),
  ];
  const records = Array.from({ length: 30 }, (_, index) => chunk('procedure', `Thủ tục số ${index}: hồ sơ nộp tại bộ phận một cửa, thời hạn giải quyết mười ngày.`));
  const all = [...plans, ...records];
  const family = LexicalIndex.build(all, EMPTY_THESAURUS);
  const pooled = LexicalIndex.build(all, EMPTY_THESAURUS, undefined, 'global');

  it('gives a word every plan repeats the low idf of the plans, not the pooled one', () => {
    const [forPlans] = family.familyIdf('ke_hoach');
    expect(forPlans).toBeLessThan(inverseDocumentFrequency(all.length, plans.length));
    expect(forPlans).toBeCloseTo(inverseDocumentFrequency(plans.length, plans.length), 10);
  });

  it.each([
    ['a word every record carries: the records\' low idf', 'ho_so', inverseDocumentFrequency(records.length, records.length)],
    ['a plan word no record carries: the pooled idf', 'chu_tri', inverseDocumentFrequency(all.length, 1)],
  ])('scores records with %s', (_label, term, expected) => {
    expect(family.familyIdf(term)[KNOWLEDGE_FAMILY]).toBeCloseTo(expected, 10);
  });

  it('ranks the plan passage that holds the rarer words first once the repeated word is discounted', () => {
    const query = (index: LexicalIndex) =>
      buildQueryTerms('kế hoạch giao nhiệm vụ số hóa hồ sơ', { thesaurus: EMPTY_THESAURUS, documentFrequency: (term) => index.documentFrequency(term) });
    const top = (index: LexicalIndex) => index.search(query(index), { k: 3, scopes: ['public'] }).map((hit) => index.chunkIds[hit.index]);
    expect(top(family)[0]).toBe(plans[0]!.id);
    expect(top(pooled)[0]).toBe(plans[0]!.id);
  });

  it('reads the same postings either way: statistics change scores, not matches', () => {
    const query = buildQueryTerms('hồ sơ', { thesaurus: EMPTY_THESAURUS, documentFrequency: (term) => family.documentFrequency(term) });
    const matched = (index: LexicalIndex) => new Set(index.search(query, { k: 50, scopes: ['public'] }).map((hit) => hit.index));
    expect(matched(family)).toEqual(matched(pooled));
    expect(matched(family).size).toBe(records.length + 1);
  });
});

describe('family frequencies of unknown terms', () => {
  it.each(['khongcotrongkho', 'zzz_yyy'])('reads %j as absent from both families', (term) => {
    const index = LexicalIndex.build([chunk('text', 'Kế hoạch năm.'), chunk('procedure', 'Hồ sơ gồm đơn.')], EMPTY_THESAURUS);
    expect(Array.from(index.familyFrequency(term))).toEqual([0, 0]);
    expect(index.familyIdf(term).every((idf) => idf > 0)).toBe(true);
  });
});
