/**
 * RateLimiter on the SqlDatabase port (SQLite on Node, D1 on Workers), so every process on one database shares
 * one budget per key. Sliding-window counter: this window's hits plus the previous window's, weighted by how much
 * of it still overlaps the sliding window; the check and the increment are one statement, so two processes can
 * never both take the last unit.
 */
import type { RateLimiter, RateLimitRule } from '../ports/rate-limiter';
import type { SqlDatabase } from '../ports/sql-database';
import { sqlStatement as sql } from './sql-statement';

const TAKE = sql(`
  INSERT INTO rate_limits (key, window_start, hits)
  SELECT :key, :window, 1
  WHERE COALESCE((SELECT hits FROM rate_limits WHERE key = :key AND window_start = :window), 0)
      + COALESCE((SELECT hits FROM rate_limits WHERE key = :key AND window_start = :previous), 0) * :weight < :limit
  ON CONFLICT (key, window_start) DO UPDATE SET hits = hits + 1`);
const COUNTS = sql(`SELECT window_start AS windowStart, hits FROM rate_limits WHERE key = :key AND window_start IN (:window, :previous)`);
const PURGE = sql(`DELETE FROM rate_limits WHERE window_start < :before`);

export interface SqlRateLimiterOptions {
  now?: () => number;
  /** Old windows are deleted every this many hits (default 1000). */
  purgeEvery?: number;
}

export class SqlRateLimiter implements RateLimiter {
  private readonly now: () => number;
  private readonly purgeEvery: number;
  private hitsSincePurge = 0;
  private longestWindowMs = 0;

  constructor(
    private readonly database: SqlDatabase,
    options: SqlRateLimiterOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.purgeEvery = options.purgeEvery ?? 1000;
  }

  async take(key: string, rule: RateLimitRule): Promise<number> {
    const now = this.now();
    const window = now - (now % rule.windowMs);
    const previous = window - rule.windowMs;
    const weight = (rule.windowMs - (now - window)) / rule.windowMs;
    this.longestWindowMs = Math.max(this.longestWindowMs, rule.windowMs);
    if (++this.hitsSincePurge >= this.purgeEvery) {
      this.hitsSincePurge = 0;
      await this.database.run(PURGE, { before: now - 2 * this.longestWindowMs });
    }
    const taken = await this.database.run(TAKE, { key, window, previous, weight, limit: rule.limit });
    if (taken > 0) return 0;
    const rows = await this.database.all<{ windowStart: number; hits: number }>(COUNTS, { key, window, previous });
    const hitsIn = (start: number) => Number(rows.find((row) => Number(row.windowStart) === start)?.hits ?? 0);
    return Math.max(1, Math.ceil((msUntilRoom(hitsIn(window), hitsIn(previous), now - window, rule) + 1) / 1000));
  }
}

/** How long until current + previous × weight drops below the limit, the weight falling linearly to 0 over a window. */
function msUntilRoom(current: number, previous: number, elapsed: number, rule: RateLimitRule): number {
  const { limit, windowMs } = rule;
  // Room in this window once enough of the previous window has slid out.
  if (current < limit) return previous > 0 ? Math.max(0, windowMs - elapsed - (windowMs * (limit - current)) / previous) : 0;
  // This window is full: in the next one it becomes the previous, weighted down from 1.
  return windowMs - elapsed + windowMs * (1 - limit / current);
}
