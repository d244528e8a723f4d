import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentIndexDirectory } from '../../src/adapter/node/index-store';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { unsupportedFacts } from '../../src/chat/numeric-facts';
import { silentLogger } from '../../src/http/app-context';

const DEV_SET = '/work/shared/eval/dev.jsonl';
const INDEX_DIR = 'data/index';
const available = existsSync(DEV_SET) && Boolean(await currentIndexDirectory(INDEX_DIR));

// Needs the built index (npm run ingest) and the shared dev set; skipped with this reason otherwise.
describe.skipIf(!available)('dev set, extractive engine (needs data/index and shared/eval/dev.jsonl)', () => {
  it('states no number, date or document number absent from the passages each sentence cites, and refuses every out-of-scope or injection question', async () => {
    const live = await loadLiveIndex({ indexDir: INDEX_DIR, logger: silentLogger });
    const questions = readFileSync(DEV_SET, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; question: string; expect: 'answer' | 'refuse' });
    const violations: string[] = [];
    for (const question of questions) {
      const result = await live.engine.answer({ message: question.question, scopes: ['public'] });
      if (question.expect === 'refuse' && !result.refused) violations.push(`${question.id}: answered a question it must refuse`);
      if (result.refused) continue;
      for (const line of result.answer.split('\n')) {
        const cited = [...line.matchAll(/\[(\d+)\]/g)].map((match) => result.citations.find((citation) => citation.n === Number(match[1]))?.text ?? '');
        const missing = unsupportedFacts(line, cited.join('\n'));
        if (missing.length > 0) violations.push(`${question.id}: ${missing.join(', ')} not in cited passages`);
      }
    }
    expect(violations).toEqual([]);
  }, 60_000);
});
