/** Node entry configuration: the environment, validated once with zod; defaults run offline. */
import path from 'node:path';
import { z } from 'zod';
import { commaList as list, onOffFlag as flag, proxyHops } from '../../core/env-fields';
import { zaloEnvFields } from '../../channels/zalo/zalo-settings';


export const nodeEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  ROOT_DIR: z.string().default(process.cwd()),
  DATA_DIR: z.string().optional(),
  INDEX_DIR: z.string().optional(),
  PROVINCE: z.string().optional(),
  CORS_ORIGINS: list,
  TRUST_PROXY: proxyHops,
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  EMBEDDER: z.enum(['local', 'openai', 'none']).default('local'),
  EMBEDDING_MODEL: z.string().optional(),
  EMBEDDING_MODEL_DIR: z.string().optional(),
  EMBEDDING_BASE_URL: z.string().url().optional(),
  EMBEDDING_API_KEY: z.string().optional(),
  LLM_BASE_URL: z.string().url().optional(),
  LLM_MODEL: z.string().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SESSION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Where rate-limit counts live: `sqlite` (the assistant database, shared by every process on DATA_DIR) or `memory` (this process only). */
  RATE_LIMIT_STORE: z.enum(['sqlite', 'memory']).default('sqlite'),
  /** How often the server checks data/index/CURRENT for a new build, besides watching the file (0 turns the poll off). */
  INDEX_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(2),
  UPLOAD_MAX_MB: z.coerce.number().min(0.01).max(200).default(10),
  UPLOAD_MAX_PAGES: z.coerce.number().int().min(1).max(5000).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...zaloEnvFields,
});

export type NodeEnv = z.infer<typeof nodeEnvSchema>;

export interface NodeSettings extends NodeEnv {
  rootDir: string;
  dataDir: string;
  indexDir: string;
  modelDir: string;
}

export function readNodeSettings(environment: Record<string, string | undefined> = process.env): NodeSettings {
  const parsed = nodeEnvSchema.safeParse(environment);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${detail}`);
  }
  const env = parsed.data;
  const rootDir = path.resolve(env.ROOT_DIR);
  const dataDir = path.resolve(rootDir, env.DATA_DIR ?? 'data');
  return {
    ...env,
    rootDir,
    dataDir,
    indexDir: path.resolve(rootDir, env.INDEX_DIR ?? path.join(dataDir, 'index')),
    modelDir: path.resolve(rootDir, env.EMBEDDING_MODEL_DIR ?? 'models'),
  };
}
