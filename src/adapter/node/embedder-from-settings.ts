/** Builds the configured embedder (local transformers.js, OpenAI-compatible, or none) for the Node runtime. */
import type { Logger } from '../../http/app-context';
import { createOpenAiEmbedder } from '../../embed/openai-embedder';
import { probeEmbedder } from '../../embed/select-embedder';
import type { Embedder } from '../../ports/embedder';
import type { NodeSettings } from './config';
import { createLocalEmbedder } from './local-embedder';

export function embedderFromSettings(settings: NodeSettings): Embedder | undefined {
  if (settings.EMBEDDER === 'none') return undefined;
  if (settings.EMBEDDER === 'openai') {
    if (!settings.EMBEDDING_BASE_URL || !settings.EMBEDDING_MODEL) throw new Error('EMBEDDER=openai needs EMBEDDING_BASE_URL and EMBEDDING_MODEL');
    return createOpenAiEmbedder({ baseUrl: settings.EMBEDDING_BASE_URL, model: settings.EMBEDDING_MODEL, apiKey: settings.EMBEDDING_API_KEY });
  }
  return createLocalEmbedder({ modelDir: settings.modelDir, modelId: settings.EMBEDDING_MODEL });
}

/**
 * The embedder a server should query with. A local model that cannot load at start (files not
 * copied in, corrupt) will not heal by itself, so the server says so once and runs lexically,
 * rather than failing on every question; a remote server may come back, so it is kept.
 */
export async function serverEmbedder(settings: NodeSettings, logger: Logger): Promise<Embedder | undefined> {
  const embedder = embedderFromSettings(settings);
  if (!embedder || settings.EMBEDDER !== 'local') return embedder;
  const probe = await probeEmbedder(embedder);
  if (probe.ok) return embedder;
  logger.warn(
    { reason: probe.reason, modelDir: settings.modelDir },
    'local embedding model unavailable: answering from the keyword (lexical) index only; copy the model files into EMBEDDING_MODEL_DIR and restart, or set EMBEDDER=none to silence this',
  );
  return undefined;
}
