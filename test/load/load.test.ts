/**
 * Short sustained load on loopback against a real server (extractive chat and search): zero errors, zero non-2xx.
 * CI runs a few seconds per endpoint; the long runs (50 connections × 60 s, 10-minute soak) belong to `npm run bench`.
 */
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/adapter/node/server';
import { startScratchServer, type ScratchServer } from '../support/scratch-server';
import { testIndexDir } from '../support/test-index-dir';

const CONNECTIONS = 25;
const SECONDS = 4;

let scratch: ScratchServer;
let server: RunningServer;

beforeAll(async () => {
  // The shared test index (read only here); no ingest in this file.
  scratch = await startScratchServer('load-', { copy: ['knowledge'], indexDir: testIndexDir(), autoIngest: false });
  server = scratch.server;
}, 60_000);

afterAll(async () => {
  await scratch?.close();
});

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: SECONDS, timeout: 10, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(label: string, result: autocannon.Result): string {
  return `${label}: ${result.requests.total} requests, ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`;
}

describe('sustained load on loopback', () => {
  it(`POST /api/chat (extractive), ${CONNECTIONS} connections for ${SECONDS} s: no errors, no non-2xx`, async () => {
    const questions = ['Thủ tục thành lập hội cần giấy tờ gì?', 'Hồ sơ đề nghị công nhận quỹ xã hội gồm những gì?', 'Thời tiết hôm nay thế nào?', 'Lệ phí thành lập hội là bao nhiêu?'];
    const result = await run({
      url: `${server.url}/api/chat`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: questions.map((message) => ({ method: 'POST', body: JSON.stringify({ message }) })),
    });
    console.info(summary('chat', result));
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBeGreaterThan(CONNECTIONS);
    // Every answered turn was stored (requests still in flight when autocannon stopped counting are stored too).
    const stored = (await server.store.listMessages({ role: 'user' })).length;
    expect(stored).toBeGreaterThanOrEqual(result['2xx']);
    expect(stored).toBeLessThanOrEqual(result['2xx'] + CONNECTIONS);
  }, 20_000);

  it(`GET /api/search, ${CONNECTIONS} connections for ${SECONDS} s: no errors, no non-2xx`, async () => {
    const result = await run({ url: `${server.url}/api/search?q=${encodeURIComponent('thủ tục thành lập hội')}&k=5` });
    console.info(summary('search', result));
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBeGreaterThan(CONNECTIONS);
    // The server is still healthy afterwards.
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 20_000);
});
