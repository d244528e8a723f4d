/** The index built by the global setup, loaded once per test file. */
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentLogger } from '../../src/http/app-context';
import type { LiveIndex } from '../../src/services/index-holder';
import { testIndexDir } from './test-index-dir';

let cached: Promise<LiveIndex> | undefined;

export { testIndexDir };

export function loadTestIndex(): Promise<LiveIndex> {
  cached ??= loadLiveIndex({ indexDir: testIndexDir(), logger: silentLogger });
  return cached;
}
