/** Builds one lexical index from the repository's seeds/ and knowledge/ for every test that needs real data. */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { runIngest } from '../../src/adapter/node/ingest-runner';
import { silentProgress } from '../../src/adapter/node/progress';

// One directory per run, so two test runs on the same checkout never remove each other's index.
const TEST_INDEX_DIR = path.resolve(`.tmp/test-index-${process.pid}`);

export default async function setup(): Promise<() => Promise<void>> {
  await fs.rm(TEST_INDEX_DIR, { recursive: true, force: true });
  await runIngest({ rootDir: path.resolve('.'), indexDir: TEST_INDEX_DIR, progress: silentProgress });
  process.env.TEST_INDEX_DIR = TEST_INDEX_DIR;
  return async () => {
    await fs.rm(TEST_INDEX_DIR, { recursive: true, force: true });
  };
}
