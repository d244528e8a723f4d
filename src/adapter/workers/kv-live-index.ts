/** Reads the current index build from KV and turns it into a LiveIndex with the Workers AI and Vectorize adapters. */
import type { Logger } from '../../http/app-context';
import { indexManifestSchema } from '../../ingest/index-manifest';
import type { ChatModel } from '../../ports/chat-model';
import type { Embedder } from '../../ports/embedder';
import { createLiveIndexFromFiles } from '../../services/create-live-index-from-files';
import type { LiveIndex } from '../../services/index-holder';
import type { KvBinding, VectorizeBinding } from './bindings';
import { archiveKey, CURRENT_KEY, decodeIndexArchive } from './index-archive';
import { createVectorizeVectorIndex } from './vectorize-vector-index';

export interface KvLiveIndexOptions {
  kv: KvBinding;
  vectors?: VectorizeBinding;
  embedder?: Embedder;
  chatModel?: ChatModel;
  llmTimeoutMs?: number;
  province?: string;
  logger: Logger;
  onDenseError?: (error: unknown) => void;
}

/** Seconds KV may serve the pointer from its edge cache; the floor KV accepts, so a new build shows within a minute. */
const POINTER_CACHE_TTL = 60;

export async function currentBuildName(kv: KvBinding): Promise<string | undefined> {
  return (await kv.get(CURRENT_KEY, { type: 'text', cacheTtl: POINTER_CACHE_TTL }))?.trim() || undefined;
}

export async function loadLiveIndexFromKv(options: KvLiveIndexOptions, build?: string): Promise<LiveIndex> {
  const name = build ?? (await currentBuildName(options.kv));
  if (!name) throw new Error(`KV holds no index (${CURRENT_KEY} is empty). Run \`npm run build:workers-index\` and upload it (docs/workers.md).`);
  // Builds are immutable under their own key, so the edge may cache them for long.
  const bytes = await options.kv.get(archiveKey(name), { type: 'arrayBuffer', cacheTtl: 86_400 });
  if (!bytes) throw new Error(`KV has no ${archiveKey(name)} although ${CURRENT_KEY} points to it; upload the build again.`);
  const archive = await decodeIndexArchive(bytes);
  const manifest = indexManifestSchema.parse(archive.files.manifest);
  const vectors =
    options.vectors && manifest.embedding && manifest.counts.vectors > 0
      ? createVectorizeVectorIndex({ vectors: options.vectors, dimensions: manifest.embedding.dimensions, size: manifest.counts.vectors })
      : undefined;
  return createLiveIndexFromFiles(archive.files, {
    directory: `kv:${archiveKey(name)}`,
    embedder: options.embedder,
    vectors,
    chatModel: options.chatModel,
    llmTimeoutMs: options.llmTimeoutMs,
    province: options.province,
    logger: options.logger,
    onDenseError: options.onDenseError,
  });
}
