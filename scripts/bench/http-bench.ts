/** HTTP load on loopback with autocannon: throughput, latency percentiles, errors. */
import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  errors: number;
  non2xx: number;
}

export async function load(options: { url: string; connections: number; seconds: number; method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string>; bodies?: unknown[] }): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    requests: options.bodies
      ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: JSON.stringify(options.bodies![next++ % options.bodies!.length]) }) }]
      : undefined,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
