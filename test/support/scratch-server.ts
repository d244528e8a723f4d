/** A real server over a scratch copy of the repository's sources (seeds/, knowledge/), rate limits off, for end-to-end tests. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/adapter/node/server';
import { silentLogger } from '../../src/http/app-context';

const unlimited = { limit: 1e9, windowMs: 60_000 };
export const UNLIMITED_RATE_LIMITS = { perClient: unlimited, perSession: unlimited, staff: unlimited, admin: unlimited };

export interface ScratchServer {
  server: RunningServer;
  root: string;
  close(): Promise<void>;
}

export async function startScratchServer(prefix: string, options: StartServerOptions & { copy?: string[] } = {}): Promise<ScratchServer> {
  const { copy = ['seeds', 'knowledge'], ...serverOptions } = options;
  const root = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  for (const folder of copy) await fs.cp(path.resolve(folder), path.join(root, folder), { recursive: true });
  const server = await startServer({
    rootDir: root,
    dataDir: path.join(root, 'data'),
    port: 0,
    host: '127.0.0.1',
    logger: silentLogger,
    quiet: true,
    ...serverOptions,
    env: { EMBEDDER: 'none', LOG_LEVEL: 'silent', ...serverOptions.env },
    config: { rateLimits: UNLIMITED_RATE_LIMITS, ...serverOptions.config },
  });
  return {
    server,
    root,
    close: async () => {
      await server.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}
