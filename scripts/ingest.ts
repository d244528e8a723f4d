/** `npm run ingest`: builds a new index from seeds/, knowledge/ and admin uploads, then switches to it. */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { readNodeSettings } from '../src/adapter/node/config';
import { embedderFromSettings } from '../src/adapter/node/embedder-from-settings';
import { runIngest } from '../src/adapter/node/ingest-runner';
import { createProgress } from '../src/adapter/node/progress';

const settings = readNodeSettings();
const progress = createProgress();
try {
  const result = await runIngest({
    rootDir: settings.rootDir,
    indexDir: settings.indexDir,
    embedder: embedderFromSettings(settings),
    progress,
    extraManifests: [path.join(settings.dataDir, 'uploads', 'sources.json')],
  });
  const { report } = result;
  const reportPath = path.join(settings.dataDir, 'ingest-report.json');
  await fs.writeFile(reportPath, JSON.stringify(report, null, 2));
  console.log('\nIngest report');
  console.log(`  documents ${report.totals.documents}, chunks ${report.totals.chunks}, table rows ${report.totals.tableRows}, repaired lines ${report.totals.repairedLines}, procedures ${report.totals.procedures}, vectors ${report.totals.vectors}, warnings ${report.totals.warnings}`);
  for (const document of report.documents) {
    console.log(`  ${document.file.padEnd(44)} chunks ${String(document.chunks).padStart(4)}  table rows ${String(document.tableRows).padStart(3)}  repaired lines ${String(document.repairedLines).padStart(3)}${document.reused ? '  (unchanged, reused)' : ''}`);
    for (const warning of document.warnings) console.log(`      ⚠ ${warning}`);
  }
  for (const failure of report.failures) console.log(`  ✗ ${failure.file}: ${failure.reason}`);
  console.log(`  embeddings: ${report.embedding.status}${report.embedding.reason ? ` (${report.embedding.reason})` : ''}`);
  progress.done(`Index ready in ${result.directory} (${result.manifest.buildMs} ms); report saved to ${reportPath}`);
} catch (error) {
  console.error(`Ingest failed: ${(error as Error).message}. The previous index (if any) is still the one being served.`);
  process.exit(1);
}
