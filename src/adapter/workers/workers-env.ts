/** The Worker's environment (vars from wrangler.toml, secrets and bindings), validated once per isolate with zod. */
import { z } from 'zod';
import { commaList as list, proxyHops } from '../../core/env-fields';
import type { AiBinding, D1Binding, KvBinding, VectorizeBinding } from './bindings';
import { DEFAULT_WORKERS_EMBEDDING_MODEL } from './workers-ai-embedder';
import { zaloEnvFields } from '../../channels/zalo/zalo-settings';

// wrangler.toml vars cannot be unset, only empty: empty means "not configured".
const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);
const binding = <T>(name: string, method: string) =>
  z.custom<T>((value) => typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function', `${name} binding missing or of the wrong kind`);

export const workersEnvSchema = z.object({
  DB: binding<D1Binding>('D1 (DB)', 'prepare'),
  INDEX: binding<KvBinding>('KV (INDEX)', 'get'),
  AI: binding<AiBinding>('Workers AI (AI)', 'run').optional(),
  VECTORS: binding<VectorizeBinding>('Vectorize (VECTORS)', 'query').optional(),
  PROVINCE: optionalText,
  CORS_ORIGINS: list,
  /** Behind Cloudflare the client address is CF-Connecting-IP; X-Forwarded-For only when another proxy sits in front. */
  TRUST_PROXY: proxyHops,
  /** Workers AI text-generation model; unset means extractive answers only. */
  LLM_MODEL: optionalText,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  EMBEDDING_MODEL: z.string().default(DEFAULT_WORKERS_EMBEDDING_MODEL),
  /** Set to `none` to keep Workers AI off the search path even when the binding exists. */
  EMBEDDER: z.enum(['workers-ai', 'none']).default('workers-ai'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SESSION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** `d1`: counts in D1, shared by every isolate and location (one D1 write per API request); `memory`: per isolate only. */
  RATE_LIMIT_STORE: z.enum(['d1', 'memory']).default('d1'),
  /** How often an isolate checks KV for a newer index build; 0 never (a redeploy or new isolate picks it up). */
  INDEX_REFRESH_SECONDS: z.coerce.number().int().min(0).default(60),
  DEMO_TITLE: optionalText,
  /** Conversations, feedback and hand-off tickets older than this are deleted by the daily cron (as on Node). */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Zalo OA channel (secrets: ZALO_OA_SECRET_KEY, ZALO_OA_ACCESS_TOKEN); all empty = channel off. */
  ...zaloEnvFields,
});

export type WorkersEnv = z.infer<typeof workersEnvSchema>;

export function readWorkersEnv(env: unknown): WorkersEnv {
  const parsed = workersEnvSchema.safeParse(env ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid Worker configuration: ${detail}`);
  }
  return parsed.data;
}
