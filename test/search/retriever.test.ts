/** Retriever on synthetic chunks: folding, tone preference, provinces, scope isolation, dense fusion, reranker, typos. */

import { describe, expect, it, vi } from 'vitest';
import type { Chunk, Scope, SearchHit } from '../../src/core/types';
import { BruteForceVectorIndex } from '../../src/embed/brute-force-vector-index';
import { createFakeEmbedder, fakeEmbedding } from '../../src/embed/fake-embedder';
import type { Embedder } from '../../src/ports/embedder';
import { Retriever, type RetrieverOptions } from '../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';

function makeChunk(id: string, text: string, extra: Partial<Chunk> = {}): Chunk {
  return { id, docId: `doc-${id}`, title: id, section: '', lineStart: 1, lineEnd: 1, scope: 'public', kind: 'text', text, ...extra };
}

const chunks: Chunk[] = [
  makeChunk('hoi', 'Hồ sơ đề nghị thành lập hội gồm đơn và dự thảo điều lệ.'),
  makeChunk('hoi-typo', 'Hồ sơ đề nghị thành lập hỏi gồm đơn và dự thảo điều lệ.'),
  makeChunk('permit-lc', 'Cấp giấy phép lao động cho người nước ngoài.', { province: 'Lào Cai' }),
  makeChunk('permit-kh', 'Cấp giấy phép lao động cho người nước ngoài.', { province: 'Khánh Hòa' }),
  makeChunk('archive-kh', 'Số hóa tài liệu tại Trung tâm lưu trữ lịch sử.', { province: 'Khánh Hòa' }),
  makeChunk('internal', 'Quy chế chi tiêu nội bộ của Sở, bảng lương cán bộ.', { scope: 'internal', province: 'Lào Cai' }),
  makeChunk('cds', 'Chuyển đổi số toàn diện lĩnh vực Nội vụ đến năm 2030.'),
  makeChunk('paraphrase', 'Điều kiện hoạt động của văn phòng đại diện.'),
];

const lexicalOnly = new Retriever({ chunks, thesaurus: EMPTY_THESAURUS });
const ids = (hits: SearchHit[]) => hits.map((hit) => hit.chunk.id);
const search = (question: string, options: Parameters<Retriever['search']>[1] = {}, retriever = lexicalOnly) => retriever.search(question, options).then(ids);

/**
 * A dense side where `paraphrase` and `internal` sit exactly on two (English) questions that share
 * no word, nor a word one typo away, with any passage: only the dense side can find them.
 */
const PARAPHRASE_QUESTION = 'franchise branch office';
const INTERNAL_QUESTION = 'payroll budget';
async function denseRetriever(extra: Partial<RetrieverOptions> = {}) {
  const embedder = createFakeEmbedder({ dimensions: 64 });
  const vectors = new BruteForceVectorIndex({ dimensions: 64 });
  const others = chunks.filter((chunk) => chunk.id !== 'paraphrase' && chunk.id !== 'internal');
  vectors.add(
    others.map((chunk) => chunk.id),
    others.map((chunk) => fakeEmbedding(`${chunk.section}\n${chunk.text}`, 64)),
  );
  vectors.add(['paraphrase', 'internal'], [fakeEmbedding(PARAPHRASE_QUESTION, 64), fakeEmbedding(INTERNAL_QUESTION, 64)]);
  const returned: string[][] = [];
  const search = vectors.search.bind(vectors);
  vectors.search = (vector, k, filter) => {
    const hits = search(vector, k, filter);
    returned.push(hits.map((hit) => hit.id));
    return hits;
  };
  const retriever = new Retriever({ chunks, thesaurus: EMPTY_THESAURUS, embedder, vectors, ...extra });
  return { retriever, embedder, returned };
}

