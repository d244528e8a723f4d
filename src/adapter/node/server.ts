/** Node server: store, index (built first when missing), app, and @hono/node-server on a port. */
import { serve, type ServerType } from '@hono/node-server';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_WIDGET_DEFAULTS } from '../../http/assets/demo-page';
import { loadProvinceConfig } from '../../knowledge/province-config';
import { provinceWidgetAttributes } from '../../knowledge/province-widget-attributes';
import pino from 'pino';
import { createApp } from '../../http/app';
import { appConfigFromSettings, DEFAULT_APP_CONFIG, type AppConfig, type Logger } from '../../http/app-context';
import { Metrics } from '../../http/metrics';
import { createOpenAiChatModel } from '../../llm/openai-chat-model';
import type { Store } from '../../ports/store';
import { IndexHolder } from '../../services/index-holder';
import { readNodeSettings, type NodeSettings } from './config';
import { serverEmbedder } from './embedder-from-settings';
import { currentIndexDirectory } from './index-store';
import { runIngest } from './ingest-runner';
import { IndexPointerWatcher } from './index-pointer-watcher';
import { loadLiveIndex } from './load-live-index';
import { createProgress, silentProgress } from './progress';
import { openSqliteDatabase } from './sqlite-database';
import { sqliteStoreOn } from './sqlite-store';
import { SqlRateLimiter } from '../../store/sql-rate-limiter';
import { MemoryRateLimiter } from '../../services/memory-rate-limiter';
import { citizenStoresOn } from '../../store/citizen-stores';
import { zaloChannelFromEnv } from '../../channels/zalo/zalo-settings';
import { configuredDataFlows } from '../../services/configured-data-flows';
import { purgeExpired } from '../../services/purge-expired';
import { maskLogValue } from '../../chat/mask-log-value';
import { createAdminExtension } from './admin-extension';
import type { NodeAdminService } from './node-admin-service';

export interface StartServerOptions {
  port?: number;
  host?: string;
  rootDir?: string;
  dataDir?: string;
  indexDir?: string;
  /** Extra environment on top of process.env (tests pass LLM_BASE_URL etc. here). */
  env?: Record<string, string>;
  logger?: Logger;
  config?: Partial<AppConfig>;
  /** Build the index when none exists (default true). */
  autoIngest?: boolean;
  quiet?: boolean;
  /** Admin upload limits (default 10 MB, 300 pages). */
  uploadLimits?: { maxBytes: number; maxPages: number };
}

export interface RunningServer {
  url: string;
  port: number;
  settings: NodeSettings;
  store: Store;
  index: IndexHolder;
  metrics: Metrics;
  /** Loads the build data/index/CURRENT names, unless it is live already, and swaps it in (the watcher does this by itself within INDEX_POLL_SECONDS). */
  reload(): Promise<void>;
  /** Admin documents and background re-ingest (`settled()` waits for a running one). */
  admin: NodeAdminService;
  close(): Promise<void>;
}

/** pino with personal data masked in every argument; `destination` lets tests read what would reach the log. */
export function createNodeLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    // Personal data never reaches the log, whatever a caller puts in a field.
    hooks: {
      logMethod(args, method) {
        return method.apply(this, args.map((argument) => maskLogValue(argument)) as Parameters<typeof method>);
      },
    },
  };
  const logger = destination ? pino(options, destination) : pino(options);
  return { info: (details, message) => logger.info(details, message), warn: (details, message) => logger.warn(details, message), error: (details, message) => logger.error(details, message) };
}

