/** What every route may use: dependencies, the caller, and shared helpers. */
import type { ZaloChannel } from '../channels/zalo/zalo-settings';
import type { Scope } from '../core/types';
import type { ChannelEventLog } from '../ports/channel-event-log';
import type { HandoffStore } from '../ports/handoff-store';
import type { PersonalDataStore } from '../ports/personal-data-store';
import type { DataFlow } from '../services/data-flows';
import type { Store } from '../ports/store';
import type { IndexHolder } from '../services/index-holder';
import type { Caller } from './auth';
import type { Metrics } from './metrics';
import type { RateLimiter, RateLimitRule } from '../ports/rate-limiter';

export interface Logger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

export const consoleLogger: Logger = {
  info: (details, message) => console.log(JSON.stringify({ level: 'info', msg: message, ...details })),
  warn: (details, message) => console.warn(JSON.stringify({ level: 'warn', msg: message, ...details })),
  error: (details, message) => console.error(JSON.stringify({ level: 'error', msg: message, ...details })),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export interface AppConfig {
  corsOrigins: string[];
  /** Reverse proxies in front of the app (TRUST_PROXY): the client address is X-Forwarded-For's entry this many from the right; 0 uses the socket peer. */
  trustProxy: number;
  maxBodyBytes: number;
  rateLimits: { perClient: RateLimitRule; perSession: RateLimitRule; staff: RateLimitRule; admin: RateLimitRule };
  retrievalTimeoutMs: number;
  heartbeatMs: number;
  demo: { title: string; widgetAttributes: Record<string, string> };
}

export const DEFAULT_APP_CONFIG: AppConfig = {
  corsOrigins: [],
  trustProxy: 0,
  maxBodyBytes: 64 * 1024,
  rateLimits: {
    perClient: { limit: 120, windowMs: 60_000 },
    perSession: { limit: 30, windowMs: 60_000 },
    staff: { limit: 600, windowMs: 60_000 },
    admin: { limit: 1200, windowMs: 60_000 },
  },
  retrievalTimeoutMs: 5000,
  heartbeatMs: 15_000,
  demo: { title: 'Cổng thông tin điện tử tỉnh (trang minh họa)', widgetAttributes: {} },
};

/** The settings both runtimes read from their environment, applied over the defaults. */
export function appConfigFromSettings(settings: { corsOrigins: string[]; trustProxy: number; ratePerMinute: number; sessionRatePerMinute: number }): AppConfig {
  return {
    ...DEFAULT_APP_CONFIG,
    corsOrigins: settings.corsOrigins,
    trustProxy: settings.trustProxy,
    rateLimits: {
      ...DEFAULT_APP_CONFIG.rateLimits,
      perClient: { limit: settings.ratePerMinute, windowMs: 60_000 },
      perSession: { limit: settings.sessionRatePerMinute, windowMs: 60_000 },
    },
  };
}

export interface AppDeps {
  index: IndexHolder;
  store: Store;
  metrics: Metrics;
  logger: Logger;
  config: AppConfig;
  /** Socket peer address, supplied by the runtime adapter. */
  peerAddress?: (request: Request, env: unknown) => string | undefined;
  /** Where rate-limit counts live (default: this process's memory). */
  rateLimiter?: RateLimiter;
  now?: () => Date;
  /** Extra routes mounted by the runtime (admin console, uploads). */
  extend?: (app: import('hono').Hono<AppEnv>) => void;
  /** Hand-off tickets, handled webhook events and personal-data requests (migration 0003); their routes answer 503 without. */
  handoffs?: HandoffStore;
  channelEvents?: ChannelEventLog;
  personalData?: PersonalDataStore;
  /** The Zalo OA channel; without it /channels/zalo/webhook answers 404. */
  zalo?: ZaloChannel;
  /** Where personal data goes (LLM, embedding, channel hosts), for the admin status page. */
  dataFlows?: DataFlow[];
  /** Keeps work alive after the response (tests collect it; Workers use the request's waitUntil when this is absent). */
  background?: (task: Promise<unknown>) => void;
}

export type AppEnv = {
  Variables: { caller: Caller; requestId: string; clientAddress: string; sessionLimiter: (sessionId: string) => Promise<number> };
};

/** Staff and admins see internal documents unless they ask for the public view; the public never does. */
export function scopesFor(caller: Caller, requested: Scope | undefined): Scope[] {
  if (caller.role === 'public' || requested === 'public') return ['public'];
  return ['public', 'internal'];
}
