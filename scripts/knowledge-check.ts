/** `npm run knowledge:check`: validates knowledge/, refuses abolished agencies on current records, prints coverage. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findAbolishedBody } from '../src/knowledge/abolished-bodies';
import { loadKnowledge, type KnowledgeFile } from '../src/knowledge/load-knowledge';
import { sourceReferences, unknownFields, type ProcedureRecord } from '../src/knowledge/procedure-schema';

const root = process.argv[2] ?? process.cwd();

async function readFolder(folder: string): Promise<KnowledgeFile[]> {
  const directory = path.join(root, 'knowledge', folder);
  const names = await readdir(directory).catch(() => [] as string[]);
  return Promise.all(names.filter((name) => name.endsWith('.json')).sort().map(async (name) => ({ path: `knowledge/${folder}/${name}`, text: await readFile(path.join(directory, name), 'utf8') })));
}

/** Checks the schema already enforces, repeated here so the script states the rules it guarantees. */
function policyProblems(record: ProcedureRecord): string[] {
  const problems: string[] = [];
  const ids = new Set(record.sources.map((source) => source.id));
  for (const [where, sourceId] of sourceReferences(record)) if (!ids.has(sourceId)) problems.push(`${where.join('.')}: nguồn "${sourceId}" không tồn tại`);
  if (record.status === 'current') {
    for (const key of ['implementingAgency', 'receivingAgency'] as const) {
      const field = record[key];
      const body = field === 'unknown' ? undefined : findAbolishedBody(field.value);
      if (body) problems.push(`${key}: bản ghi current nêu cơ quan đã bãi bỏ (${body.name})`);
    }
  }
  return problems;
}

const files = [...(await readFolder('procedures')), ...(await readFolder('faq')), ...(await readFolder('routing'))];
const provincesText = await readFile(path.join(root, 'knowledge/provinces.json'), 'utf8').catch(() => undefined);
if (provincesText !== undefined) files.push({ path: 'knowledge/provinces.json', text: provincesText });

const knowledge = loadKnowledge(files);
const errors = [...knowledge.errors];
for (const record of knowledge.procedures) for (const problem of policyProblems(record)) errors.push({ path: `knowledge/procedures/${record.id}.json`, message: problem });
if (provincesText === undefined) errors.push({ path: 'knowledge/provinces.json', message: 'thiếu tệp' });

const byField = new Map<string, { total: number; current: number; uncertain: number; outdated: number }>();
for (const record of knowledge.procedures) {
  const row = byField.get(record.field) ?? { total: 0, current: 0, uncertain: 0, outdated: 0 };
  row.total++;
  row[record.status]++;
  byField.set(record.field, row);
}
console.log(`\nBản ghi thủ tục: ${knowledge.procedures.length} · Hỏi đáp: ${knowledge.faq.length} · Chuyển hướng: ${knowledge.routing.length} · Tỉnh: ${knowledge.provinces?.provinces.length ?? 0}\n`);
console.log('| Lĩnh vực | Bản ghi | current | uncertain | outdated |\n|---|---:|---:|---:|---:|');
for (const [field, row] of [...byField].sort()) console.log(`| ${field} | ${row.total} | ${row.current} | ${row.uncertain} | ${row.outdated} |`);
const status = { current: 0, uncertain: 0, outdated: 0 };
for (const record of knowledge.procedures) status[record.status]++;
console.log(`| **Tổng** | ${knowledge.procedures.length} | ${status.current} | ${status.uncertain} | ${status.outdated} |\n`);
console.log('| Bản ghi | Tình trạng | Số trường unknown | Trường unknown |\n|---|---|---:|---|');
for (const record of [...knowledge.procedures].sort((left, right) => left.id.localeCompare(right.id))) {
  const unknown = unknownFields(record);
  console.log(`| ${record.id} | ${record.status} | ${unknown.length} | ${unknown.join(', ')} |`);
}
if (errors.length > 0) {
  console.error(`\n${errors.length} lỗi:`);
  for (const error of errors) console.error(`- ${error.path}: ${error.message}`);
  process.exit(1);
}
console.log('\nknowledge:check OK');
