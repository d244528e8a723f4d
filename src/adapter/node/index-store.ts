/** Node adapter: writes index builds aside and switches a CURRENT pointer atomically; loads and validates them. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Chunk } from '../../core/types';
import { chunkFileSchema, indexManifestSchema, type IndexManifest } from '../../ingest/index-manifest';

const POINTER = 'CURRENT';
const LOCK = 'ingest.lock';

export class IndexLoadError extends Error {
  readonly code = 'index_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface LoadedIndexFiles {
  directory: string;
  manifest: IndexManifest;
  chunks: Chunk[];
  /** Extra JSON files of the build (procedures, report…), parsed lazily by callers. */
  readJson(name: string): Promise<unknown>;
}

/** Starts a build directory beside the live one; nothing is visible until `commit`. */
export async function beginIndexBuild(root: string): Promise<{ directory: string; commit(): Promise<string>; abort(): Promise<void> }> {
  await fs.mkdir(root, { recursive: true });
  await acquireIngestLock(root);
  const release = () => fs.rm(path.join(root, LOCK), { force: true });
  const name = `build-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const temporary = path.join(root, `.tmp-${name}`);
  await fs.mkdir(temporary, { recursive: true });
  return {
    directory: temporary,
    async commit() {
      const final = path.join(root, name);
      await fs.rename(temporary, final);
      const pointerTemporary = path.join(root, `.${POINTER}.${process.pid}.tmp`);
      await fs.writeFile(pointerTemporary, name + '\n');
      const handle = await fs.open(pointerTemporary, 'r');
      await handle.sync();
      await handle.close();
      // rename() over the old pointer is atomic: readers see the old build or the new one, never half.
      await fs.rename(pointerTemporary, path.join(root, POINTER));
      await pruneOldBuilds(root, name);
      await release();
      return final;
    },
    async abort() {
      await fs.rm(temporary, { recursive: true, force: true });
      await release();
    },
  };
}

/** One ingest at a time per index root; a lock left by a killed process (dead pid) is taken over. */
async function acquireIngestLock(root: string): Promise<void> {
  const lockPath = path.join(root, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lockPath, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await fs.readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (holder && holder !== process.pid && isAlive(holder)) throw new IngestBusyError(`Another ingest (process ${holder}) is building this index; try again when it finishes.`);
      await fs.rm(lockPath, { force: true });
    }
  }
  throw new IngestBusyError('Could not take the ingest lock.');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class IngestBusyError extends Error {
  readonly code = 'ingest_busy';
}

export async function currentIndexDirectory(root: string): Promise<string | undefined> {
  try {
    const name = (await fs.readFile(path.join(root, POINTER), 'utf8')).trim();
    return name ? path.join(root, name) : undefined;
  } catch {
    return undefined;
  }
}

export async function loadIndexFiles(root: string): Promise<LoadedIndexFiles> {
  const directory = await currentIndexDirectory(root);
  if (!directory) throw new IndexLoadError(`No index found in ${root}. Run \`npm run ingest\` to build it.`);
  const readJson = async (name: string): Promise<unknown> => JSON.parse(await fs.readFile(path.join(directory, name), 'utf8'));
  try {
    const manifest = indexManifestSchema.parse(await readJson('manifest.json'));
    const chunks = chunkFileSchema.parse(await readJson('chunks.json')) as Chunk[];
    if (chunks.length !== manifest.counts.chunks) throw new Error(`chunks.json has ${chunks.length} chunks, manifest says ${manifest.counts.chunks}`);
    return { directory, manifest, chunks, readJson };
  } catch (error) {
    throw new IndexLoadError(`The index in ${directory} is missing files or corrupt (${(error as Error).message}). Run \`npm run ingest\` to rebuild it.`, { cause: error });
  }
}

/** Keeps the live build and the one before it (for a manual rollback); removes crashed temporaries. */
async function pruneOldBuilds(root: string, live: string): Promise<void> {
  const entries = (await fs.readdir(root)).filter((entry) => entry.startsWith('build-') || entry.startsWith('.tmp-build-'));
  const builds = entries.filter((entry) => entry.startsWith('build-') && entry !== live).sort();
  const keep = new Set([live, builds[builds.length - 1]]);
  // The ingest lock guarantees no other build is in progress, so every other temporary is a crash leftover.
  const stale = entries.filter((entry) => !keep.has(entry));
  await Promise.all(stale.map((entry) => fs.rm(path.join(root, entry), { recursive: true, force: true }).catch(() => undefined)));
}