describe('Retriever lexical matching', () => {
  it.each([
    ['thu tuc thanh lap hoi', ['hoi', 'hoi-typo']],
    ['chuyen doi so noi vu', ['cds']],
    ['TRUNG TAM LUU TRU LICH SU', ['archive-kh']],
  ])('a folded query %j finds the accented passage', async (question, expected) => {
    expect((await search(question)).slice(0, expected.length)).toEqual(expected);
  });

  it.each([
    ['thành lập hội', 'hoi'],
    ['thành lập hỏi', 'hoi-typo'],
  ])('a question typed with tone marks (%s) prefers the exact syllable', async (question, expected) => {
    const hits = await lexicalOnly.search(question);
    expect(hits[0]!.chunk.id).toBe(expected);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it.each([
    ['thanh lâp hôi', 'wrong tone marks'],
    ['thành lậpp hộii', 'doubled letters'],
    ['thnah lap hoi', 'swapped letters'],
    ['thàn lập hội', 'a dropped letter'],
  ])('a typo-ridden query %j (%s) still finds the passage', async (question) => {
    expect((await search(question)).slice(0, 2).sort()).toEqual(['hoi', 'hoi-typo']);
  });

  it('returns nothing for words the corpus does not hold, and respects k', async () => {
    expect(await search('xyzzy quux')).toEqual([]);
    expect(await search('hồ sơ giấy phép lao động số hóa', { k: 2 })).toHaveLength(2);
  });
});

describe('Retriever provinces', () => {
  it.each([
    ['giấy phép lao động ở Khánh Hòa', 'permit-kh'],
    ['giay phep lao dong khanh hoa', 'permit-kh'],
    ['giấy phép lao động Lào Cai', 'permit-lc'],
  ])('a named province reorders: %s', async (question, first) => {
    expect((await search(question))[0]).toBe(first);
  });

  it.each([
    ['Khánh Hòa', 'permit-kh'],
    ['Lào Cai', 'permit-lc'],
  ])('preferProvince %s reorders without a filter', async (province, first) => {
    const found = await search('giấy phép lao động', { preferProvince: province });
    expect(found.slice(0, 2)).toEqual([first, first === 'permit-kh' ? 'permit-lc' : 'permit-kh']);
  });

  it('is a preference, not a filter: another province still appears when it is the only match', async () => {
    expect(await search('trung tâm lưu trữ lịch sử Lào Cai')).toContain('archive-kh');
    expect(await search('trung tâm lưu trữ lịch sử', { preferProvince: 'Lào Cai' })).toEqual(['archive-kh']);
  });

  it('filters on an explicit province and on docIds', async () => {
    expect(await search('giấy phép lao động', { province: 'Lào Cai' })).toEqual(['permit-lc']);
    expect(await search('giấy phép lao động', { docIds: ['doc-permit-kh'] })).toEqual(['permit-kh']);
  });

  it('lifts the best passage of each named province to the top of a comparison', async () => {
    const found = await search('giấy phép lao động Lào Cai và Khánh Hòa', { k: 3 });
    expect(found.slice(0, 2).sort()).toEqual(['permit-kh', 'permit-lc']);
  });
});

describe('Retriever scope isolation', () => {
  const question = 'quy chế chi tiêu bảng lương';

  it.each<[Scope[] | undefined, string[]]>([
    [undefined, []],
    [['public'], []],
    [['public', 'internal'], ['internal']],
    [['internal'], ['internal']],
  ])('lexical: scopes %j → %j', async (scopes, expected) => {
    expect(await search(question, scopes ? { scopes } : {})).toEqual(expected);
  });

  it('keeps internal chunks out of a comparison across provinces', async () => {
    const found = await search('quy chế chi tiêu Lào Cai và Khánh Hòa', { scopes: ['public'], k: 10 });
    expect(found).not.toContain('internal');
    expect(await search('quy chế chi tiêu Lào Cai và Khánh Hòa', { scopes: ['public', 'internal'], k: 10 })).toContain('internal');
  });

  it('dense: an internal chunk closest to the question never reaches a public caller', async () => {
    const { retriever, returned } = await denseRetriever();
    const publicHits = await search(INTERNAL_QUESTION, { scopes: ['public'], k: 10 }, retriever);
    expect(publicHits).not.toContain('internal');
    expect(publicHits.length).toBeGreaterThan(0); // the dense side did answer, with public chunks
    expect(returned.flat()).not.toContain('internal');
    expect((await search(INTERNAL_QUESTION, { scopes: ['public', 'internal'] }, retriever))[0]).toBe('internal');
  });
});

describe('Retriever dense fusion', () => {
  it('finds a passage only the dense side knows, embedding the question as a query', async () => {
    const { retriever, embedder } = await denseRetriever();
    expect(retriever.denseEnabled).toBe(true);
    expect(await search(PARAPHRASE_QUESTION, {}, lexicalOnly)).toEqual([]);
    expect((await search(PARAPHRASE_QUESTION, {}, retriever))[0]).toBe('paraphrase');
    expect(embedder.calls).toContainEqual({ method: 'embedQuery', texts: [PARAPHRASE_QUESTION] });
  });

  it('fuses by reciprocal rank: a passage found by both sides beats one found by either alone', async () => {
    const { retriever } = await denseRetriever();
    const hits = await retriever.search(`thành lập hội ${PARAPHRASE_QUESTION}`, { k: 5 });
    expect(hits[0]!.chunk.id).toBe('hoi');
    expect(ids(hits).slice(0, 3)).toContain('paraphrase');
    expect(hits[0]!.score).toBeLessThanOrEqual(2 / 61);
  });

  it('keeps province filters on the dense side', async () => {
    const { retriever, returned } = await denseRetriever();
    const found = await search('giấy phép lao động', { province: 'Khánh Hòa', k: 10 }, retriever);
    expect(found.length).toBeGreaterThan(0);
    expect(chunks.filter((chunk) => found.includes(chunk.id)).every((chunk) => chunk.province === 'Khánh Hòa')).toBe(true);
    expect(returned.at(-1)!.every((id) => chunks.find((chunk) => chunk.id === id)!.province === 'Khánh Hòa')).toBe(true);
  });

  it('falls back to lexical results and reports the error when the embedder fails', async () => {
    const failing: Embedder = {
      provider: 'test',
      modelId: 'broken',
      dimensions: 64,
      embedDocuments: () => Promise.reject(new Error('down')),
      embedQuery: () => Promise.reject(new Error('down')),
    };
    const onDenseError = vi.fn();
    const { retriever } = await denseRetriever({ embedder: failing, onDenseError });
    expect(await search('thành lập hội', {}, retriever)).toEqual(await search('thành lập hội'));
    expect(onDenseError).toHaveBeenCalledOnce();
  });

  it('stays lexical when the vector index is empty', () => {
    const retriever = new Retriever({ chunks, thesaurus: EMPTY_THESAURUS, embedder: createFakeEmbedder(), vectors: new BruteForceVectorIndex({ dimensions: 64 }) });
    expect(retriever.denseEnabled).toBe(false);
  });
});

describe('Retriever reranker hook', () => {
  it('is called with the question and the fused candidates, and its order wins', async () => {
    const question = 'hồ sơ giấy phép lao động số hóa';
    const baseline = await lexicalOnly.search(question, { k: 20 });
    expect(baseline.length).toBeGreaterThan(2);
    const reranker = vi.fn((_question: string, hits: SearchHit[]) => [...hits].reverse());
    const retriever = new Retriever({ chunks, thesaurus: EMPTY_THESAURUS, reranker });
    const hits = await retriever.search(question, { k: 2 });
    expect(reranker).toHaveBeenCalledOnce();
    expect(reranker.mock.calls[0]![0]).toBe(question);
    expect(ids(reranker.mock.calls[0]![1])).toEqual(ids(baseline));
    expect(ids(hits)).toEqual(ids(baseline).reverse().slice(0, 2));
  });

  it('may be asynchronous', async () => {
    const retriever = new Retriever({ chunks, thesaurus: EMPTY_THESAURUS, reranker: async (_question, hits) => hits.filter((hit) => hit.chunk.id !== 'hoi') });
    expect(await search('thành lập hội', {}, retriever)).toEqual(['hoi-typo']);
  });
});

describe('Retriever.chunk', () => {
  it('looks chunks up by id', () => {
    expect(lexicalOnly.chunk('cds')?.text).toContain('Chuyển đổi số');
    expect(lexicalOnly.chunk('missing')).toBeUndefined();
  });
});
