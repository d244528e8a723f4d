/** The hybrid retriever as a LangChain app uses it: `invoke`, inside a chain, with filters, over the real index. */
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { Document } from '@langchain/core/documents';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda, RunnablePassthrough, RunnableSequence } from '@langchain/core/runnables';
import { describe, expect, it } from 'vitest';
import { openLangChainRetriever } from '../../src/adapter/node/open-langchain-retriever';
import type { Chunk } from '../../src/core/types';
import { VietnameseHybridRetriever } from '../../src/langchain/vietnamese-hybrid-retriever';
import { Retriever } from '../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';
import { testIndexDir } from '../support/test-index-dir';

function makeChunk(id: string, docId: string, text: string, extra: Partial<Chunk> = {}): Chunk {
  return { id, docId, title: `Văn bản ${docId}`, section: 'Mục 1', lineStart: 1, lineEnd: 2, scope: 'public', kind: 'text', text, ...extra };
}

const chunks: Chunk[] = [
  makeChunk('plan-1', 'plan', 'Mục tiêu lưu trữ số toàn tỉnh.', { province: 'Lào Cai', url: 'https://example.gov.vn/ke-hoach' }),
  makeChunk('proc', 'procedure:luu-tru', 'Thủ tục cấp chứng chỉ hành nghề lưu trữ.', { kind: 'procedure', procedureId: 'luu-tru' }),
  makeChunk('secret', 'memo', 'Hướng dẫn nội bộ về lưu trữ số.', { scope: 'internal', province: 'Huế' }),
];
const retriever = new VietnameseHybridRetriever({ retriever: new Retriever({ chunks, thesaurus: EMPTY_THESAURUS }) });

describe('VietnameseHybridRetriever', () => {
  it('answers invoke with Documents carrying their source, public scope only by default', async () => {
    const documents = await retriever.invoke('lưu trữ số');
    expect(documents.map((document) => document.id).sort()).toEqual(['plan-1', 'proc']);
    const plan = documents.find((document) => document.id === 'plan-1')!;
    expect(plan.pageContent).toBe('Mục tiêu lưu trữ số toàn tỉnh.');
    expect(plan.metadata).toMatchObject({ chunkId: 'plan-1', docId: 'plan', title: 'Văn bản plan', section: 'Mục 1', province: 'Lào Cai', scope: 'public', source: 'https://example.gov.vn/ke-hoach' });
    expect(plan.metadata.score).toBeGreaterThan(0);
    expect(documents.find((document) => document.id === 'proc')!.metadata.source).toBe('procedure:luu-tru');
  });

  it('honours scopes, province, document and kind filters, and k', async () => {
    const staff = retriever.with({ filters: { scopes: ['public', 'internal'] } });
    expect((await staff.invoke('hướng dẫn nội bộ lưu trữ')).map((document) => document.id)).toContain('secret');
    expect((await staff.with({ filters: { province: 'Huế' } }).invoke('lưu trữ')).map((document) => document.id)).toEqual(['secret']);
    expect((await staff.with({ filters: { docIds: ['plan'] } }).invoke('lưu trữ')).map((document) => document.id)).toEqual(['plan-1']);
    expect((await retriever.with({ filters: { kinds: ['procedure'] } }).invoke('lưu trữ')).map((document) => document.id)).toEqual(['proc']);
    expect(await staff.with({ k: 1 }).invoke('lưu trữ')).toHaveLength(1);
    // The original keeps its own filters.
    expect((await retriever.invoke('hướng dẫn nội bộ')).map((document) => document.id)).not.toContain('secret');
  });

  it('runs inside a chain and reports to LangChain callbacks', async () => {
    const formatDocuments = (documents: Document[]) => documents.map((document) => `[${document.metadata.source}] ${document.pageContent}`).join('\n');
    const prompt = ChatPromptTemplate.fromMessages([
      ['system', 'Trả lời chỉ dựa trên các đoạn sau:\n{context}'],
      ['human', '{question}'],
    ]);
    const chain = RunnableSequence.from([
      { context: retriever.pipe(RunnableLambda.from(formatDocuments)), question: new RunnablePassthrough() },
      prompt,
      RunnableLambda.from((value: { toChatMessages(): { content: unknown }[] }) => value.toChatMessages().map((message) => String(message.content))),
    ]);
    const seen: number[] = [];
    const handler = BaseCallbackHandler.fromMethods({ handleRetrieverEnd: (documents) => void seen.push(documents.length) });
    const [system, human] = await chain.invoke('chứng chỉ hành nghề lưu trữ', { callbacks: [handler] });
    expect(system).toContain('[procedure:luu-tru] Thủ tục cấp chứng chỉ hành nghề lưu trữ.');
    expect(human).toBe('chứng chỉ hành nghề lưu trữ');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(0);
  });
});

describe('openLangChainRetriever', () => {
  it('opens the built index directory and returns cited public passages', async () => {
    const opened = await openLangChainRetriever({ indexDir: testIndexDir(), k: 3 });
    const documents = await opened.invoke('thủ tục thành lập hội');
    expect(documents).toHaveLength(3);
    for (const document of documents) {
      expect(document.pageContent.length).toBeGreaterThan(0);
      expect(document.metadata.scope).toBe('public');
      expect(document.metadata.source).toMatch(/\S/);
      expect(document.metadata.title).toMatch(/\S/);
    }
    expect(documents.some((document) => /hội/i.test(`${document.metadata.title} ${document.pageContent}`))).toBe(true);
  });
});
