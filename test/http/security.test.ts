/** Transport hardening: security headers, CORS allow-list, rate limits (client, session, trusted proxy), request ids, /metrics. */
import { describe, expect, it } from 'vitest';
import type { ChatEngine } from '../../src/chat/chat-types';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { createApp } from '../../src/http/app';
import { clientAddress } from '../../src/http/client-address';
import { DEFAULT_APP_CONFIG, silentLogger, type AppConfig } from '../../src/http/app-context';
import { Metrics } from '../../src/http/metrics';
import { IndexHolder } from '../../src/services/index-holder';
import { createTestApp, postJson, unlimited } from '../support/test-app';
import { loadTestIndex } from '../support/test-index';

const PORTAL = 'https://congdichvu.khanhhoa.gov.vn';
const limits = (overrides: Partial<AppConfig['rateLimits']>): AppConfig['rateLimits'] => ({ ...unlimited, ...overrides });

describe('security headers', () => {
  it.each(['/healthz', '/api/search?q=hoi', '/api/nope'])('are set on %s', async (path) => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request(path);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('JSON errors carry no stack trace', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request('/api/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.stringMatching(/Không tìm thấy/) } });
  });
});

describe('CORS', () => {
  it('echoes an allowed origin and omits an unknown one', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited, corsOrigins: [PORTAL] } });
    const allowed = await app.request('/api/search?q=hoi', { headers: { origin: PORTAL } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    const unknown = await app.request('/api/search?q=hoi', { headers: { origin: 'https://evil.example' } });
    expect(unknown.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight for the chat endpoint from an allowed origin only, without spending the rate limit', async () => {
    const { app } = await createTestApp({ config: { rateLimits: limits({ perClient: { limit: 1, windowMs: 60_000 } }), corsOrigins: [PORTAL] } });
    const preflight = (origin: string) =>
      app.request('/api/chat', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const ok = await preflight(PORTAL);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(ok.headers.get('access-control-max-age')).toBe('600');
    expect((await preflight(PORTAL)).status).toBe(204);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limiting', () => {
  it('answers 429 per client with Retry-After and a Vietnamese JSON error', async () => {
    const { app } = await createTestApp({ config: { rateLimits: limits({ perClient: { limit: 3, windowMs: 60_000 } }) } });
    for (let turn = 0; turn < 3; turn++) expect((await app.request('/api/search?q=hoi')).status).toBe(200);
    const limited = await app.request('/api/search?q=hoi');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain(`${retryAfter} giây`);
    // Health and metrics stay reachable for the operator.
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('limits one session apart from other sessions of the same client', async () => {
    const { app } = await createTestApp({ config: { rateLimits: limits({ perSession: { limit: 2, windowMs: 60_000 } }) } });
    const ask = (sessionId: string) => app.request(postJson('/api/chat', { message: 'Thời tiết hôm nay thế nào?', sessionId }));
    expect((await ask('session-aaaaaaaaaaaa')).status).toBe(200);
    expect((await ask('session-aaaaaaaaaaaa')).status).toBe(200);
    const limited = await ask('session-aaaaaaaaaaaa');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await ask('session-bbbbbbbbbbbb')).status).toBe(200);
  });

  it.each([
    [0, [200, 429]],
    [1, [200, 200]],
  ])('with %s trusted proxies, two clients behind the proxy get separate budgets only when the proxy is trusted', async (trustProxy, expected) => {
    const { app } = await createTestApp({ config: { trustProxy, rateLimits: limits({ perClient: { limit: 1, windowMs: 60_000 } }) } });
    const first = await app.request('/api/search?q=hoi', { headers: { 'x-forwarded-for': '203.0.113.7' } });
    const second = await app.request('/api/search?q=hoi', { headers: { 'x-forwarded-for': '198.51.100.9' } });
    expect([first.status, second.status]).toEqual(expected);
  });

  it('an untrusted client cannot escape its budget by forging X-Forwarded-For', async () => {
    const { app } = await createTestApp({ config: { trustProxy: 0, rateLimits: limits({ perClient: { limit: 2, windowMs: 60_000 } }) } });
    const statuses: number[] = [];
    for (let turn = 0; turn < 4; turn++) statuses.push((await app.request('/api/search?q=hoi', { headers: { 'x-forwarded-for': `192.0.2.${turn}` } })).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('behind nginx ($proxy_add_x_forwarded_for) a client forging the leftmost entries cannot reset its limit', async () => {
    const { app } = await createTestApp({ config: { trustProxy: 1, rateLimits: limits({ perClient: { limit: 2, windowMs: 60_000 } }) } });
    // nginx appends the address it saw (203.0.113.7) to whatever the client sent.
    const statuses: number[] = [];
    for (let turn = 0; turn < 5; turn++) statuses.push((await app.request('/api/search?q=hoi', { headers: { 'x-forwarded-for': `192.0.2.${turn}, 10.9.${turn}.1, 203.0.113.7` } })).status);
    expect(statuses).toEqual([200, 200, 429, 429, 429]);
    // Another real client behind the same proxy keeps its own budget.
    expect((await app.request('/api/search?q=hoi', { headers: { 'x-forwarded-for': '192.0.2.1, 198.51.100.9' } })).status).toBe(200);
  });
});

describe('rate limits on a shared store', () => {
  it('counts the API through the limiter it is given, keyed by client address and by session', async () => {
    const keys: string[] = [];
    const { app } = await createTestApp({ config: { trustProxy: 1 }, deps: { rateLimiter: { take: async (key) => (keys.push(key), 0) } } });
    await app.request('/api/search?q=hoi', { headers: { 'x-forwarded-for': '192.0.2.9, 203.0.113.7' } });
    await app.request(postJson('/api/chat', { message: 'Thời tiết hôm nay thế nào?', sessionId: 'session-cccccccccccc' }, { 'x-forwarded-for': '203.0.113.7' }));
    expect(keys).toEqual(['client:203.0.113.7', 'client:203.0.113.7', 'session:session-cccccccccccc']);
  });

  it('lets requests through when the limiter store fails, rather than failing them', async () => {
    const { app } = await createTestApp({ deps: { rateLimiter: { take: async () => Promise.reject(new Error('database is locked')) } } });
    expect((await app.request('/api/search?q=hoi')).status).toBe(200);
    expect((await app.request(postJson('/api/chat', { message: 'Thời tiết hôm nay thế nào?', sessionId: 'session-dddddddddddd' }))).status).toBe(200);
    // The operator sees it on /metrics: one failed check for the search, two for the chat turn (client, conversation).
    expect(await (await app.request('/metrics')).text()).toMatch(/^rate_limit_store_errors_total 3$/m);
  });
});

describe('clientAddress', () => {
  const request = (forwarded?: string) => new Request('http://127.0.0.1/api/search', { headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } });
  it.each([
    ['no proxy trusted: the socket peer, whatever the header says', '192.0.2.1, 203.0.113.7', 0, '127.0.0.1'],
    ['one proxy: the entry it appended', '192.0.2.1, 203.0.113.7', 1, '203.0.113.7'],
    ['one proxy, no forged entries', '203.0.113.7', 1, '203.0.113.7'],
    ['two proxies (CDN, then nginx): the entry the first one appended', '192.0.2.1, 203.0.113.7, 10.0.0.5', 2, '203.0.113.7'],
    ['spaces and empty entries are ignored', ' 192.0.2.1 ,, 203.0.113.7 ', 1, '203.0.113.7'],
    ['fewer entries than proxies: the request bypassed them, so the peer', '203.0.113.7', 2, '127.0.0.1'],
    ['no header behind a trusted proxy: the peer', undefined, 1, '127.0.0.1'],
  ])('%s', (_label, forwarded, hops, expected) => {
    expect(clientAddress(request(forwarded), '127.0.0.1', hops)).toBe(expected);
  });

  it('says unknown when there is no peer and nothing trusted', () => {
    expect(clientAddress(request(), undefined, 0)).toBe('unknown');
  });
});

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id and replaces a malformed one', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    expect((await app.request('/healthz', { headers: { 'x-request-id': 'portal-req-12345678' } })).headers.get('x-request-id')).toBe('portal-req-12345678');
    const generated = (await app.request('/healthz', { headers: { 'x-request-id': 'bad id <script>' } })).headers.get('x-request-id');
    expect(generated).toMatch(/^[\w-]{16,64}$/);
    const other = (await app.request('/healthz')).headers.get('x-request-id');
    expect(other).toMatch(/^[\w-]{16,64}$/);
    expect(other).not.toBe(generated);
  });
});

describe('/metrics', () => {
  it('renders Prometheus text with request counts, latency buckets and refusals', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    await app.request('/api/search?q=hoi');
    await app.request(postJson('/api/chat', { message: 'Cho tôi công thức nấu phở bò' }));
    const response = await app.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE http_requests_total counter');
    expect(text).toMatch(/^http_requests_total\{route="\/api\/search",status="200"\} 1$/m);
    expect(text).toMatch(/^http_requests_total\{route="\/api\/chat",status="200"\} 1$/m);
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{route="\/api\/search",le="0\.005"\} \d+$/m);
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{route="\/api\/search",le="\+Inf"\} 1$/m);
    expect(text).toMatch(/^http_request_duration_seconds_count\{route="\/api\/search"\} 1$/m);
    expect(text).toMatch(/^chat_refusals_total\{reason="out_of_domain"\} 1$/m);
    expect(text).toMatch(/^chat_latency_seconds_count\{engine="extractive"\} 1$/m);
    // Every sample line is "name{labels} number".
    for (const line of text.trim().split('\n').filter((line) => !line.startsWith('#'))) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? -?[\d.e+-]+$/);
  });

  it('counts guard interventions and LLM fallbacks reported by the engine', async () => {
    const live = await loadTestIndex();
    const engine: ChatEngine = {
      answer: async () => ({ answer: 'Hồ sơ gồm đơn đề nghị [1].', citations: [{ n: 1, text: 'Đơn đề nghị.', source: { docId: 'd', title: 't' } }], refused: false, focus: {}, engine: 'extractive', fallback: 'llm_timeout', guardInterventions: 2, confidence: 0.8, piiDetected: false }),
    };
    const index = new IndexHolder();
    index.set({ ...live, engine });
    const metrics = new Metrics();
    const app = createApp({ index, store: openSqliteStore(':memory:'), metrics, logger: silentLogger, config: { ...DEFAULT_APP_CONFIG, rateLimits: unlimited } });
    await app.request(postJson('/api/chat', { message: 'Hồ sơ gồm những gì?' }));
    await (await app.request(postJson('/api/chat', { message: 'Hồ sơ gồm những gì?' }, { accept: 'text/event-stream' }))).text();
    const text = await (await app.request('/metrics')).text();
    expect(text).toMatch(/^guard_interventions_total 4$/m);
    expect(text).toMatch(/^llm_fallbacks_total 2$/m);
  });
});
