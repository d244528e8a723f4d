/** The real Node server for the browser e2e: SQLite in a temp data dir, the shared test index read-only, no LLM, no embedder. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/adapter/node/server';
import { silentLogger } from '../../src/http/app-context';
import type { Store } from '../../src/ports/store';

export interface TestAssistant {
  url: string;
  store: Store;
  /** Stops the server, closes SQLite and removes the temp data dir. */
  close(): Promise<void>;
}

export async function startTestAssistant(): Promise<TestAssistant> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'widget-e2e-'));
  // The vitest global setup built one index for the run; without it, startServer builds one here.
  const sharedIndex = process.env.TEST_INDEX_DIR;
  const indexDir = sharedIndex && existsSync(sharedIndex) ? sharedIndex : path.join(dataDir, 'index');
  try {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      indexDir,
      // LLM_MODEL '' keeps the extractive engine even if the developer's shell configures an LLM.
      env: { EMBEDDER: 'none', LLM_MODEL: '', LOG_LEVEL: 'silent' },
      logger: silentLogger,
      quiet: true,
    });
    return {
      url: server.url,
      store: server.store,
      async close() {
        await server.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
