/** The pointer watcher: loads a build once CURRENT names it, one load at a time, and keeps serving the old one when a build is broken. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexPointerWatcher } from '../../../src/adapter/node/index-pointer-watcher';
import { currentIndexDirectory } from '../../../src/adapter/node/index-store';
import { silentLogger } from '../../../src/http/app-context';
import { IndexHolder, type LiveIndex } from '../../../src/services/index-holder';

let root: string;
let index: IndexHolder;
let loads: string[];
let broken: Set<string>;
let watchers: IndexPointerWatcher[];
let inFlight = 0;
let mostInFlight = 0;

/** Stands in for loadLiveIndex: reads the pointer, "loads" (yielding a few times), swaps in a stub naming the build. */
async function fakeLoad(): Promise<void> {
  inFlight++;
  mostInFlight = Math.max(mostInFlight, inFlight);
  try {
    const directory = (await currentIndexDirectory(root))!;
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    if (broken.has(path.basename(directory))) throw new Error(`manifest.json missing in ${path.basename(directory)}`);
    loads.push(path.basename(directory));
    index.set({ directory, manifest: { builtAt: path.basename(directory) } } as unknown as LiveIndex);
  } finally {
    inFlight--;
  }
}

async function point(build: string): Promise<void> {
  await fs.mkdir(path.join(root, build), { recursive: true });
  const temporary = path.join(root, '.CURRENT.tmp');
  await fs.writeFile(temporary, `${build}\n`);
  await fs.rename(temporary, path.join(root, 'CURRENT'));
}

function watcher(pollMs = 0): IndexPointerWatcher {
  const created = new IndexPointerWatcher({ indexDir: root, index, load: fakeLoad, pollMs, logger: silentLogger });
  watchers.push(created);
  return created;
}

/** Waits for a condition the watcher brings about by itself (an fs event or a poll); fails after 10 s. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 10_000) throw new Error('condition not reached in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'pointer-watcher-'));
  index = new IndexHolder();
  loads = [];
  broken = new Set();
  watchers = [];
  inFlight = mostInFlight = 0;
});

afterEach(async () => {
  for (const created of watchers) created.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('IndexPointerWatcher.refresh', () => {
  it('loads the build CURRENT names, and does nothing while that build is live', async () => {
    await point('build-a');
    const watching = watcher();
    await watching.refresh();
    await watching.refresh();
    expect(loads).toEqual(['build-a']);
    await point('build-b');
    await watching.refresh();
    expect(loads).toEqual(['build-a', 'build-b']);
    expect(index.get()?.directory).toBe(path.join(root, 'build-b'));
  });

  it('runs one load at a time however many refreshes arrive together', async () => {
    await point('build-a');
    const watching = watcher();
    await Promise.all(Array.from({ length: 6 }, () => watching.refresh()));
    expect(mostInFlight).toBe(1);
    expect(loads).toEqual(['build-a']);
  });

  it('keeps the old index serving when a new build is broken, says so once, and recovers with the next build', async () => {
    await point('build-a');
    const watching = watcher();
    await watching.refresh();
    broken.add('build-b');
    await point('build-b');
    await expect(watching.refresh()).rejects.toThrow(/manifest\.json missing/);
    expect(index.get()?.directory).toBe(path.join(root, 'build-a'));
    expect(index.failedBuild).toMatchObject({ directory: path.join(root, 'build-b'), error: expect.stringContaining('manifest.json missing') });
    // The same broken build is not loaded again on every look, but a caller waiting on it still hears it failed.
    await expect(watching.refresh()).rejects.toThrow(/manifest\.json missing/);
    expect(loads).toEqual(['build-a']);
    await point('build-c');
    await watching.refresh();
    expect(index.get()?.directory).toBe(path.join(root, 'build-c'));
    expect(index.failedBuild).toBeUndefined();
  });

  it('forced at start without any build, it reports what is missing', async () => {
    const failing = new IndexPointerWatcher({ indexDir: root, index, load: () => Promise.reject(new Error('No index found')), pollMs: 0, logger: silentLogger });
    await expect(failing.refresh({ force: true })).rejects.toThrow('No index found');
    expect(index.unavailableReason).toBe('No index found');
  });
});

describe('IndexPointerWatcher.start', () => {
  it('sees the pointer move through fs.watch alone (no poll)', async () => {
    await point('build-a');
    const watching = watcher(0);
    await watching.refresh();
    watching.start();
    await point('build-b');
    await until(() => index.get()?.directory === path.join(root, 'build-b'));
    expect(loads).toEqual(['build-a', 'build-b']);
  });

  it('finds the first build by polling when the index directory did not exist to be watched', async () => {
    await fs.rm(root, { recursive: true, force: true });
    const watching = watcher(50);
    watching.start();
    await fs.mkdir(root, { recursive: true });
    await point('build-a');
    await until(() => index.get()?.directory === path.join(root, 'build-a'));
    expect(loads).toEqual(['build-a']);
  });
});
