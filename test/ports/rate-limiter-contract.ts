/** Behaviour every RateLimiter adapter shares (memory, SQLite, D1), on a clock the test moves. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RateLimiter, RateLimitRule } from '../../src/ports/rate-limiter';

export interface Clock {
  now(): number;
}

/** `create` must return a limiter with no counts, reading time from `clock`. */
export function runRateLimiterContract(name: string, create: (clock: Clock) => RateLimiter | Promise<RateLimiter>): void {
  describe(`${name} (RateLimiter contract)`, () => {
    const rule: RateLimitRule = { limit: 3, windowMs: 60_000 };
    let time: number;
    let limiter: RateLimiter;
    const advance = (ms: number) => {
      time += ms;
    };
    const burst = async (key: string, count: number, using = rule) => {
      const waits: number[] = [];
      for (let turn = 0; turn < count; turn++) waits.push(await limiter.take(key, using));
      return waits;
    };

    beforeEach(async () => {
      // Part-way into a minute, so no adapter can lean on hits landing on a window boundary.
      time = Date.UTC(2026, 2, 1, 8, 0, 17, 250);
      limiter = await create({ now: () => time });
    });

    it('allows the limit, then refuses with a wait of at least a second and at most the window (plus one)', async () => {
      const waits = await burst('client:203.0.113.7', 5);
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      for (const wait of waits.slice(3)) {
        expect(Number.isInteger(wait)).toBe(true);
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(wait).toBeLessThanOrEqual(61);
      }
    });

    it('keeps each key apart', async () => {
      await burst('client:203.0.113.7', 3);
      expect(await limiter.take('client:203.0.113.7', rule)).toBeGreaterThan(0);
      expect(await burst('client:198.51.100.9', 3)).toEqual([0, 0, 0]);
      expect(await limiter.take('session:abc', rule)).toBe(0);
    });

    it('does not count refused hits: the wait does not grow while a client keeps knocking', async () => {
      await burst('k', 3);
      const first = await limiter.take('k', rule);
      const again = await burst('k', 10);
      for (const wait of again) expect(wait).toBe(first);
    });

    it('lets the next hit through once the announced wait has passed, and not a second before', async () => {
      await burst('k', 3);
      const wait = await limiter.take('k', rule);
      advance((wait - 1) * 1000);
      expect(await limiter.take('k', rule)).toBeGreaterThan(0);
      advance(1000);
      expect(await limiter.take('k', rule)).toBe(0);
    });

    it('gives the whole budget back after two windows', async () => {
      await burst('k', 5);
      advance(2 * rule.windowMs);
      const waits = await burst('k', 4);
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      expect(waits[3]).toBeGreaterThan(0);
    });

    it('applies each rule to its own key: a small budget does not eat a large one', async () => {
      const small: RateLimitRule = { limit: 1, windowMs: 10_000 };
      const large: RateLimitRule = { limit: 5, windowMs: 60_000 };
      const [first, second] = await burst('session:s1', 2, small);
      expect(first).toBe(0);
      expect(second).toBeGreaterThan(0);
      expect(await burst('token:t1', 5, large)).toEqual([0, 0, 0, 0, 0]);
      const wait = await limiter.take('session:s1', small);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(11);
    });
  });
}
