/** Everything one Worker isolate keeps between requests: the app, the D1 store and the index, loaded lazily from KV. */
import type { Hono } from 'hono';
import { createApp } from '../../http/app';
import { appConfigFromSettings, DEFAULT_APP_CONFIG, type AppConfig, type AppEnv, type Logger } from '../../http/app-context';
import { Metrics } from '../../http/metrics';
import type { Store } from '../../ports/store';
import { IndexHolder } from '../../services/index-holder';
import { MemoryRateLimiter } from '../../services/memory-rate-limiter';
import { SqlRateLimiter } from '../../store/sql-rate-limiter';
import { createD1Database, createD1Store } from './d1-store';
import { citizenStoresOn } from '../../store/citizen-stores';
import { zaloChannelFromEnv } from '../../channels/zalo/zalo-settings';
import { configuredDataFlows } from '../../services/configured-data-flows';
import { purgeExpired } from '../../services/purge-expired';
import { createMaskedConsoleLogger } from './masked-console-logger';
import { currentBuildName, loadLiveIndexFromKv, type KvLiveIndexOptions } from './kv-live-index';
import { readWorkersEnv, type WorkersEnv } from './workers-env';
import { createWorkersAiChatModel } from './workers-ai-chat-model';
import { createWorkersAiEmbedder } from './workers-ai-embedder';

/** After a failed load, requests answer 503 for this long before an isolate tries KV again. */
const RETRY_AFTER_FAILURE_MS = 10_000;

export interface WorkerRuntime {
  app: Hono<AppEnv>;
  env: WorkersEnv;
  store: Store;
  index: IndexHolder;
  metrics: Metrics;
  /** Loads the index on the first request; later, checks KV for a newer build in the background. */
  ensureIndex(waitUntil?: (promise: Promise<unknown>) => void): Promise<void>;
  /** Retention (the daily cron): deletes what is older than RETENTION_DAYS; returns rows removed. */
  purgeExpired(now?: Date): Promise<number>;
}

/** Personal data never reaches Workers Logs, whatever a caller puts in a field. */
export const maskedConsoleLogger: Logger = createMaskedConsoleLogger();

export function createWorkerRuntime(rawEnv: unknown, options: { logger?: Logger; config?: Partial<AppConfig> } = {}): WorkerRuntime {
  const env = readWorkersEnv(rawEnv);
  const logger = options.logger ?? maskedConsoleLogger;
  const metrics = new Metrics();
  const store = createD1Store(env.DB);
  const citizen = citizenStoresOn(createD1Database(env.DB));
  const zalo = zaloChannelFromEnv(env);
  const index = new IndexHolder();
  const embedder = env.AI && env.EMBEDDER === 'workers-ai' ? createWorkersAiEmbedder({ ai: env.AI, modelId: env.EMBEDDING_MODEL }) : undefined;
  const chatModel = env.AI && env.LLM_MODEL ? createWorkersAiChatModel({ ai: env.AI, modelId: env.LLM_MODEL, timeoutMs: env.LLM_TIMEOUT_MS }) : undefined;
  const loadOptions: KvLiveIndexOptions = {
    kv: env.INDEX,
    vectors: env.VECTORS,
    embedder,
    chatModel,
    llmTimeoutMs: env.LLM_TIMEOUT_MS,
    province: env.PROVINCE,
    logger,
    onDenseError: (error) => {
      metrics.increment('embedder_errors_total', 'Dense retrieval failures (lexical answer used)');
      logger.warn({ error: String(error) }, 'dense retrieval failed; lexical results used');
    },
  };
  metrics.gauge('index_chunks', 'Chunks in the live index', () => index.get()?.manifest.counts.chunks ?? 0);

  let liveBuild: string | undefined;
  let loading: Promise<void> | undefined;
  let failedAt = -Infinity;
  let checkedAt = 0;

  const load = (build?: string): Promise<void> =>
    (loading ??= (async () => {
      const name = build ?? (await currentBuildName(env.INDEX));
      const started = Date.now();
      const live = await loadLiveIndexFromKv(loadOptions, name);
      index.set(live);
      liveBuild = name;
      checkedAt = Date.now();
      logger.info({ build: name, chunks: live.manifest.counts.chunks, dense: live.retriever.denseEnabled, ms: Date.now() - started }, 'index loaded from KV');
    })()
      .catch((error: unknown) => {
        failedAt = Date.now();
        index.markUnavailable((error as Error).message);
        logger.error({ error: (error as Error).message }, 'index not loaded; /readyz answers 503 until KV holds a valid build');
      })
      .finally(() => {
        loading = undefined;
      }));

  const refresh = async (): Promise<void> => {
    checkedAt = Date.now();
    const name = await currentBuildName(env.INDEX).catch(() => undefined);
    if (name && name !== liveBuild) await load(name);
  };

  const app = createApp({
    index,
    store,
    metrics,
    logger,
    config: {
      ...appConfigFromSettings({
        corsOrigins: env.CORS_ORIGINS,
        trustProxy: env.TRUST_PROXY,
        ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
        sessionRatePerMinute: env.SESSION_RATE_LIMIT_PER_MINUTE,
      }),
      demo: { ...DEFAULT_APP_CONFIG.demo, ...(env.DEMO_TITLE ? { title: env.DEMO_TITLE } : {}) },
      ...options.config,
    },
    // Isolates share nothing in memory; D1 is the one place every isolate and location sees the same counts.
    rateLimiter: env.RATE_LIMIT_STORE === 'd1' ? new SqlRateLimiter(createD1Database(env.DB)) : new MemoryRateLimiter(),
    // Cloudflare sets CF-Connecting-IP itself; a client cannot forge it.
    peerAddress: (request) => request.headers.get('cf-connecting-ip') ?? undefined,
    ...citizen,
    zalo,
    dataFlows: configuredDataFlows({
      llm: chatModel ? { model: env.LLM_MODEL!, platform: 'Cloudflare Workers AI' } : undefined,
      embedder: embedder ? { model: env.EMBEDDING_MODEL, platform: 'Cloudflare Workers AI' } : undefined,
      zalo,
    }),
  });

  return {
    app,
    env,
    store,
    index,
    metrics,
    purgeExpired: (now) => purgeExpired({ store, ...citizen }, { retentionDays: env.RETENTION_DAYS, now }),
    async ensureIndex(waitUntil) {
      if (!index.get()) {
        if (loading) return loading;
        if (Date.now() - failedAt < RETRY_AFTER_FAILURE_MS) return;
        return load();
      }
      const refreshMs = env.INDEX_REFRESH_SECONDS * 1000;
      if (refreshMs > 0 && !loading && Date.now() - checkedAt >= refreshMs) {
        const pending = refresh();
        if (waitUntil) waitUntil(pending);
        else await pending;
      }
    },
  };
}
