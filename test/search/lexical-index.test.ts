/** LexicalIndex over small synthetic chunks: folded and marked fields, scope masks, boost, coverage, top-k. */

import { describe, expect, it } from 'vitest';
import type { Chunk, Scope } from '../../src/core/types';
import { LexicalIndex, type WeightedTerm } from '../../src/search/lexical-index';
import { buildQueryTerms } from '../../src/search/query-terms';
import { createThesaurus, EMPTY_THESAURUS } from '../../src/search/thesaurus';

function makeChunk(id: string, text: string, scope: Scope = 'public', section = ''): Chunk {
  return { id, docId: `doc-${id}`, title: id, section, lineStart: 1, lineEnd: 1, scope, kind: 'text', text };
}

const chunks = [
  makeChunk('hoi', 'Hồ sơ đề nghị thành lập hội gồm đơn và dự thảo điều lệ.'),
  makeChunk('hoi-typo', 'Hồ sơ đề nghị thành lập hỏi gồm đơn và dự thảo điều lệ.'),
  makeChunk('cds', 'Chuyển đổi số toàn diện lĩnh vực Nội vụ đến năm 2030.'),
  makeChunk('internal', 'Quy chế chi tiêu nội bộ của Sở.', 'internal'),
  makeChunk('section', 'Nội dung chính.', 'public', 'II. NHIỆM VỤ › Lưu trữ lịch sử'),
];
const index = LexicalIndex.build(chunks, EMPTY_THESAURUS);
const query = (question: string, thesaurus = EMPTY_THESAURUS, target = index) =>
  buildQueryTerms(question, { thesaurus, documentFrequency: (term) => target.documentFrequency(term) });
const search = (question: string, scopes: Scope[] = ['public'], extra: { k?: number; boost?: (document: number) => number } = {}) =>
  index.search(query(question), { k: extra.k ?? 10, scopes, boost: extra.boost }).map((hit) => ({ id: index.chunkIds[hit.index]!, score: hit.score }));
const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('LexicalIndex fields', () => {
  it('indexes folded unigrams and bigrams, and marked unigrams apart', () => {
    expect(index.size).toBe(5);
    expect(index.documentFrequency('thanh')).toBe(2);
    expect(index.documentFrequency('thanh_lap')).toBe(2);
    expect(index.documentFrequency('hoi')).toBe(2);
    expect(index.documentFrequency('hội', 'marked')).toBe(1);
    expect(index.documentFrequency('hỏi', 'marked')).toBe(1);
    expect(index.documentFrequency('hội')).toBe(0);
    expect(index.documentFrequency('2030')).toBe(1);
    expect([...index.vocabulary()]).toContain('chuyen');
  });

  it('indexes the section heading with the text', () => {
    expect(ids(search('lưu trữ lịch sử'))).toEqual(['section']);
  });

  it('searches the words kept with a passage but not shown in it', () => {
    const withKeywords = LexicalIndex.build([...chunks, { ...makeChunk('kw', 'Thủ tục cấp giấy phép lao động.'), keywords: 'công ty muốn thuê kỹ sư nước ngoài' }], EMPTY_THESAURUS);
    const hits = withKeywords.search(query('thuê kỹ sư', EMPTY_THESAURUS, withKeywords), { k: 3, scopes: ['public'] });
    expect(withKeywords.chunkIds[hits[0]!.index]).toBe('kw');
  });

  it.each([
    ['thu tuc thanh lap hoi', 'hoi', 'folded query'],
    ['CHUYEN DOI SO', 'cds', 'folded upper-case query'],
    ['chuyển đổi số', 'cds', 'marked query'],
    ['chuyên đôi sô', 'cds', 'wrong marks'],
    ['du thao dieu le', 'hoi', 'đ folded to d'],
  ])('finds accented text from %j', (question, expected) => {
    expect(ids(search(question))[0]).toBe(expected);
  });

  it('prefers the exact syllable when the question has tone marks', () => {
    const forHoi = search('thành lập hội');
    expect(ids(forHoi).slice(0, 2)).toEqual(['hoi', 'hoi-typo']);
    expect(forHoi[0]!.score).toBeGreaterThan(forHoi[1]!.score);
    expect(ids(search('thành lập hỏi')).slice(0, 2)).toEqual(['hoi-typo', 'hoi']);
  });

  it('ties the two when the question is typed without marks', () => {
    const hits = search('thanh lap hoi');
    expect(hits[0]!.score).toBeCloseTo(hits[1]!.score, 9);
    expect(ids(hits).slice(0, 2)).toEqual(['hoi', 'hoi-typo']); // equal scores: the earlier chunk first
  });
});

