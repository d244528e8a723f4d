/** Embedder for any OpenAI-compatible `/embeddings` endpoint (vLLM, TEI, Ollama); fetch only, so it runs on Workers too. */
import { z } from 'zod';
import { EmbedderUnavailableError, type Embedder } from '../ports/embedder';

export interface OpenAiEmbedderOptions {
  /** e.g. `http://127.0.0.1:8080/v1`; `/embeddings` is appended. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Requested vector length, for models that can shorten their output. */
  dimensions?: number;
  /** Texts per request; servers cap the batch (TEI defaults to 32). */
  batchSize?: number;
  queryPrefix?: string;
  passagePrefix?: string;
}

const replySchema = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()) })),
});

export function createOpenAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/embeddings`;
  const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const batchSize = Math.max(1, options.batchSize ?? 32);
  let dimensions = options.dimensions;

  async function request(input: string[]): Promise<number[][]> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    const body = { model: options.model, input, encoding_format: 'float', ...(options.dimensions ? { dimensions: options.dimensions } : {}) };
    let response: Response;
    try {
      response = await fetcher(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new EmbedderUnavailableError(`Embedding server at ${url} is unreachable: ${describe(error)}`, { isRetryable: true, cause: error });
    }
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      // 429 and 5xx are load or outage; other 4xx mean our request or key is wrong.
      const isRetryable = response.status === 429 || response.status >= 500;
      throw new EmbedderUnavailableError(`Embedding server at ${url} answered HTTP ${response.status}: ${detail}`, { isRetryable });
    }
    const parsed = replySchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      throw new EmbedderUnavailableError(`Embedding server at ${url} sent a malformed reply: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
    }
    const vectors = new Array<number[] | undefined>(input.length);
    for (const item of parsed.data.data) vectors[item.index] = item.embedding;
    if (parsed.data.data.length !== input.length || vectors.some((vector) => vector === undefined)) {
      throw new EmbedderUnavailableError(`Embedding server at ${url} returned ${parsed.data.data.length} vectors for ${input.length} texts`);
    }
    const result = vectors as number[][];
    const lengths = new Set(result.map((vector) => vector.length));
    const length = result[0]?.length;
    if (lengths.size > 1 || length === 0 || (dimensions !== undefined && length !== undefined && length !== dimensions)) {
      throw new EmbedderUnavailableError(`Embedding server at ${url} returned vectors of length ${[...lengths].join(', ')}, expected ${dimensions ?? 'one length'}`);
    }
    dimensions ??= length;
    return result;
  }

  async function embed(texts: string[], prefix: string): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const batch = texts.slice(start, start + batchSize).map((text) => prefix + text);
      vectors.push(...(await request(batch)));
    }
    return vectors;
  }

  return {
    provider: 'openai-compatible',
    modelId: options.model,
    get dimensions() {
      return dimensions;
    },
    embedDocuments: (texts) => embed(texts, options.passagePrefix ?? ''),
    async embedQuery(text) {
      const [vector] = await embed([text], options.queryPrefix ?? '');
      return vector!;
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
