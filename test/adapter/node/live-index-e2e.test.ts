/** End to end: `npm run ingest` in another process while clients ask a running server; the new build goes live with zero failed requests. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/adapter/node/server';
import { silentLogger } from '../../../src/http/app-context';
import { ingestUnderLoad } from '../../../scripts/bench/live-swap';

const unlimited = { limit: 1e9, windowMs: 60_000 };
let root: string;
let server: RunningServer;
let environment: Record<string, string>;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'live-index-e2e-'));
  await fs.cp(path.resolve('seeds'), path.join(root, 'seeds'), { recursive: true });
  await fs.cp(path.resolve('knowledge'), path.join(root, 'knowledge'), { recursive: true });
  environment = { ROOT_DIR: root, DATA_DIR: path.join(root, 'data'), INDEX_DIR: path.join(root, 'data', 'index'), EMBEDDER: 'none', LOG_LEVEL: 'silent' };
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    env: { ...environment, INDEX_POLL_SECONDS: '1' },
    logger: silentLogger,
    quiet: true,
    config: { rateLimits: { perClient: unlimited, perSession: unlimited, staff: unlimited, admin: unlimited } },
  });
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (root) await fs.rm(root, { recursive: true, force: true });
});

const readyz = async () => (await (await fetch(`${server.url}/readyz`)).json()) as { status: string; builtAt: string; failedBuild?: { build: string; error: string } };

describe('live index', () => {
  it('puts a CLI-built index live without a restart and without a failed request', async () => {
    const figures = await ingestUnderLoad({ url: server.url, indexDir: environment.INDEX_DIR!, environment, clients: 4, timeoutMs: 150_000 });
    expect(figures.failed).toBe(0);
    expect(figures.requests).toBeGreaterThan(8);
    expect(figures.builtAtAfter).not.toBe(figures.builtAtBefore);
    expect((await readyz()).builtAt).toBe(figures.builtAtAfter);
    const pointer = (await fs.readFile(path.join(environment.INDEX_DIR!, 'CURRENT'), 'utf8')).trim();
    expect(server.index.get()!.directory).toBe(path.join(environment.INDEX_DIR!, pointer));
    console.log(`CLI ingest under load: live ${figures.liveAfterPointerMs} ms after CURRENT moved, ${figures.requestsDuringSwap} requests during the swap, ${figures.requests} requests, ${figures.failed} failed`);
  }, 180_000);

  it('keeps serving the old build when CURRENT names a broken one, and /readyz says which', async () => {
    const before = await readyz();
    const liveDirectory = server.index.get()!.directory;
    const brokenName = 'build-9999-broken';
    await fs.mkdir(path.join(environment.INDEX_DIR!, brokenName));
    await fs.writeFile(path.join(environment.INDEX_DIR!, brokenName, 'manifest.json'), '{"not":"a manifest"}');
    const temporary = path.join(environment.INDEX_DIR!, '.CURRENT.test.tmp');
    await fs.writeFile(temporary, `${brokenName}\n`);
    await fs.rename(temporary, path.join(environment.INDEX_DIR!, 'CURRENT'));
    // The server notices by itself (watch or poll); reload() joins the same queue and reports the failure either way.
    await expect(server.reload()).rejects.toThrow(/corrupt|missing/);
    const after = await readyz();
    expect(after.status).toBe('ready');
    expect(after.builtAt).toBe(before.builtAt);
    expect(after.failedBuild?.build).toBe(brokenName);
    expect(server.index.get()!.directory).toBe(liveDirectory);
    expect((await fetch(`${server.url}/api/search?q=${encodeURIComponent('thành lập hội')}`)).status).toBe(200);
  }, 60_000);
});
