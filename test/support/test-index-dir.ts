/** Where the global setup built the shared test index. */
import path from 'node:path';

export function testIndexDir(): string {
  return process.env.TEST_INDEX_DIR ?? path.resolve('.tmp/test-index');
}
