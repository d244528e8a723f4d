/** Embedder port on the Workers AI binding (default `@cf/baai/bge-m3`, multilingual, 1024 dimensions). */
import { z } from 'zod';
import { EmbedderUnavailableError, type Embedder } from '../../ports/embedder';
import type { AiBinding } from './bindings';

export const DEFAULT_WORKERS_EMBEDDING_MODEL = '@cf/baai/bge-m3';

export interface WorkersAiEmbedderOptions {
  ai: AiBinding;
  modelId?: string;
  /** Texts per call; Workers AI caps the batch of text-embedding models at 100. */
  batchSize?: number;
}

// Only the field we read: Workers AI adds `shape` and, for some models, `pooling`.
const replySchema = z.object({ data: z.array(z.array(z.number())) });

export function createWorkersAiEmbedder(options: WorkersAiEmbedderOptions): Embedder {
  const modelId = options.modelId ?? DEFAULT_WORKERS_EMBEDDING_MODEL;
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 100, 100));
  let dimensions: number | undefined;

  async function request(texts: string[]): Promise<number[][]> {
    let reply: unknown;
    try {
      reply = await options.ai.run(modelId, { text: texts });
    } catch (error) {
      // The binding throws on quota, capacity and network trouble alike; all are worth a later retry.
      throw new EmbedderUnavailableError(`Workers AI ${modelId} failed: ${(error as Error).message}`, { isRetryable: true, cause: error });
    }
    const parsed = replySchema.safeParse(reply);
    if (!parsed.success) throw new EmbedderUnavailableError(`Workers AI ${modelId} sent a malformed reply: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
    const vectors = parsed.data.data;
    if (vectors.length !== texts.length) throw new EmbedderUnavailableError(`Workers AI ${modelId} returned ${vectors.length} vectors for ${texts.length} texts`);
    const length = vectors[0]?.length;
    if (!length || vectors.some((vector) => vector.length !== length) || (dimensions !== undefined && length !== dimensions)) {
      throw new EmbedderUnavailableError(`Workers AI ${modelId} returned vectors of inconsistent length`);
    }
    dimensions ??= length;
    return vectors;
  }

  return {
    provider: 'workers-ai',
    modelId,
    get dimensions() {
      return dimensions;
    },
    async embedDocuments(texts) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) vectors.push(...(await request(texts.slice(start, start + batchSize))));
      return vectors;
    },
    // bge-m3 embeds queries and passages alike (no e5-style prefixes).
    async embedQuery(text) {
      return (await request([text]))[0]!;
    },
  };
}