/** The demo portal's widget speaks for the configured province: agency line, handoff link, hotline. */
async function demoWidgetAttributes(settings: NodeSettings, logger: Logger): Promise<Record<string, string>> {
  try {
    const config = loadProvinceConfig(JSON.parse(await readFile(path.join(settings.rootDir, 'knowledge/provinces.json'), 'utf8')));
    return { ...DEMO_WIDGET_DEFAULTS, ...provinceWidgetAttributes(config, settings.PROVINCE) };
  } catch (error) {
    logger.warn({ error: (error as Error).message }, 'knowledge/provinces.json unreadable; the demo widget uses generic labels');
    return { ...DEMO_WIDGET_DEFAULTS };
  }
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const environment: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (options.rootDir) environment.ROOT_DIR = options.rootDir;
  if (options.dataDir) environment.DATA_DIR = options.dataDir;
  if (options.indexDir) environment.INDEX_DIR = options.indexDir;
  if (options.port !== undefined) environment.PORT = String(options.port);
  if (options.host) environment.HOST = options.host;
  const settings = readNodeSettings(environment);
  const logger = options.logger ?? createNodeLogger(settings.LOG_LEVEL);
  const metrics = new Metrics();
  const database = openSqliteDatabase(path.join(settings.dataDir, 'assistant.db'));
  const store = sqliteStoreOn(database);
  // Every process on this DATA_DIR (several `npm start` behind one proxy) shares the counts through the database.
  const rateLimiter = settings.RATE_LIMIT_STORE === 'sqlite' ? new SqlRateLimiter(database) : new MemoryRateLimiter();
  const citizen = citizenStoresOn(database);
  const zalo = zaloChannelFromEnv(settings, (file) => readFile(path.resolve(settings.rootDir, file), 'utf8'));
  const index = new IndexHolder();
  const embedder = await serverEmbedder(settings, logger);
  const chatModel = settings.LLM_BASE_URL && settings.LLM_MODEL ? createOpenAiChatModel({ baseUrl: settings.LLM_BASE_URL, modelId: settings.LLM_MODEL, apiKey: settings.LLM_API_KEY, timeoutMs: settings.LLM_TIMEOUT_MS }) : undefined;
  if (!chatModel) logger.info({}, 'no LLM configured (LLM_BASE_URL, LLM_MODEL): answering extractively from the sources');

  const loadAndSwap = async () => {
    const live = await loadLiveIndex({
      indexDir: settings.indexDir,
      embedder,
      chatModel,
      llmTimeoutMs: settings.LLM_TIMEOUT_MS,
      province: settings.PROVINCE,
      logger,
      onEngineEvent: (event) => logger.info({ event }, 'engine event'),
      onDenseError: (error) => {
        metrics.increment('embedder_errors_total', 'Dense retrieval failures (lexical answer used)');
        logger.warn({ error: String(error) }, 'dense retrieval failed; lexical results used');
      },
    });
    index.set(live);
  };

  // Every load goes through the watcher's queue: one at a time, so an older build never replaces a newer one.
  const watcher = new IndexPointerWatcher({
    indexDir: settings.indexDir,
    index,
    load: loadAndSwap,
    pollMs: settings.INDEX_POLL_SECONDS * 1000,
    logger,
    onSwap: ({ directory, ms }) => {
      metrics.increment('index_swaps_total', 'Index builds loaded and swapped in (the first load included)');
      const live = index.get();
      logger.info({ directory, builtAt: live?.manifest.builtAt, chunks: live?.manifest.counts.chunks, dense: live?.retriever.denseEnabled, loadMs: ms }, 'index loaded');
    },
    onFailure: () => metrics.increment('index_load_failures_total', 'New index builds that did not load (the previous one kept serving)'),
  });
  const reload = () => watcher.refresh();

  if (!(await currentIndexDirectory(settings.indexDir)) && options.autoIngest !== false) {
    logger.info({ indexDir: settings.indexDir }, 'no index yet: building it from seeds/ and knowledge/ (npm run ingest)');
    await runIngest({ rootDir: settings.rootDir, indexDir: settings.indexDir, embedder, progress: options.quiet ? silentProgress : createProgress(), extraManifests: [path.join(settings.dataDir, 'uploads', 'sources.json')] });
  }
  // A failure is logged by the watcher and shown by /readyz; the server still starts and picks up the next build.
  await watcher.refresh({ force: true }).catch(() => undefined);
  metrics.gauge('index_chunks', 'Chunks in the live index', () => index.get()?.manifest.counts.chunks ?? 0);
  watcher.start();

  // Retention: conversations and feedback older than RETENTION_DAYS are deleted at start and daily.
  const purge = async () => {
    const removed = await purgeExpired({ store, ...citizen }, { retentionDays: settings.RETENTION_DAYS }).catch((error: unknown) => {
      logger.warn({ error: String(error) }, 'retention purge failed; will retry tomorrow');
      return 0;
    });
    if (removed > 0) logger.info({ removed, retentionDays: settings.RETENTION_DAYS }, 'retention purge');
  };
  await purge();
  const purgeTimer = setInterval(() => void purge(), 86_400_000);
  purgeTimer.unref();

  const config: AppConfig = {
    ...appConfigFromSettings({
      corsOrigins: settings.CORS_ORIGINS,
      trustProxy: settings.TRUST_PROXY,
      ratePerMinute: settings.RATE_LIMIT_PER_MINUTE,
      sessionRatePerMinute: settings.SESSION_RATE_LIMIT_PER_MINUTE,
    }),
    demo: { ...DEFAULT_APP_CONFIG.demo, widgetAttributes: await demoWidgetAttributes(settings, logger) },
    ...options.config,
  };
  const adminExtension = await createAdminExtension({ settings, environment, store, index, logger, reload, handoffs: citizen.handoffs, uploadLimits: options.uploadLimits ?? { maxBytes: Math.round(settings.UPLOAD_MAX_MB * 1024 * 1024), maxPages: settings.UPLOAD_MAX_PAGES } });
  const app = createApp({
    index,
    store,
    metrics,
    logger,
    config,
    rateLimiter,
    peerAddress: (_request, env) => (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress,
    extend: adminExtension.extend,
    ...citizen,
    zalo,
    dataFlows: configuredDataFlows({
      llm: chatModel ? { model: settings.LLM_MODEL!, baseUrl: settings.LLM_BASE_URL } : undefined,
      embedder: !embedder ? undefined : settings.EMBEDDER === 'local' ? { model: embedder.modelId, local: true } : { model: embedder.modelId, baseUrl: settings.EMBEDDING_BASE_URL },
      zalo,
    }),
  });
  const server: ServerType = await new Promise((resolve) => {
    const instance = serve({ fetch: app.fetch, port: settings.PORT, hostname: settings.HOST }, () => resolve(instance));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.PORT;
  const host = settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST === '0.0.0.0' ? '127.0.0.1' : settings.HOST;
  return {
    url: `http://${host}:${port}`,
    port,
    settings,
    store,
    index,
    metrics,
    reload,
    admin: adminExtension.admin,
    async close() {
      watcher.close();
      await adminExtension.admin.close();
      await watcher.settled();
      clearInterval(purgeTimer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from load tests would hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await store.close();
    },
  };
}

export { readNodeSettings };
