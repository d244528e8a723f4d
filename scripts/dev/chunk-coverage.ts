// Dev check: chunks the five seed plans and reports how much dev evidence a single chunk covers.
import { existsSync, readFileSync } from 'node:fs';
import { chunkPlan } from '../../src/ingest/chunk-plan';
import { normalizeText } from '../../src/text/normalize';
import { terms } from '../../src/text/tokenize';
import type { SourceEntry } from '../../src/core/types';

const sources = (JSON.parse(readFileSync('knowledge/sources.json', 'utf8')) as { sources: SourceEntry[] }).sources;
const repairPath = new URL('../../src/text/repair-letter-spacing.ts', import.meta.url);
let repair: ((text: string) => { text: string }) | undefined;
const texts = sources.map((source) => normalizeText(readFileSync(source.file, 'utf8')));
if (existsSync(repairPath)) {
  const module = (await import(repairPath.href)) as { createLetterSpacingRepairer: (clean: string[]) => (text: string) => { text: string } };
  repair = module.createLetterSpacingRepairer(texts.slice(1));
}
const verbose = process.argv.includes('--verbose');
const bigrams = (text: string) => {
  const tokens = terms(text);
  return tokens.slice(1).map((token, index) => `${tokens[index]} ${token}`);
};
const byDoc = new Map<string, string[][]>();
sources.forEach((source, index) => {
  const text = repair ? repair(texts[index]!).text : texts[index]!;
  const { chunks, report } = chunkPlan(text, source);
  const sizes = chunks.map((chunk) => terms(chunk.text).length).sort((a, b) => a - b);
  const prose = chunks.filter((chunk) => chunk.kind === 'text').map((chunk) => terms(chunk.text).length).sort((a, b) => a - b);
  const pick = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))];
  console.log(`${source.file}: ${chunks.length} chunks, ${report.tableRows} table rows, prose sizes min ${prose[0]} p50 ${pick(prose, 0.5)} max ${prose[prose.length - 1]}, all max ${sizes[sizes.length - 1]}; footnotes ${report.footnotes}, pages ${report.pageNumbersDropped}, headers ${report.headerRowsDropped}, warnings ${report.warnings.length}`);
  byDoc.set(source.file.slice(6, 9), chunks.map((chunk) => bigrams(chunk.text)));
});
let total = 0;
let matched = 0;
for (const line of readFileSync('/work/shared/eval/dev.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const question = JSON.parse(line) as { id: string; doc: string; evidence?: string[] };
  for (const evidence of question.evidence ?? []) {
    const wanted = bigrams(evidence);
    const pools = question.doc === 'multi' ? [...byDoc.values()].flat() : byDoc.get(question.doc) ?? [];
    const best = Math.max(0, ...pools.map((chunk) => {
      const set = new Set(chunk);
      return wanted.filter((pair) => set.has(pair)).length / Math.max(1, wanted.length);
    }));
    total++;
    if (best >= 0.75) matched++;
    else if (verbose || true) console.log(`  miss ${question.id} (${best.toFixed(2)}): ${evidence}`);
  }
}
console.log(`evidence matched: ${matched}/${total} (${((100 * matched) / total).toFixed(1)}%)${repair ? '' : ' — without letter-spacing repair'}`);
