/** Validates already-read knowledge/ files; one bad file is reported by name, the rest still load. */
import type { z } from 'zod';
import { attachEverydayPhrases, EVERYDAY_PHRASES_PATH, everydayPhrasesFileSchema, type EverydayPhrasesFile } from './everyday-phrases';
import { faqEntrySchema, type FaqEntry } from './faq-schema';
import { procedureRecordSchema, type ProcedureRecord } from './procedure-schema';
import { provinceConfigSchema, type ProvinceConfig } from './province-config';
import { routingEntrySchema, type RoutingEntry } from './routing-schema';

export interface KnowledgeFile {
  /** Path relative to the repository, e.g. `knowledge/procedures/cap-giay-phep-lao-dong.json`. */
  path: string;
  text: string;
}

export interface KnowledgeError {
  path: string;
  message: string;
}

export interface Knowledge {
  procedures: ProcedureRecord[];
  faq: FaqEntry[];
  routing: RoutingEntry[];
  provinces?: ProvinceConfig;
  errors: KnowledgeError[];
}

/** What knowledge/ holds: one file per record in these folders, and these single files (repository-relative). */
export const KNOWLEDGE_FOLDERS = ['procedures', 'faq', 'routing'] as const;
export const KNOWLEDGE_FILES = ['knowledge/provinces.json', EVERYDAY_PHRASES_PATH] as const;

/** File access for reading knowledge/: names in a folder (sorted or not), and a file's text or undefined when absent. */
export interface KnowledgeAccess {
  list(folder: string): Promise<string[]>;
  read(path: string): Promise<string | undefined>;
}

/** Every knowledge file, folders first in name order, then the single files that exist. */
export async function readKnowledgeFiles(access: KnowledgeAccess): Promise<KnowledgeFile[]> {
  const files: KnowledgeFile[] = [];
  for (const folder of KNOWLEDGE_FOLDERS) {
    for (const name of (await access.list(`knowledge/${folder}`)).sort()) {
      const path = `knowledge/${folder}/${name}`;
      const text = await access.read(path);
      if (text !== undefined) files.push({ path, text });
    }
  }
  for (const path of KNOWLEDGE_FILES) {
    const text = await access.read(path);
    if (text !== undefined) files.push({ path, text });
  }
  return files;
}

type FileKind = 'procedure' | 'faq' | 'routing' | 'provinces' | 'phrases';

/** Which schema a file answers to, from its folder; other files (sources.json…) are not ours. */
export function knowledgeFileKind(path: string): FileKind | undefined {
  const normalized = path.replace(/\\/g, '/');
  if (!normalized.endsWith('.json')) return undefined;
  if (/(^|\/)knowledge\/procedures\/[^/]+$/.test(normalized)) return 'procedure';
  if (/(^|\/)knowledge\/faq\/[^/]+$/.test(normalized)) return 'faq';
  if (/(^|\/)knowledge\/routing\/[^/]+$/.test(normalized)) return 'routing';
  if (/(^|\/)knowledge\/provinces\.json$/.test(normalized)) return 'provinces';
  if (/(^|\/)knowledge\/everyday-phrases\.json$/.test(normalized)) return 'phrases';
  return undefined;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(gốc)'}: ${issue.message}`).join('; ');
}

export function loadKnowledge(files: readonly KnowledgeFile[]): Knowledge {
  const knowledge: Knowledge = { procedures: [], faq: [], routing: [], errors: [] };
  const seen = new Map<string, string>();
  let phrases: { path: string; file: EverydayPhrasesFile } | undefined;
  for (const file of files) {
    const kind = knowledgeFileKind(file.path);
    if (!kind) continue;
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      knowledge.errors.push({ path: file.path, message: `JSON không hợp lệ: ${(error as Error).message}` });
      continue;
    }
    const schema = { procedure: procedureRecordSchema, faq: faqEntrySchema, routing: routingEntrySchema, provinces: provinceConfigSchema, phrases: everydayPhrasesFileSchema }[kind];
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      knowledge.errors.push({ path: file.path, message: describeIssues(parsed.error) });
      continue;
    }
    if (kind === 'provinces') {
      knowledge.provinces = parsed.data as ProvinceConfig;
      continue;
    }
    if (kind === 'phrases') {
      phrases = { path: file.path, file: parsed.data as EverydayPhrasesFile };
      continue;
    }
    const id = `${kind}:${(parsed.data as { id: string }).id}`;
    const previous = seen.get(id);
    if (previous) {
      knowledge.errors.push({ path: file.path, message: `id trùng với ${previous}` });
      continue;
    }
    seen.set(id, file.path);
    if (kind === 'procedure') knowledge.procedures.push(parsed.data as ProcedureRecord);
    else if (kind === 'faq') knowledge.faq.push(parsed.data as FaqEntry);
    else knowledge.routing.push(parsed.data as RoutingEntry);
  }
  if (phrases) {
    const attached = attachEverydayPhrases(knowledge.procedures, phrases.file);
    knowledge.procedures = attached.records;
    for (const id of attached.unknownIds) knowledge.errors.push({ path: phrases.path, message: `không có bản ghi thủ tục "${id}"` });
  }
  return knowledge;
}
