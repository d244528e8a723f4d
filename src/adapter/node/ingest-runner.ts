/** Node ingest: reads sources and knowledge/, builds chunks (+ vectors), writes a new index build atomically. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Chunk, ChunkDraft, SourceEntry } from '../../core/types';
import { probeEmbedder } from '../../embed/select-embedder';
import { withChunkIds } from '../../ingest/chunk-id';
import { plantedInstructionWarnings } from '../../chat/planted-instruction-warnings';
import { chunkPlan } from '../../ingest/chunk-plan';
import type { IngestReport, IndexManifest } from '../../ingest/index-manifest';
import { INDEX_FORMAT_VERSION } from '../../ingest/index-manifest';
import { loadDocument } from '../../ingest/loaders';
import { knowledgeToChunkDrafts } from '../../knowledge/knowledge-chunks';
import { loadKnowledge, readKnowledgeFiles } from '../../knowledge/load-knowledge';
import { nodeKnowledgeAccess } from './knowledge-access';
import type { Embedder } from '../../ports/embedder';
import { createLetterSpacingRepairer } from '../../text/repair-letter-spacing';
import { normalizeText } from '../../text/normalize';
import { LexicalIndex } from '../../search/lexical-index';
import { lexicalToSnapshot } from '../../search/lexical-snapshot';
import { createThesaurus, thesaurusFileSchema } from '../../search/thesaurus';
import { HnswlibVectorIndex } from './hnswlib-vector-index';
import { beginIndexBuild, loadIndexFiles } from './index-store';
import type { Progress } from './progress';

/** Bump on a change of index layout; code changes are caught by `pipelineFingerprint`. */
export const PIPELINE_VERSION = '1';

/**
 * The chunking and repair code itself, hashed: a source is reused only when both its bytes
 * and the code that turns bytes into chunks are unchanged.
 */
export async function pipelineFingerprint(): Promise<string> {
  const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const hash = createHash('sha256').update(PIPELINE_VERSION);
  for (const folder of ['text', 'ingest']) {
    const entries = await fs.readdir(path.join(sourceRoot, folder), { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries.map(String).filter((name) => name.endsWith('.ts')).sort()) {
      hash.update(entry).update(await fs.readFile(path.join(sourceRoot, folder, entry)));
    }
  }
  return `${PIPELINE_VERSION}:${hash.digest('hex').slice(0, 16)}`;
}

const sourceEntrySchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().default(''),
  province: z.string().optional(),
  number: z.string().optional(),
  date: z.string().optional(),
  scope: z.enum(['public', 'internal']).default('public'),
  url: z.string().optional(),
  kind: z.enum(['plan', 'procedure', 'faq', 'routing', 'document']).optional(),
});
export const sourceManifestSchema = z.object({ sources: z.array(sourceEntrySchema) });

export interface IngestOptions {
  /** Repository root: `knowledge/` and the files named in manifests are read relative to it. */
  rootDir: string;
  indexDir: string;
  /** Extra manifests (admin uploads), each `{sources:[…]}` with files relative to the manifest's folder. */
  extraManifests?: string[];
  embedder?: Embedder;
  progress: Progress;
  /** Test hook: called after chunks are written and before the switch. */
  beforeCommit?: () => Promise<void>;
}

export interface IngestResult {
  directory: string;
  manifest: IndexManifest;
  report: IngestReport;
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const started = Date.now();
  const { progress } = options;
  const previous = await loadIndexFiles(options.indexDir).catch(() => undefined);
  const fingerprint = await pipelineFingerprint();
  const previousSources = new Map(previous?.manifest.pipelineVersion === fingerprint ? previous.manifest.sources.map((source) => [source.id, source]) : []);
  const previousChunks = new Map<string, Chunk[]>();
  for (const chunk of previous?.chunks ?? []) previousChunks.set(chunk.docId, [...(previousChunks.get(chunk.docId) ?? []), chunk]);

  progress.stage('Đọc danh mục nguồn');
  const uploaded = new Set<string>();
  const sources = await readSources(options, uploaded);
  const report: IngestReport = {
    startedAt: new Date(started).toISOString(),
    finishedAt: '',
    documents: [],
    failures: [],
    totals: { documents: 0, chunks: 0, tableRows: 0, repairedLines: 0, procedures: 0, vectors: 0, warnings: 0 },
    embedding: { status: 'skipped' },
  };
  const texts = new Map<string, { entry: SourceEntry; text: string; hash: string }>();
  for (const entry of sources) {
    try {
      const bytes = new Uint8Array(await fs.readFile(path.resolve(options.rootDir, entry.file)));
      const hash = createHash('sha256').update(bytes).digest('hex');
      const loaded = await loadDocument(bytes, entry.file);
      texts.set(entry.id, { entry, text: normalizeText(loaded.text), hash });
    } catch (error) {
      report.failures.push({ file: entry.file, reason: describeError(error) });
      progress.warn(`Bỏ qua ${entry.file}: ${describeError(error)}`);
    }
  }

