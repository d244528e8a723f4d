/**
 * `npm run knowledge:import -- PATH [--catalogue FILE] [--dry-run] [--root DIR]`: imports national
 * procedure pages (a .md file or a folder of them) into knowledge/procedures and prints the report.
 * With --catalogue, every catalogue row without a page becomes a catalogue-only record too.
 * `--captured YYYY-MM[-DD]` says when the pages were read from the portal; without it the date comes
 * from a README beside the pages ("captured in July 2026"), and a page's own capture line wins. The
 * records' verification date is that capture, never the day this script runs.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { captureDate, captureDateInText } from '../src/knowledge/capture-date';
import { importProcedurePages, type HandLink } from '../src/knowledge/import-procedure-pages';
import { loadKnowledge } from '../src/knowledge/load-knowledge';
import { parseCatalogue } from '../src/knowledge/national-catalogue';
import { sourceSchema } from '../src/knowledge/sourced';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  args.splice(index, 2);
  return value;
};
const dryRun = args.includes('--dry-run');
if (dryRun) args.splice(args.indexOf('--dry-run'), 1);
const root = path.resolve(flag('--root') ?? process.cwd());
const cataloguePath = flag('--catalogue');
const capturedFlag = flag('--captured');
const target = args[0];
if (!target && !cataloguePath) {
  console.error('Cách dùng: npm run knowledge:import -- <trang.md | thư mục> [--catalogue catalogue.tsv] [--captured YYYY-MM[-DD]] [--dry-run] [--root DIR]');
  process.exit(2);
}
if (capturedFlag !== undefined && !captureDate(capturedFlag)) {
  console.error(`--captured cần ngày dạng YYYY-MM-DD hoặc YYYY-MM: "${capturedFlag}"`);
  process.exit(2);
}

/** The capture date a README beside the pages (or one folder up, the data set's) states. */
async function readmeCaptureDate(start: string): Promise<{ date: string; file: string } | undefined> {
  const info = await stat(start);
  const folder = info.isDirectory() ? start : path.dirname(start);
  for (const directory of [folder, path.dirname(folder)]) {
    for (const name of ['README.md', 'README', 'readme.md']) {
      const text = await readFile(path.join(directory, name), 'utf8').catch(() => undefined);
      const date = text ? captureDateInText(text) : undefined;
      if (date) return { date, file: path.join(directory, name) };
    }
  }
  return undefined;
}
const fromReadme = capturedFlag ? undefined : await readmeCaptureDate((target ?? cataloguePath)!);
const capturedAt = capturedFlag ?? fromReadme?.date;
if (!capturedAt) {
  console.error('Không rõ ngày thu thập trang (ngày đọc nguồn): thêm --captured YYYY-MM-DD (hoặc YYYY-MM), hoặc ghi "captured in <Month> <YYYY>" / "thu thập tháng M/YYYY" trong README cạnh các trang. Ngày chạy lệnh không được dùng thay.');
  process.exit(2);
}

const started = performance.now();
const pageFiles: string[] = [];
if (target) {
  const info = await stat(target);
  if (info.isDirectory()) pageFiles.push(...(await readdir(target)).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(target, name)));
  else pageFiles.push(target);
}
const pages = await Promise.all(pageFiles.map(async (file) => ({ name: path.basename(file), text: await readFile(file, 'utf8') })));
const catalogue = cataloguePath ? parseCatalogue(await readFile(cataloguePath, 'utf8')) : undefined;

const directory = path.join(root, 'knowledge', 'procedures');
const names = (await readdir(directory).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
const existing = loadKnowledge(await Promise.all(names.map(async (name) => ({ path: `knowledge/procedures/${name}`, text: await readFile(path.join(directory, name), 'utf8') }))));
const linksSchema = z.object({ links: z.array(z.object({ id: z.string(), code: z.string(), keepFacts: z.boolean(), reason: z.string(), caveat: z.object({ text: z.string().min(1), source: sourceSchema }).optional() })) });
const linksText = await readFile(path.join(root, 'knowledge', 'national-links.json'), 'utf8').catch(() => undefined);
const links: HandLink[] = linksText ? linksSchema.parse(JSON.parse(linksText)).links : [];

const { records, removed, report } = importProcedurePages({
  pages,
  ...(catalogue ? { catalogue: catalogue.rows, includeCatalogue: true } : {}),
  existing: existing.procedures,
  links,
  capturedAt,
});
for (const error of catalogue?.errors ?? []) report.errors.push({ file: `catalogue.tsv dòng ${error.line}`, message: error.message });
for (const error of existing.errors) report.errors.push({ file: error.path, message: `bản ghi hiện có không hợp lệ (không bị ghi đè): ${error.message}` });

if (!dryRun) {
  await mkdir(directory, { recursive: true });
  for (const record of records) await writeFile(path.join(directory, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
  for (const id of removed) await rm(path.join(directory, `${id}.json`), { force: true });
}
const unknownCount = Object.keys(report.unknown).length;
console.log(`${dryRun ? '[thử, không ghi] ' : ''}Trang: ${pages.length}${catalogue ? ` · danh mục: ${catalogue.rows.length} dòng` : ''} · ngày thu thập: ${capturedAt} (${fromReadme ? path.relative(process.cwd(), fromReadme.file) : '--captured'})`);
console.log(`Tạo mới: ${report.created.length} · cập nhật: ${report.updated.length} · không đổi: ${report.unchanged.length}${removed.length > 0 ? ` · gộp vào bản ghi tay: ${removed.length}` : ''} · còn trường unknown: ${unknownCount} · lỗi: ${report.errors.length}`);
const fieldCounts = new Map<string, number>();
for (const fields of Object.values(report.unknown)) for (const field of fields) fieldCounts.set(field, (fieldCounts.get(field) ?? 0) + 1);
if (fieldCounts.size > 0) console.log(`Trường unknown (số bản ghi): ${[...fieldCounts].sort((a, b) => b[1] - a[1]).map(([field, count]) => `${field} ${count}`).join(', ')}`);
if (report.updated.length > 0 && report.updated.length <= 20) console.log(`Cập nhật: ${report.updated.join(', ')}`);
for (const error of report.errors) console.error(`LỖI ${error.file}: ${error.message}`);
console.log(`Thời gian: ${((performance.now() - started) / 1000).toFixed(2)} s`);
process.exit(report.errors.length > 0 ? 1 : 0);
