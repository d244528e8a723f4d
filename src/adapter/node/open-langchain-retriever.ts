/** Opens the current index build on disk as a LangChain retriever, for LangChain.js apps on Node. */
import { silentLogger, type Logger } from '../../http/app-context';
import { VietnameseHybridRetriever, type VietnameseHybridRetrieverInput } from '../../langchain/vietnamese-hybrid-retriever';
import type { Embedder } from '../../ports/embedder';
import { loadLiveIndex } from './load-live-index';

export interface OpenLangChainRetrieverOptions extends Omit<VietnameseHybridRetrieverInput, 'retriever'> {
  /** The index root written by `npm run ingest` (holds CURRENT), e.g. `data/index`. */
  indexDir: string;
  /** The build's embedding model, for the dense half; without it retrieval is lexical only. */
  embedder?: Embedder;
  logger?: Logger;
}

export async function openLangChainRetriever(options: OpenLangChainRetrieverOptions): Promise<VietnameseHybridRetriever> {
  const { indexDir, embedder, logger = silentLogger, ...fields } = options;
  const live = await loadLiveIndex({ indexDir, embedder, logger });
  return new VietnameseHybridRetriever({ ...fields, retriever: live.retriever });
}
