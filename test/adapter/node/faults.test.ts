/**
 * Faults on a real server (startServer on temporary directories, loopback only): LLM down or slow, embedding provider down,
 * SQLite busy, index missing or corrupt. Each shows the documented behaviour. A re-ingest killed half-way is covered by
 * index-store.test.ts (the CURRENT pointer only moves after a complete build).
 */
import Database from 'better-sqlite3';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { currentIndexDirectory } from '../../../src/adapter/node/index-store';
import { runIngest } from '../../../src/adapter/node/ingest-runner';
import { silentProgress } from '../../../src/adapter/node/progress';
import { createNodeLogger, startServer, type RunningServer, type StartServerOptions } from '../../../src/adapter/node/server';
import type { Logger } from '../../../src/http/app-context';
import { chatResponseSchema } from '../../../src/protocol/chat-events';

const QUESTION = 'Thủ tục thành lập hội cần giấy tờ gì?';
const unlimited = { limit: 1e9, windowMs: 60_000 };
const rateLimits = { perClient: unlimited, perSession: unlimited, staff: unlimited, admin: unlimited };

let root: string;
let indexDir: string;
const running: RunningServer[] = [];
const sockets: net.Server[] = [];

function recordingLogger() {
  const lines: { level: string; details: object; message?: string }[] = [];
  const logger: Logger = {
    info: (details, message) => lines.push({ level: 'info', details, message }),
    warn: (details, message) => lines.push({ level: 'warn', details, message }),
    error: (details, message) => lines.push({ level: 'error', details, message }),
  };
  return { logger, lines };
}

async function start(options: Partial<StartServerOptions> & { env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dataDir = await fs.mkdtemp(path.join(root, 'data-'));
  const server = await startServer({
    rootDir: root,
    dataDir,
    indexDir,
    port: 0,
    host: '127.0.0.1',
    logger: recordingLogger().logger,
    quiet: true,
    config: { rateLimits },
    ...options,
    env: { EMBEDDER: 'none', LOG_LEVEL: 'silent', ...options.env },
  });
  running.push(server);
  return server;
}

function post(server: RunningServer, route: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A loopback server that accepts connections and never answers (a hung LLM). */
async function silentPort(): Promise<number> {
  const server = net.createServer(() => undefined);
  sockets.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'faults-'));
  await fs.cp(path.resolve('seeds'), path.join(root, 'seeds'), { recursive: true });
  await fs.cp(path.resolve('knowledge'), path.join(root, 'knowledge'), { recursive: true });
  indexDir = path.join(root, 'index');
  await runIngest({ rootDir: root, indexDir, progress: silentProgress });
}, 120_000);

