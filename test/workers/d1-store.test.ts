/** The D1 Store adapter inside workerd runs the same Store contract as the SQLite one, on the migrated local D1. */
import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll } from 'vitest';
import { createD1Database, createD1Store } from '../../src/adapter/workers/d1-store';
import { citizenStoresOn } from '../../src/store/citizen-stores';
import { runCitizenStoreContract } from '../ports/citizen-store-contract';
import { StoreUnavailableError } from '../../src/ports/store';
import { runStoreContract } from '../ports/store-contract';

const TABLES = ['sessions', 'messages', 'feedback', 'tokens', 'audit', 'rate_limits', 'handoff_tickets', 'channel_events'];

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

runStoreContract(
  'D1 store',
  async () => {
    await env.DB.batch(TABLES.map((table) => env.DB.prepare(`DELETE FROM ${table}`)));
    return createD1Store(env.DB);
  },
  (error) => error instanceof StoreUnavailableError,
);

runCitizenStoreContract('D1', async () => {
  await env.DB.batch(TABLES.map((table) => env.DB.prepare(`DELETE FROM ${table}`)));
  return { store: createD1Store(env.DB), ...citizenStoresOn(createD1Database(env.DB)) };
});
