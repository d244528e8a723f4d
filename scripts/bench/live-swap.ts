/**
 * A CLI ingest (`npm run ingest`, another process) while clients keep asking a running server: how long until the
 * new build answers, how many requests were served meanwhile, and whether any failed.
 * Run alone: `node --import tsx scripts/bench/live-swap.ts [--clients 8] [--log]` (a temporary copy of seeds/ and knowledge/).
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUESTIONS = ['thành lập hội', 'tinh giản biên chế', 'hồ sơ công nhận quỹ', 'thi đua khen thưởng', 'cải cách hành chính'];

export interface LiveSwapFigures {
  requests: number;
  failed: number;
  /** Wall time of the ingest process. */
  ingestMs: number;
  /** From CURRENT naming the new build to /readyz showing its builtAt. */
  liveAfterPointerMs: number;
  /** Requests answered between the pointer moving and the new builtAt showing (served by the old build while the new one loaded). */
  requestsDuringSwap: number;
  builtAtBefore: string;
  builtAtAfter: string;
}

export interface LiveSwapOptions {
  url: string;
  indexDir: string;
  /** Environment of the ingest process (ROOT_DIR, DATA_DIR, INDEX_DIR, EMBEDDER…). */
  environment: Record<string, string>;
  clients?: number;
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function builtAt(url: string): Promise<string | undefined> {
  const response = await fetch(`${url}/readyz`).catch(() => undefined);
  if (!response?.ok) return undefined;
  return ((await response.json()) as { builtAt?: string }).builtAt;
}

function runCliIngest(environment: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(CODE_ROOT, 'scripts/ingest.ts')], { cwd: CODE_ROOT, env: { ...process.env, ...environment }, stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (tail = (tail + chunk).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run ingest exited with ${code}: ${tail.trim().split('\n').pop()}`))));
  });
}

export async function ingestUnderLoad(options: LiveSwapOptions): Promise<LiveSwapFigures> {
  const before = await builtAt(options.url);
  if (!before) throw new Error(`${options.url}/readyz is not ready`);
  const pointerBefore = await fs.readFile(path.join(options.indexDir, 'CURRENT'), 'utf8');
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let stop = false;
  let requests = 0;
  let failed = 0;
  let pointerMovedAt: number | undefined;
  let requestsAtPointer = 0;
  let liveAt: number | undefined;
  let requestsAtLive = 0;
  let after = before;

  const client = async (number: number) => {
    for (let turn = number; !stop && Date.now() < deadline; turn++) {
      const query = encodeURIComponent(QUESTIONS[turn % QUESTIONS.length]!);
      const response = await fetch(`${options.url}/api/search?q=${query}`).catch(() => undefined);
      if (response) await response.arrayBuffer();
      requests++;
      if (response?.status !== 200) failed++;
    }
  };
  // Watches the pointer and /readyz closely, to time the moment each changes.
  const observer = async () => {
    while (!stop && Date.now() < deadline && liveAt === undefined) {
      if (pointerMovedAt === undefined && (await fs.readFile(path.join(options.indexDir, 'CURRENT'), 'utf8').catch(() => pointerBefore)) !== pointerBefore) {
        pointerMovedAt = performance.now();
        requestsAtPointer = requests;
      }
      const seen = await builtAt(options.url);
      if (seen && seen !== before) {
        liveAt = performance.now();
        requestsAtLive = requests;
        after = seen;
        pointerMovedAt ??= liveAt;
      }
      await sleep(5);
    }
  };

  const load = Promise.all(Array.from({ length: options.clients ?? 8 }, (_, number) => client(number)));
  const watching = observer();
  const started = performance.now();
  try {
    await runCliIngest(options.environment);
    const ingestMs = performance.now() - started;
    await watching;
    // A moment of requests on the new build, then stop.
    await sleep(300);
    stop = true;
    await load;
    if (liveAt === undefined) throw new Error(`the new build did not go live within ${options.timeoutMs ?? 120_000} ms`);
    return {
      requests,
      failed,
      ingestMs: Math.round(ingestMs),
      liveAfterPointerMs: Math.round(liveAt - pointerMovedAt!),
      requestsDuringSwap: requestsAtLive - requestsAtPointer,
      builtAtBefore: before,
      builtAtAfter: after,
    };
  } finally {
    stop = true;
    await load;
  }
}

/** Run alone: a server on a temporary copy of the corpus, then one CLI ingest under load. */
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { startServer } = await import('../../src/adapter/node/server');
  const { silentLogger } = await import('../../src/http/app-context');
  const { createNodeLogger } = await import('../../src/adapter/node/server');
  const args = process.argv.slice(2);
  const clients = Number(args[args.indexOf('--clients') + 1]) || 8;
  const pollSeconds = process.env.INDEX_POLL_SECONDS ?? '2';
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'live-swap-'));
  await fs.cp(path.join(CODE_ROOT, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  await fs.cp(path.join(CODE_ROOT, 'knowledge'), path.join(root, 'knowledge'), { recursive: true });
  const environment = { ROOT_DIR: root, DATA_DIR: path.join(root, 'data'), INDEX_DIR: path.join(root, 'data', 'index'), EMBEDDER: 'none', LOG_LEVEL: 'silent' };
  const unlimited = { limit: 1e9, windowMs: 60_000 };
  const server = await startServer({
    port: 0,
    env: { ...environment, INDEX_POLL_SECONDS: pollSeconds },
    // --log shows the server's own lines (when each build loaded, and how long the load took).
    logger: args.includes('--log') ? createNodeLogger('info') : silentLogger,
    quiet: true,
    config: { rateLimits: { perClient: unlimited, perSession: unlimited, staff: unlimited, admin: unlimited } },
  });
  try {
    for (let run = 1; run <= 3; run++) {
      const figures = await ingestUnderLoad({ url: server.url, indexDir: environment.INDEX_DIR, environment, clients });
      console.log(
        `run ${run}: ingest ${figures.ingestMs} ms; live ${figures.liveAfterPointerMs} ms after CURRENT moved; ${figures.requestsDuringSwap} requests during the swap; ${figures.requests} requests, ${figures.failed} failed (${clients} clients, INDEX_POLL_SECONDS=${pollSeconds})`,
      );
    }
  } finally {
    await server.close();
    await fs.rm(root, { recursive: true, force: true });
  }
}
