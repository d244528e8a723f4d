/** Loads the current index build from disk into a live retriever + chat engine (lexical always, dense when it can). */
import path from 'node:path';
import { createLiveIndexFromFiles, type LiveIndexFromFilesOptions } from '../../services/create-live-index-from-files';
import type { LiveIndex } from '../../services/index-holder';
import { EmbedderEmbeddings } from '../../langchain/embedder-embeddings';
import { HnswlibVectorIndex } from './hnswlib-vector-index';
import { IndexLoadError, loadIndexFiles } from './index-store';

export interface LiveIndexOptions extends Omit<LiveIndexFromFilesOptions, 'directory' | 'vectors'> {
  indexDir: string;
}

export async function loadLiveIndex(options: LiveIndexOptions): Promise<LiveIndex> {
  const files = await loadIndexFiles(options.indexDir);
  let vectors: HnswlibVectorIndex | undefined;
  if (files.manifest.embedding && options.embedder) {
    const embeddings = new EmbedderEmbeddings(options.embedder);
    vectors = await HnswlibVectorIndex.load(path.join(files.directory, 'vectors'), { embeddings }).catch((error: unknown) => {
      options.logger.warn({ error: String(error) }, 'vector index unreadable; lexical search only');
      return undefined;
    });
  }
  try {
    return createLiveIndexFromFiles(
      {
        manifest: files.manifest,
        chunks: files.chunks,
        thesaurus: await files.readJson('thesaurus.json'),
        procedures: await files.readJson('procedures.json'),
        knowledge: await files.readJson('knowledge.json'),
        lexical: await files.readJson('lexical.json').catch(() => undefined),
      },
      { ...options, directory: files.directory, vectors },
    );
  } catch (error) {
    throw new IndexLoadError(`The index in ${files.directory} is corrupt (${(error as Error).message}). Run \`npm run ingest\` to rebuild it.`, { cause: error });
  }
}