afterAll(async () => {
  for (const server of running) await server.close().catch(() => undefined);
  for (const socket of sockets) {
    socket.close();
    (socket as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
  }
  if (root) await fs.rm(root, { recursive: true, force: true });
});

describe('LLM faults: the extractive answer, never a 5xx', () => {
  it('LLM down (connection refused): 200 with cited extractive answer, llm_fallbacks_total counted, and no personal data in the pino log', async () => {
    const logLines: string[] = [];
    const destination = new Writable({ write: (chunk, _encoding, callback) => (logLines.push(String(chunk)), callback()) });
    const server = await start({ logger: createNodeLogger('info', destination), env: { LLM_BASE_URL: `http://127.0.0.1:${await closedPort()}/v1`, LLM_MODEL: 'qwen-test', LLM_TIMEOUT_MS: '2000' } });
    const response = await post(server, '/api/chat', { message: `${QUESTION} CCCD của tôi là 001203004567, số điện thoại 0912 345 678, email an.nguyen@example.com` });
    expect(response.status).toBe(200);
    const body = chatResponseSchema.parse(await response.json());
    expect(body.refused).toBe(false);
    expect(body.citations.length).toBeGreaterThan(0);
    expect(server.metrics.counterValue('llm_fallbacks_total')).toBe(1);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^llm_fallbacks_total 1$/m);
    expect(metrics).toContain('# TYPE index_chunks gauge');
    expect(Number(/^index_chunks (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(100);
    const log = logLines.join('');
    expect(log).toContain('llm-fallback');
    for (const secret of ['001203004567', '0912 345 678', '0912345678', 'an.nguyen@example.com']) expect(log).not.toContain(secret);
    const stored = await server.store.recentMessages(body.sessionId, 2);
    expect(stored.find((message) => message.role === 'assistant')).toMatchObject({ engine: 'extractive', fallback: expect.any(String) });
  });

  it('LLM slow (accepts, never answers): the extractive answer arrives within the timeout bound', async () => {
    const server = await start({ env: { LLM_BASE_URL: `http://127.0.0.1:${await silentPort()}/v1`, LLM_MODEL: 'qwen-test', LLM_TIMEOUT_MS: '300' } });
    const started = performance.now();
    const response = await post(server, '/api/chat', { message: QUESTION });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    const body = chatResponseSchema.parse(await response.json());
    expect(body.refused).toBe(false);
    expect(body.citations.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(3000);
    expect(server.metrics.counterValue('llm_fallbacks_total')).toBe(1);
    const [, assistant] = await server.store.recentMessages(body.sessionId, 2);
    expect(assistant).toMatchObject({ engine: 'extractive', fallback: 'llm_timeout' });
  });
});

describe('embedding provider down', () => {
  it('ingest warns once and builds the lexical index; the server answers', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    let server: RunningServer;
    const { logger, lines } = recordingLogger();
    try {
      server = await start({
        indexDir: path.join(root, 'index-embedder-down'),
        quiet: false,
        logger,
        env: { EMBEDDER: 'openai', EMBEDDING_BASE_URL: `http://127.0.0.1:${await closedPort()}/v1`, EMBEDDING_MODEL: 'e5-test' },
      });
    } finally {
      spy.mockRestore();
    }
    const warnings = written.filter((line) => line.includes('⚠') && /embedding/i.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/lexical index only/);
    const ready = (await (await fetch(`${server.url}/readyz`)).json()) as { status: string; dense: boolean; chunks: number };
    expect(ready).toMatchObject({ status: 'ready', dense: false });
    expect(ready.chunks).toBeGreaterThan(100);
    expect(lines.some((line) => line.message?.includes('dense search off'))).toBe(true);
    const response = await post(server, '/api/chat', { message: QUESTION });
    expect(response.status).toBe(200);
    expect(chatResponseSchema.parse(await response.json()).citations.length).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/api/search?q=${encodeURIComponent('thành lập hội')}`)).status).toBe(200);
  });
});

describe('SQLite busy (another connection holds the write lock)', () => {
  it('chat still answers 200 and logs the lost turn; feedback answers 503 and is not half-written', async () => {
    const { logger, lines } = recordingLogger();
    const server = await start({ logger });
    const other = new Database(path.join(server.settings.dataDir, 'assistant.db'));
    try {
      other.exec('BEGIN EXCLUSIVE');
      const chat = await post(server, '/api/chat', { message: QUESTION });
      expect(chat.status).toBe(200);
      const body = chatResponseSchema.parse(await chat.json());
      expect(body.citations.length).toBeGreaterThan(0);
      expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'could not store the conversation turn' }));
      const feedback = await post(server, '/api/feedback', { sessionId: body.sessionId, messageId: body.messageId, rating: 'up' });
      expect(feedback.status).toBe(503);
      const error = (await feedback.json()) as { error: { code: string; message: string } };
      expect(error.error).toMatchObject({ code: 'store_unavailable', message: expect.stringMatching(/thử lại sau/) });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await server.store.listFeedback()).toEqual([]);
    // The lock released, the store works again on the same connection.
    expect((await post(server, '/api/feedback', { sessionId: 'session-after-busy-01', rating: 'up' })).status).toBe(200);
    expect(await server.store.listFeedback()).toHaveLength(1);
  }, 20_000);
});

describe('index missing or corrupt at start', () => {
  async function expectUnavailable(server: RunningServer, detail: RegExp): Promise<void> {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const { reason } = (await ready.json()) as { reason: string };
    expect(reason).toContain('npm run ingest');
    expect(reason).toMatch(detail);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (const response of [await post(server, '/api/chat', { message: QUESTION }), await fetch(`${server.url}/api/search?q=hoi`)]) {
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('not_ready');
      expect(body.error.message).toMatch(/^Trợ lý đang khởi động hoặc chưa có dữ liệu/);
      // Operator detail (server paths, commands) stays on /readyz and in the log.
      expect(body.error.message).not.toContain(root);
      expect(body.error.message).not.toContain('npm run');
      expect(response.headers.get('retry-after')).toBe('30');
    }
  }

  it('missing index with autoIngest off: /readyz 503 naming `npm run ingest`, /api/chat 503 JSON', async () => {
    const { logger, lines } = recordingLogger();
    const server = await start({ indexDir: path.join(root, 'index-missing'), autoIngest: false, logger });
    await expectUnavailable(server, /No index found/);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('npm run ingest') }));
  });

  it('garbage chunks.json in the current build: same, with a message saying the index is corrupt', async () => {
    const corruptDir = path.join(root, 'index-corrupt');
    await fs.cp(indexDir, corruptDir, { recursive: true });
    const current = (await currentIndexDirectory(corruptDir))!;
    await fs.writeFile(path.join(current, 'chunks.json'), '{"chunks": [ garbage');
    const server = await start({ indexDir: corruptDir });
    await expectUnavailable(server, /corrupt/);
  });

  it('a chunks.json that parses but disagrees with the manifest is also refused', async () => {
    const corruptDir = path.join(root, 'index-truncated');
    await fs.cp(indexDir, corruptDir, { recursive: true });
    const current = (await currentIndexDirectory(corruptDir))!;
    const chunks = JSON.parse(await fs.readFile(path.join(current, 'chunks.json'), 'utf8')) as unknown;
    const truncated = Array.isArray(chunks) ? chunks.slice(0, 3) : { ...(chunks as object), chunks: ((chunks as { chunks: unknown[] }).chunks ?? []).slice(0, 3) };
    await fs.writeFile(path.join(current, 'chunks.json'), JSON.stringify(truncated));
    const server = await start({ indexDir: corruptDir, autoIngest: false });
    await expectUnavailable(server, /corrupt/);
  });
});