  progress.stage('Sửa chữ giãn cách và tách đoạn');
  const repair = createLetterSpacingRepairer([...texts.values()].map((source) => source.text));
  const drafts: ChunkDraft[] = [];
  const reusedChunks: Chunk[] = [];
  const manifestSources: IndexManifest['sources'] = [];
  let index = 0;
  for (const { entry, text, hash } of texts.values()) {
    progress.tick(++index, texts.size, entry.file);
    // Only uploads are judged: seeds and knowledge/ are official text, and the chat never redacts them either.
    const planted = uploaded.has(entry.id) ? { plantedInstructions: plantedInstructionWarnings(text).total } : {};
    const old = previousSources.get(entry.id);
    const reusable = old && old.hash === hash && old.scope === entry.scope ? previousChunks.get(entry.id) : undefined;
    if (reusable) {
      reusedChunks.push(...reusable);
      const tableRows = reusable.filter((chunk) => chunk.kind === 'table-row').length;
      report.documents.push({ id: entry.id, file: entry.file, chunks: reusable.length, tableRows, repairedLines: 0, reused: true, warnings: [], ...planted });
      manifestSources.push({ id: entry.id, file: entry.file, hash, chunks: reusable.length, scope: entry.scope });
      continue;
    }
    const repaired = repair(text);
    const { chunks, report: chunkReport } = chunkPlan(repaired.text, entry);
    drafts.push(...chunks);
    report.documents.push({ id: entry.id, file: entry.file, chunks: chunks.length, tableRows: chunkReport.tableRows, repairedLines: repaired.repairedLines.length, reused: false, warnings: chunkReport.warnings, ...planted });
    manifestSources.push({ id: entry.id, file: entry.file, hash, chunks: chunks.length, scope: entry.scope });
  }

  progress.stage('Nạp dữ liệu thủ tục hành chính (knowledge/)');
  const knowledge = loadKnowledge(await readKnowledgeFiles(nodeKnowledgeAccess(options.rootDir)));
  for (const error of knowledge.errors) report.failures.push({ file: error.path, reason: error.message });
  drafts.push(...knowledgeToChunkDrafts(knowledge));

  const chunks = [...reusedChunks, ...withChunkIds(drafts)];
  report.totals = {
    documents: report.documents.length,
    chunks: chunks.length,
    tableRows: chunks.filter((chunk) => chunk.kind === 'table-row').length,
    repairedLines: report.documents.reduce((sum, document) => sum + document.repairedLines, 0),
    procedures: knowledge.procedures.length,
    vectors: 0,
    warnings: report.documents.reduce((sum, document) => sum + document.warnings.length, 0) + report.failures.length,
  };

  const build = await beginIndexBuild(options.indexDir);
  try {
    const embedding = await buildVectors(options, chunks, previous?.directory, build.directory, report);
    const manifest: IndexManifest = {
      formatVersion: INDEX_FORMAT_VERSION,
      pipelineVersion: fingerprint,
      builtAt: new Date().toISOString(),
      buildMs: Date.now() - started,
      sources: manifestSources,
      counts: { documents: manifestSources.length, chunks: chunks.length, tableRows: report.totals.tableRows, procedures: knowledge.procedures.length, vectors: report.totals.vectors },
      embedding,
    };
    report.finishedAt = manifest.builtAt;
    await writeJson(build.directory, 'chunks.json', chunks);
    await writeJson(build.directory, 'procedures.json', knowledge.procedures);
    await writeJson(build.directory, 'knowledge.json', { faq: knowledge.faq, routing: knowledge.routing, provinces: knowledge.provinces ?? null });
    await writeJson(build.directory, 'report.json', report);
    // The thesaurus travels with the build: index and queries must expand abbreviations the same way.
    const thesaurusJson = await fs.readFile(path.join(options.rootDir, 'knowledge/thesaurus.json'), 'utf8');
    await fs.writeFile(path.join(build.directory, 'thesaurus.json'), thesaurusJson);
    progress.stage('Lập chỉ mục từ khóa (BM25)');
    const thesaurus = createThesaurus(thesaurusFileSchema.parse(JSON.parse(thesaurusJson)));
    await writeJson(build.directory, 'lexical.json', lexicalToSnapshot(LexicalIndex.build(chunks, thesaurus)));
    await options.beforeCommit?.();
    // The manifest goes last: a build directory without it never validates.
    await writeJson(build.directory, 'manifest.json', manifest);
    progress.stage('Chuyển sang chỉ mục mới');
    const directory = await build.commit();
    return { directory, manifest, report };
  } catch (error) {
    await build.abort();
    throw error;
  }
}

