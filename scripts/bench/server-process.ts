/**
 * The assistant in a process of its own for the HTTP benchmark: with server and load generator on one event loop,
 * the generator's own work lands in the tail latency. Sends its URL to the parent, stops on disconnect.
 */
import path from 'node:path';
import { startServer } from '../../src/adapter/node/server';
import { silentLogger } from '../../src/http/app-context';

const [rootDir, workDir] = process.argv.slice(2) as [string, string];
const generous = { perClient: { limit: 1e9, windowMs: 60_000 }, perSession: { limit: 1e9, windowMs: 60_000 }, staff: { limit: 1e9, windowMs: 60_000 }, admin: { limit: 1e9, windowMs: 60_000 } };
const server = await startServer({
  port: 0,
  rootDir,
  dataDir: path.join(workDir, 'data-process'),
  indexDir: path.join(workDir, 'index'),
  env: { EMBEDDER: 'none' },
  logger: silentLogger,
  config: { rateLimits: generous },
  quiet: true,
});
process.send?.({ url: server.url, rssBytes: process.memoryUsage().rss });
process.on('message', (message) => {
  if (message === 'rss') process.send?.({ rssBytes: process.memoryUsage().rss });
});
process.on('disconnect', () => {
  void server.close().finally(() => process.exit(0));
});
