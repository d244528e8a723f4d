/** Sliding-window rate limiting per key (client address, session, token), answering 429 with Retry-After. */

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private sweeps = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a hit; returns 0 when allowed, else the seconds to wait. */
  take(key: string, rule: RateLimitRule): number {
    const now = this.now();
    const since = now - rule.windowMs;
    const list = (this.hits.get(key) ?? []).filter((time) => time > since);
    if (list.length >= rule.limit) {
      this.hits.set(key, list);
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

/** The client address: the socket peer, or the first untrusted hop of X-Forwarded-For behind a trusted proxy. */
export function clientAddress(request: Request, peer: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for');
    const first = forwarded?.split(',')[0]?.trim();
    if (first) return first;
  }
  return peer ?? 'unknown';
}
