import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndexFiles } from '../../../src/adapter/node/index-store';
import { runIngest, type IngestResult } from '../../../src/adapter/node/ingest-runner';
import { silentProgress } from '../../../src/adapter/node/progress';
import { testIndexDir } from '../../support/test-index-dir';

const LETTER_SPACED_RUN = /(?:^|\s)(?:\p{L}[ \t]){3,}\p{L}(?=\s|$)/mu;

async function copyProject(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ingest-'));
  await fs.cp('seeds', path.join(root, 'seeds'), { recursive: true });
  await fs.cp('knowledge', path.join(root, 'knowledge'), { recursive: true });
  return root;
}

describe('runIngest over the real seeds and knowledge', () => {
  let result: Awaited<ReturnType<typeof loadIndexFiles>>;
  let report: IngestResult['report'];

  beforeAll(async () => {
    result = await loadIndexFiles(testIndexDir());
    report = (await result.readJson('report.json')) as IngestResult['report'];
  });

  it('covers all five plans with table rows, and repairs the letter-spaced lines of 000', () => {
    const plans = report.documents.filter((document) => document.file.startsWith('seeds/'));
    expect(plans).toHaveLength(5);
    for (const plan of plans) expect(plan.tableRows, plan.file).toBeGreaterThan(20);
    const khanhHoa = plans.find((plan) => plan.file.includes('000_'))!;
    expect(khanhHoa.repairedLines).toBeGreaterThanOrEqual(240);
    expect(report.totals.procedures).toBeGreaterThanOrEqual(40);
    expect(report.failures).toEqual([]);
  });

  it('leaves no chunk with a run of four or more spaced single letters', () => {
    const offenders = result.chunks.filter((chunk) => LETTER_SPACED_RUN.test(chunk.text));
    expect(offenders.map((chunk) => chunk.text.slice(0, 80))).toEqual([]);
  });

  it('gives every chunk a stable id, a document, a title and a scope', () => {
    const ids = new Set(result.chunks.map((chunk) => chunk.id));
    expect(ids.size).toBe(result.chunks.length);
    for (const chunk of result.chunks) {
      expect(chunk.title.length).toBeGreaterThan(3);
      expect(['public', 'internal']).toContain(chunk.scope);
    }
  });
});

describe('runIngest on a scratch copy', () => {
  it('reuses unchanged sources, reports a broken one by name and still ingests the rest', async () => {
    const root = await copyProject();
    const indexDir = path.join(root, 'index');
    const first = await runIngest({ rootDir: root, indexDir, progress: silentProgress });
    const second = await runIngest({ rootDir: root, indexDir, progress: silentProgress });
    expect(second.report.documents.every((document) => document.reused)).toBe(true);
    expect(second.manifest.counts.chunks).toBe(first.manifest.counts.chunks);
    const firstIds = (await loadIndexFiles(indexDir)).chunks.map((chunk) => chunk.id).sort();
    expect(firstIds.length).toBe(first.manifest.counts.chunks);

    // A binary file posing as a plan, and a procedure record that is not JSON.
    const manifest = JSON.parse(await fs.readFile(path.join(root, 'knowledge/sources.json'), 'utf8'));
    manifest.sources.push({ ...manifest.sources[0], id: 'broken', file: 'seeds/broken.pdf' });
    await fs.writeFile(path.join(root, 'knowledge/sources.json'), JSON.stringify(manifest));
    await fs.writeFile(path.join(root, 'seeds/broken.pdf'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    await fs.writeFile(path.join(root, 'knowledge/procedures/zz-broken.json'), '{ not json');
    const third = await runIngest({ rootDir: root, indexDir, progress: silentProgress });
    expect(third.report.failures.map((failure) => failure.file)).toEqual(expect.arrayContaining(['seeds/broken.pdf', 'knowledge/procedures/zz-broken.json']));
    expect(third.report.documents.filter((document) => document.file.startsWith('seeds/'))).toHaveLength(5);
    expect(third.manifest.counts.chunks).toBe(first.manifest.counts.chunks);
  });
});
