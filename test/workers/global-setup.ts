/** Node side of the workerd tests: builds an index (as `npm run ingest`), packs it for KV, and records the Node answers. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runIngest } from '../../src/adapter/node/ingest-runner';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentProgress } from '../../src/adapter/node/progress';
import { silentLogger } from '../../src/http/app-context';
import { buildWorkersIndex } from '../../scripts/build-workers-index';
import questions from './fixtures/dev-questions.json';
import type { NodeExpectation } from './node-expectations';

// Apart from .tmp/test-index, so `npm test` and the workers tests can run at the same time.
const INDEX_DIR = path.resolve('.tmp/workers-test-index');
const ARCHIVE_DIR = path.resolve('.tmp/workers-test-archive');

export default async function setup(project: TestProject): Promise<void> {
  await fs.rm(INDEX_DIR, { recursive: true, force: true });
  await fs.rm(ARCHIVE_DIR, { recursive: true, force: true });
  await runIngest({ rootDir: path.resolve('.'), indexDir: INDEX_DIR, progress: silentProgress });
  const packed = await buildWorkersIndex({ indexDir: INDEX_DIR, outDir: ARCHIVE_DIR });
  const archive = await fs.readFile(packed.archivePath);
  project.provide('packedIndex', { build: packed.build, key: packed.key, archiveBase64: archive.toString('base64') });

  // The Node server's own loader, not the shared function the Worker uses, so a drift between them shows.
  const live = await loadLiveIndex({ indexDir: INDEX_DIR, logger: silentLogger });
  const expectations: NodeExpectation[] = [];
  for (const question of questions) {
    const hits = await live.retriever.search(question.question, { k: 5, scopes: ['public'] });
    const result = await live.engine.answer({ message: question.question, scopes: ['public'] });
    expectations.push({ id: question.id, question: question.question, topFive: hits.map((hit) => hit.chunk.id), answer: result.answer, refused: result.refused });
  }
  project.provide('nodeExpectations', expectations);
}
