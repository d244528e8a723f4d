/** The family prior: a question's vocabulary leans toward plan passages or knowledge records, read from the corpus. */
import { describe, expect, it } from 'vitest';
import type { Chunk, ChunkKind } from '../../src/core/types';
import { FAMILY_PRIOR_STRENGTH, familyFactors, familyLeaning, type FamilyStatistics } from '../../src/search/family-prior';
import type { WeightedTerm } from '../../src/search/lexical-index';
import { Retriever } from '../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';

// 100 plan passages beside 400 records: per-family shares, not raw counts, must decide the lean.
const counts: Record<string, [number, number]> = {
  nhiem_vu: [60, 4],
  chu_tri: [40, 0],
  ho_so: [3, 300],
  le_phi: [0, 120],
  cong_chuc: [10, 40],
};
const statistics: FamilyStatistics = { sizes: [100, 400], frequency: (term) => counts[term] ?? [0, 0] };
const term = (text: string, weight = 1, coverage = true): WeightedTerm => ({ term: text, field: 'folded', weight, coverage });

describe('familyLeaning', () => {
  it.each<[string, WeightedTerm[], 'plans' | 'records' | 'neither']>([
    ['plan vocabulary', [term('nhiem_vu'), term('chu_tri')], 'plans'],
    ['procedure vocabulary', [term('ho_so'), term('le_phi')], 'records'],
    ['a word as common, per passage, in both families', [term('cong_chuc')], 'neither'],
    ['words the corpus never saw', [term('khong_co')], 'neither'],
    ['no question terms', [], 'neither'],
  ])('%s leans toward %s', (_label, terms, expected) => {
    const leaning = familyLeaning(terms, statistics);
    expect(Math.abs(leaning)).toBeLessThanOrEqual(1);
    if (expected === 'plans') expect(leaning).toBeGreaterThan(0.5);
    if (expected === 'records') expect(leaning).toBeLessThan(-0.5);
    if (expected === 'neither') expect(Math.abs(leaning)).toBeLessThan(0.05);
  });

  it('ignores stopwords and terms outside the folded field', () => {
    const ignored: WeightedTerm[] = [term('le_phi', 1, false), { term: 'lệ', field: 'marked', weight: 1 }];
    expect(familyLeaning([term('chu_tri'), ...ignored], statistics)).toBeCloseTo(familyLeaning([term('chu_tri')], statistics), 10);
  });

  it('leans nowhere while one family is empty', () => {
    expect(familyLeaning([term('chu_tri')], { ...statistics, sizes: [0, 400] })).toBe(0);
  });
});

describe('familyFactors', () => {
  it.each([
    [1, Math.exp(FAMILY_PRIOR_STRENGTH), Math.exp(-FAMILY_PRIOR_STRENGTH)],
    [-1, Math.exp(-FAMILY_PRIOR_STRENGTH), Math.exp(FAMILY_PRIOR_STRENGTH)],
    [0, 1, 1],
  ])('leaning %d gives plans ×%f and records ×%f', (leaning, plans, records) => {
    const [forPlans, forRecords] = familyFactors(leaning);
    expect(forPlans).toBeCloseTo(plans, 10);
    expect(forRecords).toBeCloseTo(records, 10);
  });
});

let serial = 0;
function chunk(kind: ChunkKind, text: string): Chunk {
  serial++;
  return { id: `c${serial}`, docId: `d${serial}`, title: 't', section: '', lineStart: 1, lineEnd: 1, scope: 'public', kind, text };
}

describe('Retriever with the family prior', () => {
  // One plan passage and one record that both mention the body; the rest sets each family's vocabulary.
  const plan = chunk('text', 'Sở Nội vụ chủ trì nhiệm vụ số hóa tài liệu.');
  const record = chunk('procedure', 'Sở Nội vụ tiếp nhận hồ sơ, lệ phí không thu.');
  const chunks = [
    plan,
    record,
    ...Array.from({ length: 6 }, (_, index) => chunk('text', `Nhiệm vụ ${index}: cơ quan chủ trì hoàn thành trong năm.`)),
    ...Array.from({ length: 12 }, (_, index) => chunk('procedure', `Thủ tục ${index}: hồ sơ gồm đơn, lệ phí theo quy định.`)),
  ];
  const score = (question: string, strength: number) =>
    new Retriever({ chunks, thesaurus: EMPTY_THESAURUS, familyPriorStrength: strength })
      .search(question, { k: 20 })
      .then((hits) => new Map(hits.map((hit) => [hit.chunk.id, hit.score])));

  it.each([
    ['Sở Nội vụ chủ trì nhiệm vụ gì', plan.id, record.id],
    ['Sở Nội vụ thu lệ phí hồ sơ không', record.id, plan.id],
  ])('%j: the favoured family gains against the other', async (question, favoured, other) => {
    const off = await score(question, 0);
    const on = await score(question, FAMILY_PRIOR_STRENGTH);
    expect(on.get(favoured)! / on.get(other)!).toBeGreaterThan(off.get(favoured)! / off.get(other)!);
  });
});
