/**
 * `npm run knowledge:check [ROOT] [--today YYYY-MM-DD]`: validates knowledge/, refuses abolished
 * agencies on current records, prints coverage against the national catalogue (by catalogue field
 * and by filing level: known / with detail / current; and by record field), and flags records that
 * rest on a replaced legal text or whose caveat date has passed. Exits 1 only on invalid files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findAbolishedBody } from '../src/knowledge/abolished-bodies';
import { EVERYDAY_PHRASES_PATH } from '../src/knowledge/everyday-phrases';
import { catalogueCoverage, fieldCoverage, levelLabel, type CoverageRow } from '../src/knowledge/knowledge-coverage';
import { loadKnowledge, readKnowledgeFiles } from '../src/knowledge/load-knowledge';
import { nodeKnowledgeAccess } from '../src/adapter/node/knowledge-access';
import { parseCatalogue } from '../src/knowledge/national-catalogue';
import { sourceReferences, type ProcedureRecord } from '../src/knowledge/procedure-schema';
import { currencyFlags, replacementsFileSchema } from '../src/knowledge/replacements';

const args = process.argv.slice(2);
const todayIndex = args.indexOf('--today');
const today = todayIndex >= 0 ? args.splice(todayIndex, 2)[1]! : new Date().toISOString().slice(0, 10);
const root = args[0] ?? process.cwd();

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

const files = await readKnowledgeFiles(nodeKnowledgeAccess(root));
const provincesText = files.find((file) => file.path === 'knowledge/provinces.json')?.text;

const knowledge = loadKnowledge(files);
const errors = [...knowledge.errors];
for (const record of knowledge.procedures) for (const problem of policyProblems(record)) errors.push({ path: `knowledge/procedures/${record.id}.json`, message: problem });
if (provincesText === undefined) errors.push({ path: 'knowledge/provinces.json', message: 'thiếu tệp' });

const catalogueText = await readFile(path.join(root, 'knowledge/national-catalogue.tsv'), 'utf8').catch(() => undefined);
const catalogue = catalogueText ? parseCatalogue(catalogueText) : { rows: [], errors: [] };
for (const error of catalogue.errors) errors.push({ path: `knowledge/national-catalogue.tsv dòng ${error.line}`, message: error.message });
const replacementsText = await readFile(path.join(root, 'knowledge/replacements.json'), 'utf8').catch(() => undefined);
const replacements = replacementsText ? replacementsFileSchema.safeParse(JSON.parse(replacementsText)) : undefined;
if (replacements && !replacements.success) errors.push({ path: 'knowledge/replacements.json', message: replacements.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });

const procedures = knowledge.procedures;
const referrals = knowledge.routing.filter((entry) => entry.referral).length;
console.log(`\nBản ghi thủ tục: ${procedures.length} · Hỏi đáp: ${knowledge.faq.length} · Chuyển hướng: ${knowledge.routing.length} (chuyển cơ quan khác: ${referrals}) · Tỉnh: ${knowledge.provinces?.provinces.length ?? 0}`);

const table = (title: string, group: string, rows: CoverageRow[]) => {
  console.log(`\n${title}\n| ${group} | Danh mục | Đã biết | Có chi tiết chính thức | Hiện hành |\n|---|---:|---:|---:|---:|`);
  for (const row of rows) {
    const label = row.label === 'Tổng' ? '**Tổng**' : row.label;
    console.log(`| ${label} | ${row.catalogue} | ${row.known} | ${row.detail} | ${row.current} |`);
  }
};
if (catalogue.rows.length > 0) {
  table('Độ phủ danh mục quốc gia theo lĩnh vực', 'Lĩnh vực', catalogueCoverage(catalogue.rows, procedures, (row) => row.field));
  table('Độ phủ danh mục quốc gia theo cấp nộp hồ sơ', 'Cấp nộp hồ sơ', catalogueCoverage(catalogue.rows, procedures, (_row, record) => levelLabel(record)));
  const catalogueCodes = new Set(catalogue.rows.map((row) => row.code));
  const outside = procedures.filter((record) => record.code === 'unknown' || !catalogueCodes.has(record.code.value.slice(0, 8)));
  console.log(`\nBản ghi ngoài danh mục quốc gia (bản ghi tay, thủ tục địa phương hoặc đã lỗi thời): ${outside.length}`);
} else {
  console.log('\n(Không có knowledge/national-catalogue.tsv: bỏ qua độ phủ danh mục.)');
}

console.log('\nĐộ phủ theo trường của bản ghi\n| Trường | Bản ghi biết | Tổng |\n|---|---:|---:|');
for (const row of fieldCoverage(procedures)) console.log(`| ${row.field} | ${row.known} | ${row.total} |`);
const status = { current: 0, uncertain: 0, outdated: 0 };
for (const record of procedures) status[record.status]++;
console.log(`\nTình trạng: current ${status.current} · uncertain ${status.uncertain} · outdated ${status.outdated}`);
// Every public procedure still in force should be recognisable from a situation told (knowledge/everyday-phrases.json).
const askable = procedures.filter((record) => (record.scope ?? 'public') === 'public' && record.status !== 'outdated');
const unphrased = askable.filter((record) => !record.phrases?.length);
console.log(`Cách gọi thường ngày (${EVERYDAY_PHRASES_PATH}): ${askable.length - unphrased.length}/${askable.length} thủ tục công khai còn hiệu lực, ${askable.reduce((sum, record) => sum + (record.phrases?.length ?? 0), 0)} cách gọi`);
for (const record of unphrased) console.log(`- chưa có cách gọi: ${record.id}`);

const flags = currencyFlags(procedures, replacements?.success ? replacements.data.replacements : [], today);
const recheck = procedures.filter((record) => record.caveats.some((caveat) => caveat.until && caveat.until > today));
console.log(`\nCảnh báo hiệu lực (ngày ${today}): ${flags.length}; bản ghi có hạn kiểm tra lại sắp tới: ${recheck.length}`);
for (const flag of flags) console.log(`- ${flag.id}: ${flag.message}`);

if (errors.length > 0) {
  console.error(`\n${errors.length} lỗi:`);
  for (const error of errors) console.error(`- ${error.path}: ${error.message}`);
  process.exit(1);
}
console.log('\nknowledge:check OK');
