import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsupportedFacts } from '../../src/chat/numeric-facts';
import { loadTestIndex } from '../support/test-index';

// A copy of shared/eval/dev.jsonl, so the check runs on every clean checkout.
const DEV_SET = 'test/fixtures/eval/dev.jsonl';

describe('dev set, extractive engine', () => {
  it('states no number, date or document number absent from the passages each sentence cites, and refuses every out-of-scope or injection question', async () => {
    const live = await loadTestIndex();
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