async function buildVectors(options: IngestOptions, chunks: Chunk[], previousDirectory: string | undefined, directory: string, report: IngestReport): Promise<IndexManifest['embedding']> {
  const embedder = options.embedder;
  if (!embedder) {
    report.embedding = { status: 'skipped', reason: 'no embedder configured' };
    return null;
  }
  const probe = await probeEmbedder(embedder);
  if (!probe.ok) {
    report.embedding = { status: 'skipped', reason: probe.reason };
    options.progress.warn(`Embedding model unavailable (${probe.reason}); building the lexical index only. Search still works on keywords.`);
    return null;
  }
  options.progress.stage(`Tạo vector (${embedder.modelId}, ${probe.dimensions} chiều)`);
  const old = previousDirectory ? await HnswlibVectorIndex.load(path.join(previousDirectory, 'vectors')).catch(() => undefined) : undefined;
  const reuse = old && old.dimensions === probe.dimensions && old.modelId === embedder.modelId ? old : undefined;
  const vectors = new Map<string, number[]>();
  const missing: Chunk[] = [];
  for (const chunk of chunks) {
    const vector = reuse?.vector(chunk.id);
    if (vector) vectors.set(chunk.id, vector);
    else missing.push(chunk);
  }
  const batch = 32;
  for (let start = 0; start < missing.length; start += batch) {
    const slice = missing.slice(start, start + batch);
    const embedded = await embedder.embedDocuments(slice.map(searchedText));
    slice.forEach((chunk, position) => vectors.set(chunk.id, embedded[position]!));
    options.progress.tick(Math.min(start + batch, missing.length), missing.length, 'vector');
  }
  // One add for the whole build: HNSWLib sizes its graph from the first batch it is given.
  const index = HnswlibVectorIndex.create({ dimensions: probe.dimensions, modelId: embedder.modelId });
  const ids = [...new Set(chunks.map((chunk) => chunk.id))];
  await index.add(ids, ids.map((id) => vectors.get(id)!));
  await index.save(path.join(directory, 'vectors'));
  report.totals.vectors = index.size;
  report.embedding = { status: missing.length === 0 ? 'reused' : 'built' };
  return { provider: embedder.provider, modelId: embedder.modelId, dimensions: probe.dimensions };
}

/** Reads every manifest; the ids listed by the extra (upload) manifests are added to `uploaded`. */
async function readSources(options: IngestOptions, uploaded: Set<string>): Promise<SourceEntry[]> {
  const manifests = [path.join(options.rootDir, 'knowledge/sources.json'), ...(options.extraManifests ?? [])];
  const entries: SourceEntry[] = [];
  for (const manifestPath of manifests) {
    let parsed;
    try {
      parsed = sourceManifestSchema.parse(JSON.parse(await fs.readFile(manifestPath, 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && manifestPath !== manifests[0]) continue;
      throw new Error(`Source manifest ${manifestPath} is invalid: ${describeError(error)}`);
    }
    const base = manifestPath === manifests[0] ? options.rootDir : path.dirname(manifestPath);
    for (const entry of parsed.sources) {
      entries.push({ ...entry, file: path.relative(options.rootDir, path.resolve(base, entry.file)) });
      if (manifestPath !== manifests[0]) uploaded.add(entry.id);
    }
  }
  return entries;
}

async function writeJson(directory: string, name: string, value: unknown): Promise<void> {
  await fs.writeFile(path.join(directory, name), JSON.stringify(value));
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'messageVi' in error) return String((error as { messageVi: string }).messageVi);
  return error instanceof Error ? error.message : String(error);
}

/** What a passage's vector is made from: its place, its text and the words searched with it. */
function searchedText(chunk: Chunk): string {
  return `${chunk.section}\n${chunk.text}${chunk.keywords ? `\n${chunk.keywords}` : ''}`;
}
