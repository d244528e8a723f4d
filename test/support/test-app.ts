/** An app over the shared test index with an in-memory SQLite store, for route tests without a server. */
import { openSqliteDatabase } from '../../src/adapter/node/sqlite-database';
import { sqliteStoreOn } from '../../src/adapter/node/sqlite-store';
import { citizenStoresOn } from '../../src/store/citizen-stores';
import { createApp } from '../../src/http/app';
import { DEFAULT_APP_CONFIG, silentLogger, type AppConfig, type AppDeps } from '../../src/http/app-context';
import { Metrics } from '../../src/http/metrics';
import type { Store } from '../../src/ports/store';
import { IndexHolder } from '../../src/services/index-holder';
import { loadTestIndex } from './test-index';

export async function createTestApp(overrides: { config?: Partial<AppConfig>; withIndex?: boolean; extend?: AppDeps['extend']; now?: () => Date; store?: Store; deps?: Partial<AppDeps> } = {}) {
  const database = openSqliteDatabase(':memory:');
  const store = overrides.store ?? sqliteStoreOn(database);
  // Hand-off tickets, webhook events and personal-data queries share the store's database, as in the entries.
  const citizen = citizenStoresOn(database);
  const index = new IndexHolder();
  if (overrides.withIndex !== false) index.set(await loadTestIndex());
  else index.markUnavailable('chưa có chỉ mục');
  const metrics = new Metrics();
  const app = createApp({ index, store, metrics, logger: silentLogger, config: { ...DEFAULT_APP_CONFIG, ...overrides.config }, extend: overrides.extend, now: overrides.now, ...citizen, ...overrides.deps });
  return { app, store, index, metrics, ...citizen };
}

export const unlimited: AppConfig['rateLimits'] = {
  perClient: { limit: 1e9, windowMs: 60_000 },
  perSession: { limit: 1e9, windowMs: 60_000 },
  staff: { limit: 1e9, windowMs: 60_000 },
  admin: { limit: 1e9, windowMs: 60_000 },
};

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}