describe('LexicalIndex scopes, boost and ranking', () => {
  it.each<[Scope[], string[]]>([
    [['public'], []],
    [['internal'], ['internal']],
    [['public', 'internal'], ['internal']],
  ])('scopes %j → %j for an internal-only match', (scopes, expected) => {
    expect(ids(search('quy chế chi tiêu', scopes))).toEqual(expected);
  });

  it('never returns an internal chunk to a public caller even among many matches', () => {
    const hits = search('nội vụ sở hồ sơ quy chế', ['public']);
    expect(hits.length).toBeGreaterThan(0);
    expect(ids(hits)).not.toContain('internal');
  });

  it('multiplies scores by the boost', () => {
    const plain = search('thanh lap hoi');
    const boosted = search('thanh lap hoi', ['public'], { boost: (document) => (index.chunkIds[document] === 'hoi-typo' ? 2 : 1) });
    expect(boosted[0]!.id).toBe('hoi-typo');
    expect(boosted[0]!.score).toBeCloseTo(2 * plain.find((hit) => hit.id === 'hoi-typo')!.score, 9);
  });

  it('returns at most k hits, best first', () => {
    const all = search('hồ sơ nội vụ chuyển đổi', ['public']);
    expect(all.length).toBeGreaterThan(2);
    for (let position = 1; position < all.length; position++) expect(all[position]!.score).toBeLessThanOrEqual(all[position - 1]!.score);
    expect(search('hồ sơ nội vụ chuyển đổi', ['public'], { k: 2 })).toEqual(all.slice(0, 2));
    expect(search('hồ sơ nội vụ chuyển đổi', ['public'], { k: 0 })).toEqual([]);
  });

  it('gives nothing for an unknown word and reuses its buffers between searches', () => {
    expect(search('xyzzy')).toEqual([]);
    const first = search('thành lập hội');
    search('chuyển đổi số');
    expect(search('thành lập hội')).toEqual(first);
  });

  it('discounts passages covering few question words when a coverage exponent is set', () => {
    const small = LexicalIndex.build([makeChunk('both', 'lưu trữ hồ sơ'), makeChunk('one', 'lưu lưu lưu')], EMPTY_THESAURUS);
    const terms: WeightedTerm[] = [
      { term: 'luu', field: 'folded', weight: 1, coverage: true },
      { term: 'tru', field: 'folded', weight: 1, coverage: true },
    ];
    const score = (exponent: number) =>
      Object.fromEntries(small.search(terms, { k: 5, scopes: ['public'], coverageExponent: exponent }).map((hit) => [small.chunkIds[hit.index], hit.score]));
    const off = score(0);
    const on = score(2);
    expect(on.both).toBeCloseTo(off.both!, 9);
    expect(on.one!).toBeLessThan(off.one!);
  });

  it('indexes thesaurus tokens so an abbreviation finds the phrase', () => {
    const thesaurus = createThesaurus({ groups: [{ id: 'gpld', terms: ['gplđ', 'giấy phép lao động'] }], stopwords: [] });
    const withThesaurus = LexicalIndex.build([makeChunk('permit', 'Cấp giấy phép lao động cho người nước ngoài'), makeChunk('other', 'Cấp thẻ tạm trú')], thesaurus);
    expect(withThesaurus.documentFrequency('§gpld')).toBe(1);
    const hits = withThesaurus.search(query('hồ sơ gplđ', thesaurus, withThesaurus), { k: 5, scopes: ['public'] });
    expect(hits.map((hit) => withThesaurus.chunkIds[hit.index])).toEqual(['permit']);
  });

  it('builds an empty index', () => {
    const empty = LexicalIndex.build([], EMPTY_THESAURUS);
    expect(empty.size).toBe(0);
    expect(empty.search(query('hồ sơ', EMPTY_THESAURUS, empty), { k: 5, scopes: ['public'] })).toEqual([]);
  });
});
