/** Index builds on disk: atomic CURRENT switch, abort, corrupt or missing index, and an ingest killed mid-build. */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { beginIndexBuild, currentIndexDirectory, IndexLoadError, loadIndexFiles } from '../../../src/adapter/node/index-store';
import { runIngest } from '../../../src/adapter/node/ingest-runner';
import { silentProgress } from '../../../src/adapter/node/progress';
import type { Chunk } from '../../../src/core/types';
import { INDEX_FORMAT_VERSION, type IndexManifest } from '../../../src/ingest/index-manifest';

const REPO = path.resolve(import.meta.dirname, '../../..');
const temporaries: string[] = [];
async function temporaryRoot(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'index-store-'));
  temporaries.push(directory);
  return directory;
}
afterEach(async () => {
  await Promise.all(temporaries.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

function chunk(id: string): Chunk {
  return { id, docId: 'doc', title: 'Tài liệu', section: '', lineStart: 1, lineEnd: 1, scope: 'public', kind: 'text', text: `Đoạn ${id}` };
}
function manifest(chunks: number): IndexManifest {
  return {
    formatVersion: INDEX_FORMAT_VERSION,
    pipelineVersion: 'test',
    builtAt: new Date().toISOString(),
    buildMs: 1,
    sources: [],
    counts: { documents: 1, chunks, tableRows: 0, procedures: 0, vectors: 0 },
    embedding: null,
  };
}
/** Writes a complete build of `count` chunks and commits it. */
async function commitBuild(root: string, count: number): Promise<string> {
  const build = await beginIndexBuild(root);
  const chunks = Array.from({ length: count }, (_, index) => chunk(`c${count}-${index}`));
  await writeFile(path.join(build.directory, 'chunks.json'), JSON.stringify(chunks));
  await writeFile(path.join(build.directory, 'manifest.json'), JSON.stringify(manifest(count)));
  return build.commit();
}
const loadError = (root: string) => loadIndexFiles(root).then(() => undefined, (error: unknown) => error);

describe('beginIndexBuild / commit / abort', () => {
  it('keeps a build invisible until commit, then switches CURRENT to it', async () => {
    const root = await temporaryRoot();
    const build = await beginIndexBuild(root);
    expect(path.basename(build.directory)).toMatch(/^\.tmp-build-/u);
    await writeFile(path.join(build.directory, 'chunks.json'), JSON.stringify([chunk('a')]));
    await writeFile(path.join(build.directory, 'manifest.json'), JSON.stringify(manifest(1)));
    expect(await currentIndexDirectory(root)).toBeUndefined();
    const final = await build.commit();
    expect(path.basename(final)).toMatch(/^build-/u);
    expect(existsSync(build.directory)).toBe(false);
    expect(await readFile(path.join(root, 'CURRENT'), 'utf8')).toBe(`${path.basename(final)}\n`);
    const loaded = await loadIndexFiles(root);
    expect(loaded.directory).toBe(final);
    expect(loaded.chunks.map((item) => item.id)).toEqual(['a']);
    expect(await loaded.readJson('manifest.json')).toMatchObject({ counts: { chunks: 1 } });
    expect((await readdir(root)).filter((entry) => entry.includes('CURRENT') && entry !== 'CURRENT')).toEqual([]);
  });

  it('leaves the previous build live when a build is aborted', async () => {
    const root = await temporaryRoot();
    const first = await commitBuild(root, 2);
    const build = await beginIndexBuild(root);
    await writeFile(path.join(build.directory, 'chunks.json'), '[]');
    await build.abort();
    expect(existsSync(build.directory)).toBe(false);
    const loaded = await loadIndexFiles(root);
    expect(loaded.directory).toBe(first);
    expect(loaded.chunks).toHaveLength(2);
  });

  it('keeps the live build and the one before it, pruning older ones', async () => {
    const root = await temporaryRoot();
    const first = await commitBuild(root, 1);
    const second = await commitBuild(root, 2);
    const third = await commitBuild(root, 3);
    const builds = (await readdir(root)).filter((entry) => entry.startsWith('build-')).sort();
    expect(builds).toEqual([path.basename(second), path.basename(third)]);
    expect(existsSync(first)).toBe(false);
    expect((await loadIndexFiles(root)).chunks).toHaveLength(3);
  });

  it('lets concurrent readers see the old build or the new one, never an error', async () => {
    const root = await temporaryRoot();
    await commitBuild(root, 1);
    const counts = new Set<number>();
    let switching = true;
    const reader = async () => {
      while (switching) counts.add((await loadIndexFiles(root)).chunks.length);
    };
    const readers = [reader(), reader(), reader()];
    await commitBuild(root, 4);
    switching = false;
    await Promise.all(readers);
    for (const count of counts) expect([1, 4]).toContain(count);
    expect((await loadIndexFiles(root)).chunks).toHaveLength(4);
  });
});

describe('loadIndexFiles errors', () => {
  it.each<[string, (root: string) => Promise<void>]>([
    ['no index directory at all', async () => undefined],
    ['an empty CURRENT pointer', async (root) => writeFile(path.join(root, 'CURRENT'), '\n')],
    ['CURRENT naming a missing build', async (root) => writeFile(path.join(root, 'CURRENT'), 'build-gone\n')],
    [
      'bad manifest JSON',
      async (root) => {
        const build = await beginIndexBuild(root);
        await writeFile(path.join(build.directory, 'chunks.json'), '[]');
        await writeFile(path.join(build.directory, 'manifest.json'), '{"formatVersion": 1,');
        await build.commit();
      },
    ],
    [
      'a manifest of another format version',
      async (root) => {
        const build = await beginIndexBuild(root);
        await writeFile(path.join(build.directory, 'chunks.json'), '[]');
        await writeFile(path.join(build.directory, 'manifest.json'), JSON.stringify({ ...manifest(0), formatVersion: 999 }));
        await build.commit();
      },
    ],
    [
      'a chunk count that disagrees with the manifest',
      async (root) => {
        const build = await beginIndexBuild(root);
        await writeFile(path.join(build.directory, 'chunks.json'), JSON.stringify([chunk('a')]));
        await writeFile(path.join(build.directory, 'manifest.json'), JSON.stringify(manifest(2)));
        await build.commit();
      },
    ],
    [
      'a build without chunks.json',
      async (root) => {
        const build = await beginIndexBuild(root);
        await writeFile(path.join(build.directory, 'manifest.json'), JSON.stringify(manifest(0)));
        await build.commit();
      },
    ],
  ])('%s gives an IndexLoadError that says to run npm run ingest', async (_label, arrange) => {
    const root = await temporaryRoot();
    await mkdir(path.join(root, 'index'));
    await arrange(path.join(root, 'index'));
    const error = await loadError(path.join(root, 'index'));
    expect(error).toBeInstanceOf(IndexLoadError);
    expect((error as IndexLoadError).code).toBe('index_unavailable');
    expect((error as IndexLoadError).message).toContain('npm run ingest');
  });
});

describe('an ingest killed before the switch', () => {
  it('leaves the previous build loadable with the same chunk count, and the next ingest cleans up', { timeout: 120_000 }, async () => {
    const root = await temporaryRoot();
    await cp(path.join(REPO, 'seeds'), path.join(root, 'seeds'), { recursive: true });
    await cp(path.join(REPO, 'knowledge'), path.join(root, 'knowledge'), { recursive: true });
    const indexDir = path.join(root, 'index');
    const previous = await runIngest({ rootDir: root, indexDir, progress: silentProgress });
    const previousCount = previous.manifest.counts.chunks;
    expect(previousCount).toBeGreaterThan(0);

    // The killed build differs from the live one: one source fewer.
    const sourcesPath = path.join(root, 'knowledge/sources.json');
    const sources = JSON.parse(await readFile(sourcesPath, 'utf8')) as { sources: unknown[] };
    await writeFile(sourcesPath, JSON.stringify({ sources: sources.sources.slice(1) }));

    const marker = path.join(root, 'before-commit.marker');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'test/fixtures/index-store/ingest-child.ts'), root, indexDir, marker], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const deadline = Date.now() + 90_000;
    while (!existsSync(marker)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`child ended or timed out before beforeCommit: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // The half-done build is on disk, complete but for its manifest, and was never switched to.
    const leftovers = (await readdir(indexDir)).filter((entry) => entry.startsWith('.tmp-build-'));
    expect(leftovers).toHaveLength(1);
    const killedChunks = JSON.parse(await readFile(path.join(indexDir, leftovers[0]!, 'chunks.json'), 'utf8')) as unknown[];
    expect(killedChunks.length).not.toBe(previousCount);
    expect(existsSync(path.join(indexDir, leftovers[0]!, 'manifest.json'))).toBe(false);

    const loaded = await loadIndexFiles(indexDir);
    expect(loaded.directory).toBe(previous.directory);
    expect(loaded.chunks).toHaveLength(previousCount);
    expect(loaded.manifest.counts.chunks).toBe(previousCount);

    // The next successful ingest switches over and removes the crashed temporary.
    const next = await runIngest({ rootDir: root, indexDir, progress: silentProgress });
    expect(next.manifest.counts.chunks).toBe(killedChunks.length);
    expect((await readdir(indexDir)).filter((entry) => entry.startsWith('.tmp-'))).toEqual([]);
    expect((await loadIndexFiles(indexDir)).directory).toBe(next.directory);
  });
});
