/** The SQL limiter on D1 inside workerd meets the same RateLimiter contract as the memory and SQLite ones. */
import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createD1Database } from '../../src/adapter/workers/d1-store';
import { SqlRateLimiter } from '../../src/store/sql-rate-limiter';
import { runRateLimiterContract } from '../ports/rate-limiter-contract';

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

runRateLimiterContract('SqlRateLimiter on D1', async (clock) => {
  await env.DB.prepare('DELETE FROM rate_limits').run();
  return new SqlRateLimiter(createD1Database(env.DB), { now: () => clock.now() });
});

describe('SqlRateLimiter on D1 shared by isolates', () => {
  it('counts hits from two limiters (two isolates) on one database against one budget', async () => {
    await env.DB.prepare('DELETE FROM rate_limits').run();
    const rule = { limit: 3, windowMs: 60_000 };
    const now = () => Date.UTC(2026, 2, 1, 8, 0, 5);
    const isolates = [new SqlRateLimiter(createD1Database(env.DB), { now }), new SqlRateLimiter(createD1Database(env.DB), { now })];
    const waits = await Promise.all(Array.from({ length: 8 }, (_, index) => isolates[index % 2]!.take('client:203.0.113.7', rule)));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(rule.limit);
  });
});
