/**
 * Measures the Worker's cold start in workerd: wall time of the first request (KV read, gunzip, parse,
 * BM25 build) against a warm one, and the isolate's V8 heap before and after the index is loaded.
 * Run after `npm run deploy:dry-run` and `npm run build:workers-index`:
 *   node --import tsx test/workers/measure-cold-start.ts [dist/worker/index.js] [dist/workers-index]
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Miniflare, fetch as miniflareFetch } from 'miniflare';
import { CURRENT_KEY } from '../../src/adapter/workers/index-archive';

const bundle = path.resolve(process.argv[2] ?? 'dist/worker/index.js');
const archiveDir = path.resolve(process.argv[3] ?? 'dist/workers-index');
const RUNS = 5;

interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

/** One Chrome DevTools Protocol session on the worker's isolate. */
async function inspect(mf: Miniflare): Promise<{ call(method: string): Promise<unknown>; close(): void }> {
  const inspector = await mf.getInspectorURL();
  // Miniflare's fetch does the WebSocket upgrade; Node 20's experimental WebSocket never sees the replies.
  const upgrade = await miniflareFetch(`${inspector.href.replace(/^ws/, 'http')}measured`, { headers: { Upgrade: 'websocket' } });
  const socket = upgrade.webSocket;
  if (!socket) throw new Error(`no inspector WebSocket (HTTP ${upgrade.status})`);
  socket.accept();
  let next = 0;
  const pending = new Map<number, (value: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  return {
    call(method) {
      const id = ++next;
      socket.send(JSON.stringify({ id, method }));
      return new Promise((resolve, reject) => {
        pending.set(id, resolve);
        setTimeout(() => reject(new Error(`${method}: no reply from the inspector`)), 5000).unref();
      });
    },
    close: () => socket.close(),
  };
}

/** workerd does not run HeapProfiler.collectGarbage, so this includes garbage: an upper bound. */
async function heap(session: Awaited<ReturnType<typeof inspect>>): Promise<HeapUsage> {
  return (await session.call('Runtime.getHeapUsage')) as HeapUsage;
}

async function measureOnce(script: string, build: string, archive: Buffer) {
  const migration = await fs.readFile(path.resolve('migrations/0001_init.sql'), 'utf8');
  const mf = new Miniflare({
    inspectorPort: 0,
    workers: [
      {
        name: 'measured',
        modules: true,
        scriptPath: script,
        compatibilityDate: '2026-04-01',
        kvNamespaces: ['INDEX'],
        d1Databases: ['DB'],
        bindings: { INDEX_REFRESH_SECONDS: '0' },
        unsafeInspectorProxy: true,
      },
    ],
  });
  try {
    const kv = await mf.getKVNamespace('INDEX');
    // A fresh ArrayBuffer: a pooled Buffer view does not cross the Miniflare proxy.
    await kv.put(`index/builds/${build}.json.gz`, archive.buffer.slice(archive.byteOffset, archive.byteOffset + archive.byteLength) as ArrayBuffer);
    await kv.put(CURRENT_KEY, build);
    const database = await mf.getD1Database('DB');
    await database.exec(migration.replace(/--.*\n/g, '').replace(/\s*\n\s*/g, ' '));
    const session = await inspect(mf);
    const before = await heap(session);
    let started = performance.now();
    const first = await mf.dispatchFetch('http://localhost/readyz');
    const coldMs = performance.now() - started;
    if (first.status !== 200) throw new Error(`index did not load: ${await first.text()}`);
    await first.arrayBuffer();
    started = performance.now();
    await (await mf.dispatchFetch('http://localhost/readyz')).arrayBuffer();
    const warmMs = performance.now() - started;
    started = performance.now();
    await (await mf.dispatchFetch('http://localhost/api/search?q=th%E1%BB%A7%20t%E1%BB%A5c%20th%C3%A0nh%20l%E1%BA%ADp%20h%E1%BB%99i')).arrayBuffer();
    const searchMs = performance.now() - started;
    const after = await heap(session);
    session.close();
    return { coldMs, warmMs, searchMs, heapBeforeMb: before.usedSize / 2 ** 20, heapAfterMb: after.usedSize / 2 ** 20 };
  } finally {
    await mf.dispose();
  }
}

const build = (await fs.readFile(path.join(archiveDir, 'CURRENT'), 'utf8')).trim();
const archive = await fs.readFile(path.join(archiveDir, `${build}.json.gz`));
const runs: Awaited<ReturnType<typeof measureOnce>>[] = [];
for (let run = 0; run < RUNS; run++) runs.push(await measureOnce(bundle, build, archive));
const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;
const figure = (key: keyof (typeof runs)[number]) => median(runs.map((run) => run[key]));
console.log(`index archive ${build}: ${(archive.byteLength / 1024).toFixed(0)} KB gzipped`);
console.log(`cold first request (KV read + gunzip + parse + BM25 build): median ${figure('coldMs').toFixed(0)} ms over ${RUNS} fresh isolates; warm request ${figure('warmMs').toFixed(1)} ms; one search ${figure('searchMs').toFixed(1)} ms`);
console.log(`isolate JS heap used (no GC available, so an upper bound): ${figure('heapBeforeMb').toFixed(1)} MB before the index, ${figure('heapAfterMb').toFixed(1)} MB after (limit 128 MB)`);
