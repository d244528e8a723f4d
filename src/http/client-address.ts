/**
 * The client address the rate limits key on. Behind N trusted reverse proxies, each appends the address it saw to
 * X-Forwarded-For, so the client's own address is the entry N from the right; everything left of it was written
 * by the client and is never used. A shorter header than N means the request did not come through the proxies:
 * the socket peer is used then, never a client-written entry.
 */
export function clientAddress(request: Request, peer: string | undefined, trustedProxies: number): string {
  if (trustedProxies > 0) {
    // Several X-Forwarded-For headers arrive joined by ", ", in order, which is what the hops need.
    const entries = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const address = entries.length >= trustedProxies ? entries[entries.length - trustedProxies] : undefined;
    if (address) return address;
  }
  return peer ?? 'unknown';
}
