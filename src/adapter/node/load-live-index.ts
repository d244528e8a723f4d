/** Loads the current index build into a live retriever + chat engine (lexical always, dense when it can). */
import path from 'node:path';
import { createChatEngine } from '../../chat/chat-engine';
import type { ChatModel } from '../../ports/chat-model';
import type { Embedder } from '../../ports/embedder';
import { createProcedureCatalog } from '../../knowledge/procedure-catalog';
import { procedureRecordSchema } from '../../knowledge/procedure-schema';
import { loadProvinceConfig, officialChannels } from '../../knowledge/province-config';
import { Retriever } from '../../search/retriever';
import { createThesaurus, thesaurusFileSchema } from '../../search/thesaurus';
import type { Logger } from '../../http/app-context';
import type { LiveIndex } from '../../services/index-holder';
import { HnswVectorIndex } from './hnsw-vector-index';
import { loadIndexFiles } from './index-store';
import { z } from 'zod';

export interface LiveIndexOptions {
  indexDir: string;
  embedder?: Embedder;
  chatModel?: ChatModel;
  llmTimeoutMs?: number;
  province?: string;
  logger: Logger;
  onEngineEvent?: (event: unknown) => void;
  onDenseError?: (error: unknown) => void;
}

export async function loadLiveIndex(options: LiveIndexOptions): Promise<LiveIndex> {
  const files = await loadIndexFiles(options.indexDir);
  const thesaurus = createThesaurus(thesaurusFileSchema.parse(await files.readJson('thesaurus.json')));
  const procedures = z.array(procedureRecordSchema).parse(await files.readJson('procedures.json'));
  const knowledge = z.object({ provinces: z.unknown().nullable() }).passthrough().parse(await files.readJson('knowledge.json'));
  let vectors: HnswVectorIndex | undefined;
  if (files.manifest.embedding && options.embedder) {
    if (files.manifest.embedding.modelId !== options.embedder.modelId) {
      options.logger.warn({ index: files.manifest.embedding.modelId, configured: options.embedder.modelId }, 'index vectors come from another model; dense search disabled');
    } else {
      vectors = await HnswVectorIndex.load(path.join(files.directory, 'vectors')).catch((error: unknown) => {
        options.logger.warn({ error: String(error) }, 'vector index unreadable; lexical search only');
        return undefined;
      });
    }
  } else {
    options.logger.info({ reason: files.manifest.embedding ? 'no embedder configured' : 'index built without embeddings' }, 'dense search off: answering from the lexical index');
  }
  const retriever = new Retriever({ chunks: files.chunks, thesaurus, embedder: vectors ? options.embedder : undefined, vectors, onDenseError: options.onDenseError });
  const catalog = createProcedureCatalog(procedures);
  const provinces = knowledge.provinces ? loadProvinceConfig(knowledge.provinces) : undefined;
  const channels = provinces ? officialChannels(provinces, options.province) : [];
  const engine = createChatEngine({ retriever, catalog, channels, chatModel: options.chatModel, llmTimeoutMs: options.llmTimeoutMs, onEvent: options.onEngineEvent as never });
  return { retriever, engine, catalog, manifest: files.manifest, directory: files.directory, loadedAt: new Date().toISOString() };
}
