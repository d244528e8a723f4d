/** The index built by the global setup, loaded once per test file. */
import path from 'node:path';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentLogger } from '../../src/http/app-context';
import type { LiveIndex } from '../../src/services/index-holder';

let cached: Promise<LiveIndex> | undefined;

export function testIndexDir(): string {
  return process.env.TEST_INDEX_DIR ?? path.resolve('.tmp/test-index');
}

export function loadTestIndex(): Promise<LiveIndex> {
  cached ??= loadLiveIndex({ indexDir: testIndexDir(), logger: silentLogger });
  return cached;
}
