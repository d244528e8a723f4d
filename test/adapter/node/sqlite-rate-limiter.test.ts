/** The SQL limiter on SQLite meets the RateLimiter contract, and two connections to one file (two processes) share one budget. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase, type SqliteDatabase } from '../../../src/adapter/node/sqlite-database';
import { SqlRateLimiter } from '../../../src/store/sql-rate-limiter';
import { sqlStatement } from '../../../src/store/sql-statement';
import { runRateLimiterContract } from '../../ports/rate-limiter-contract';

const opened: SqliteDatabase[] = [];
const open = (file: string) => {
  const database = openSqliteDatabase(file);
  opened.push(database);
  return database;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

runRateLimiterContract('SqlRateLimiter on SQLite', (clock) => new SqlRateLimiter(open(':memory:'), { now: () => clock.now() }));

describe('SqlRateLimiter shared by processes', () => {
  const rule = { limit: 4, windowMs: 60_000 };

  it('counts hits from every connection to the database against one budget', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rate-limits-')), 'assistant.db');
    const now = () => Date.UTC(2026, 2, 1, 8, 0, 5);
    const first = new SqlRateLimiter(open(file), { now });
    const second = new SqlRateLimiter(open(file), { now });
    const waits = [await first.take('client:203.0.113.7', rule), await second.take('client:203.0.113.7', rule), await first.take('client:203.0.113.7', rule), await second.take('client:203.0.113.7', rule)];
    expect(waits).toEqual([0, 0, 0, 0]);
    expect(await first.take('client:203.0.113.7', rule)).toBeGreaterThan(0);
    expect(await second.take('client:203.0.113.7', rule)).toBeGreaterThan(0);
  });

  it('admits exactly the limit out of many hits spread over two connections', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rate-limits-')), 'assistant.db');
    const limiters = [new SqlRateLimiter(open(file)), new SqlRateLimiter(open(file))];
    const waits = await Promise.all(Array.from({ length: 40 }, (_, index) => limiters[index % 2]!.take('client:198.51.100.9', rule)));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(rule.limit);
  });

  it('deletes windows older than two of the longest window it has seen', async () => {
    let time = Date.UTC(2026, 2, 1, 8, 0, 5);
    const database = open(':memory:');
    const limiter = new SqlRateLimiter(database, { now: () => time, purgeEvery: 2 });
    await limiter.take('old', rule);
    time += 3 * rule.windowMs;
    await limiter.take('new', rule);
    const keys = await database.all<{ key: string }>(sqlStatement('SELECT key FROM rate_limits ORDER BY key'));
    expect(keys.map((row) => row.key)).toEqual(['new']);
  });
});
