/** Rate limiter port: count a hit against a key's budget; adapters keep the counts in memory or in a shared database. */

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Records a hit when the budget allows it; returns 0 when allowed, else the whole seconds to wait (≥ 1). A refused hit is not counted. */
  take(key: string, rule: RateLimitRule): Promise<number>;
}
