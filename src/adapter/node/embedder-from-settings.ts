/** Builds the configured embedder (local transformers.js, OpenAI-compatible, or none) for the Node runtime. */
import type { Embedder } from '../../ports/embedder';
import { createOpenAiEmbedder } from '../../embed/openai-embedder';
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
