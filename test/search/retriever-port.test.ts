/** The Retriever as a RetrieverPort: kind filters, a document's passages in reading order, what the corpus holds. */
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/types';
import type { RetrieverPort } from '../../src/ports/retriever';
import { Retriever } from '../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';

function makeChunk(id: string, docId: string, text: string, extra: Partial<Chunk> = {}): Chunk {
  return { id, docId, title: docId, section: '', lineStart: 1, lineEnd: 1, scope: 'public', kind: 'text', text, ...extra };
}

const chunks: Chunk[] = [
  makeChunk('plan-2', 'plan', 'Giao Sở Nội vụ chủ trì lưu trữ số.', { lineStart: 20, province: 'Lào Cai' }),
  makeChunk('plan-1', 'plan', 'Mục tiêu lưu trữ số toàn tỉnh.', { lineStart: 3, province: 'Lào Cai' }),
  makeChunk('proc', 'procedure:luu-tru', 'Thủ tục cấp chứng chỉ hành nghề lưu trữ.', { kind: 'procedure', procedureId: 'luu-tru' }),
  makeChunk('secret', 'memo', 'Hướng dẫn nội bộ về lưu trữ số.', { scope: 'internal', province: 'Huế' }),
];
const port: RetrieverPort = new Retriever({ chunks, thesaurus: EMPTY_THESAURUS });

describe('Retriever as RetrieverPort', () => {
  it('keeps only the kinds asked for', async () => {
    const all = await port.retrieve('lưu trữ', { k: 5 });
    expect(all.map((hit) => hit.chunk.id)).toContain('proc');
    const procedures = await port.retrieve('lưu trữ', { k: 5, kinds: ['procedure'] });
    expect(procedures.map((hit) => hit.chunk.id)).toEqual(['proc']);
  });

  it('returns a document in reading order and nothing for an unknown one', () => {
    expect(port.documentChunks('plan').map((chunk) => chunk.id)).toEqual(['plan-1', 'plan-2']);
    expect(port.documentChunks('missing')).toEqual([]);
  });

  it('describes the documents and provinces held, internal ones included, with term frequencies', () => {
    const corpus = port.describeCorpus();
    expect(corpus.provinces.sort()).toEqual(['Huế', 'Lào Cai']);
    expect(corpus.documents.map((document) => document.docId).sort()).toEqual(['memo', 'plan', 'procedure:luu-tru']);
    expect(corpus.documents.find((document) => document.docId === 'memo')?.scope).toBe('internal');
    expect(corpus.size).toBe(4);
    expect(port.documentFrequency('luu')).toBe(4);
    expect(port.documentFrequency('khong-co')).toBe(0);
  });
});
