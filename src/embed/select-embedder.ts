/** Picks the embedder named by configuration and probes it, so ingest can fall back to lexical-only search. */
import { z } from 'zod';
import type { Embedder } from '../ports/embedder';

export const embedderConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('local'),
    modelDir: z.string().min(1).optional(),
    modelId: z.string().min(1).optional(),
    queryPrefix: z.string().optional(),
    passagePrefix: z.string().optional(),
    batchSize: z.number().int().positive().optional(),
    dtype: z.enum(['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4']).optional(),
  }),
  z.object({
    kind: z.literal('openai'),
    baseUrl: z.url(),
    model: z.string().min(1),
    apiKey: z.string().optional(),
    timeoutMs: z.number().int().positive().optional(),
    dimensions: z.number().int().positive().optional(),
    batchSize: z.number().int().positive().optional(),
    queryPrefix: z.string().optional(),
    passagePrefix: z.string().optional(),
  }),
]);

export type EmbedderConfig = z.infer<typeof embedderConfigSchema>;
type OptionsOf<Kind extends EmbedderConfig['kind']> = Omit<Extract<EmbedderConfig, { kind: Kind }>, 'kind'>;

/** Adapters are passed in because the local one needs Node and this module must not. */
export interface EmbedderFactories {
  local?: (options: OptionsOf<'local'>) => Embedder;
  openai?: (options: OptionsOf<'openai'>) => Embedder;
}

/** Returns `undefined` for `kind: 'none'` (lexical-only search). */
export function selectEmbedder(config: EmbedderConfig, factories: EmbedderFactories): Embedder | undefined {
  const { kind, ...options } = embedderConfigSchema.parse(config);
  if (kind === 'none') return undefined;
  const factory = factories[kind] as ((options: object) => Embedder) | undefined;
  if (!factory) throw new Error(`No embedder adapter for kind "${kind}" in this runtime`);
  return factory(options);
}

export type EmbedderProbe = { ok: true; dimensions: number } | { ok: false; reason: string };

/** Embeds one short query; a failure comes back as a reason to log once, never as a throw. */
export async function probeEmbedder(embedder: Embedder): Promise<EmbedderProbe> {
  try {
    const vector = await embedder.embedQuery('thủ tục hành chính');
    if (vector.length === 0 || vector.some((value) => !Number.isFinite(value))) {
      return { ok: false, reason: `${embedder.provider} ${embedder.modelId} returned an empty or non-finite vector` };
    }
    return { ok: true, dimensions: vector.length };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
