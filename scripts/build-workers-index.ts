/** `npm run build:workers-index`: packs the current index build (data/index) into one gzipped archive for KV, plus Vectorize NDJSON. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readNodeSettings } from '../src/adapter/node/config';
import { HnswlibVectorIndex } from '../src/adapter/node/hnswlib-vector-index';
import { loadIndexFiles } from '../src/adapter/node/index-store';
import { archiveKey, encodeIndexArchive } from '../src/adapter/workers/index-archive';

export interface WorkersIndexBuild {
  build: string;
  /** The archive to put under `key` in KV. */
  archivePath: string;
  key: string;
  rawBytes: number;
  gzipBytes: number;
  /** NDJSON for `wrangler vectorize insert`, when the build has vectors. */
  vectorsPath?: string;
  vectors: number;
  embedding: { modelId: string; dimensions: number } | null;
}

export async function buildWorkersIndex(options: { indexDir: string; outDir: string }): Promise<WorkersIndexBuild> {
  const loaded = await loadIndexFiles(options.indexDir);
  const build = path.basename(loaded.directory);
  const files = {
    manifest: loaded.manifest,
    chunks: loaded.chunks,
    thesaurus: await loaded.readJson('thesaurus.json'),
    procedures: await loaded.readJson('procedures.json'),
    knowledge: await loaded.readJson('knowledge.json'),
    // The prebuilt BM25 postings: the Worker parses them instead of re-analysing every chunk on a cold start.
    lexical: await loaded.readJson('lexical.json').catch(() => undefined),
  };
  const archive = await encodeIndexArchive({ build, files });
  await fs.mkdir(options.outDir, { recursive: true });
  const archivePath = path.join(options.outDir, `${build}.json.gz`);
  await fs.writeFile(archivePath, archive);
  await fs.writeFile(path.join(options.outDir, 'CURRENT'), build + '\n');

  let vectorsPath: string | undefined;
  let vectors = 0;
  if (loaded.manifest.embedding && loaded.manifest.counts.vectors > 0) {
    const index = await HnswlibVectorIndex.load(path.join(loaded.directory, 'vectors'));
    const lines: string[] = [];
    for (const chunk of loaded.chunks) {
      const values = index.vector(chunk.id);
      if (values) lines.push(JSON.stringify({ id: chunk.id, values }));
    }
    vectorsPath = path.join(options.outDir, `${build}.vectors.ndjson`);
    await fs.writeFile(vectorsPath, lines.join('\n') + '\n');
    vectors = lines.length;
  }
  const result: WorkersIndexBuild = {
    build,
    archivePath,
    key: archiveKey(build),
    rawBytes: Buffer.byteLength(JSON.stringify(files)),
    gzipBytes: archive.byteLength,
    vectorsPath,
    vectors,
    embedding: loaded.manifest.embedding ? { modelId: loaded.manifest.embedding.modelId, dimensions: loaded.manifest.embedding.dimensions } : null,
  };
  await fs.writeFile(path.join(options.outDir, 'build.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const settings = readNodeSettings();
  const outDir = path.resolve(settings.rootDir, process.argv[2] ?? 'dist/workers-index');
  try {
    const result = await buildWorkersIndex({ indexDir: settings.indexDir, outDir });
    console.log(`Workers index ${result.build}: ${(result.rawBytes / 1024).toFixed(0)} KB of JSON, ${(result.gzipBytes / 1024).toFixed(0)} KB gzipped → ${path.relative(process.cwd(), result.archivePath)}`);
    if (result.vectorsPath) console.log(`  ${result.vectors} vectors (${result.embedding?.modelId}) → ${path.relative(process.cwd(), result.vectorsPath)}`);
    else console.log('  no vectors in this build: the Worker answers from the lexical index');
    console.log('Next: node --import tsx scripts/upload-workers-index.ts (see docs/workers.md)');
  } catch (error) {
    console.error(`Could not build the Workers index: ${(error as Error).message}`);
    process.exit(1);
  }
}
