/** RateLimiter kept in this process's memory: an exact sliding log per key. One process (or one Worker isolate) only. */
import type { RateLimiter, RateLimitRule } from '../ports/rate-limiter';

export class MemoryRateLimiter implements RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private sweeps = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, rule: RateLimitRule): Promise<number> {
    const now = this.now();
    const since = now - rule.windowMs;
    const list = (this.hits.get(key) ?? []).filter((time) => time > since);
    if (list.length >= rule.limit) {
      this.hits.set(key, list);
      // The oldest counted hit leaves the window at list[0] + windowMs, and with it the room for one more.
      return Math.max(1, Math.ceil((list[0]! + rule.windowMs - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    if (++this.sweeps % 1000 === 0) this.sweep(now - 3_600_000);
    return 0;
  }

  /** Drops idle keys so memory stays flat under many distinct clients. */
  private sweep(before: number): void {
    for (const [key, list] of this.hits) if ((list[list.length - 1] ?? 0) < before) this.hits.delete(key);
  }
}
