/** Builds a live retriever + chat engine from the parsed files of one index build, whatever runtime read them. */
import { z } from 'zod';
import { createChatEngine } from '../chat/chat-engine';
import type { Chunk } from '../core/types';
import type { Logger } from '../http/app-context';
import { chunkFileSchema, indexManifestSchema } from '../ingest/index-manifest';
import { createProcedureCatalog } from '../knowledge/procedure-catalog';
import { faqEntrySchema } from '../knowledge/faq-schema';
import { procedureRecordSchema } from '../knowledge/procedure-schema';
import { routingEntrySchema } from '../knowledge/routing-schema';
import { loadProvinceConfig, officialChannels } from '../knowledge/province-config';
import type { ChatModel } from '../ports/chat-model';
import type { Embedder } from '../ports/embedder';
import type { AsyncVectorIndex, VectorIndex } from '../ports/vector-index';
import type { LexicalIndex } from '../search/lexical-index';
import { lexicalFromSnapshot } from '../search/lexical-snapshot';
import { Retriever } from '../search/retriever';
import { createThesaurus, thesaurusFileSchema } from '../search/thesaurus';
import type { LiveIndex } from './index-holder';

/** The JSON files of one build (chunks.json, thesaurus.json, procedures.json, knowledge.json, manifest.json), already parsed. */
export interface IndexFiles {
  chunks: unknown;
  thesaurus: unknown;
  procedures: unknown;
  knowledge: unknown;
  manifest: unknown;
  /** lexical.json (a LexicalSnapshot); optional: without it the BM25 index is built from the chunks. */
  lexical?: unknown;
}

export interface LiveIndexFromFilesOptions {
  /** Where the build came from (a directory, a KV key), shown by /readyz and the logs. */
  directory: string;
  embedder?: Embedder;
  /** Vectors of the same build; used only when the manifest says they come from `embedder`'s model. */
  vectors?: VectorIndex | AsyncVectorIndex;
  chatModel?: ChatModel;
  llmTimeoutMs?: number;
  province?: string;
  logger: Logger;
  onEngineEvent?: (event: unknown) => void;
  onDenseError?: (error: unknown) => void;
  now?: () => Date;
}

const knowledgeFileSchema = z.object({ provinces: z.unknown().nullable(), faq: z.array(faqEntrySchema).default([]), routing: z.array(routingEntrySchema).default([]) }).passthrough();

/** Validates the files and wires the index; throws with a readable reason when a file is corrupt. */
export function createLiveIndexFromFiles(files: IndexFiles, options: LiveIndexFromFilesOptions): LiveIndex {
  const manifest = indexManifestSchema.parse(files.manifest);
  const chunks = chunkFileSchema.parse(files.chunks) as Chunk[];
  if (chunks.length !== manifest.counts.chunks) throw new Error(`chunks.json has ${chunks.length} chunks, manifest says ${manifest.counts.chunks}`);
  const thesaurus = createThesaurus(thesaurusFileSchema.parse(files.thesaurus));
  const procedures = z.array(procedureRecordSchema).parse(files.procedures);
  const knowledge = knowledgeFileSchema.parse(files.knowledge);

  const dense = denseParts(manifest.embedding, options);
  const lexical = lexicalFrom(files.lexical, chunks, options.logger);
  const retriever = new Retriever({ chunks, thesaurus, lexical, embedder: dense?.embedder, vectors: dense?.vectors, onDenseError: options.onDenseError });
  const catalog = createProcedureCatalog(procedures);
  const provinces = knowledge.provinces ? loadProvinceConfig(knowledge.provinces) : undefined;
  const channels = provinces ? officialChannels(provinces, options.province) : [];
  const engine = createChatEngine({ retriever, catalog, faq: knowledge.faq, routing: knowledge.routing, channels, chatModel: options.chatModel, llmTimeoutMs: options.llmTimeoutMs, onEvent: options.onEngineEvent as never });
  return { retriever, engine, catalog, manifest, directory: options.directory, loadedAt: (options.now?.() ?? new Date()).toISOString() };
}

/** The build's snapshot when it matches the chunks; a stale or broken one only costs a rebuild. */
function lexicalFrom(json: unknown, chunks: Chunk[], logger: Logger): LexicalIndex | undefined {
  if (json === undefined) return undefined;
  try {
    return lexicalFromSnapshot(json, chunks);
  } catch (error) {
    logger.warn({ error: (error as Error).message }, 'lexical snapshot unusable; rebuilding the keyword index from the chunks');
    return undefined;
  }
}

/** Dense search only when index vectors and query embeddings come from one model; otherwise lexical, and say why. */
function denseParts(embedding: { modelId: string } | null, options: LiveIndexFromFilesOptions) {
  if (!embedding || !options.embedder || !options.vectors) {
    const reason = !embedding ? 'index built without embeddings' : !options.embedder ? 'no embedder configured' : 'no vector index available';
    options.logger.info({ reason }, 'dense search off: answering from the lexical index');
    return undefined;
  }
  if (embedding.modelId !== options.embedder.modelId) {
    options.logger.warn({ index: embedding.modelId, configured: options.embedder.modelId }, 'index vectors come from another model; dense search disabled');
    return undefined;
  }
  return { embedder: options.embedder, vectors: options.vectors };
}
