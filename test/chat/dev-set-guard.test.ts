/**
 * Both dev sets through the extractive engine: every claim of every answer is read against the passages it
 * cites, by this test's own reading (not the guard's), so a guard that lets something through is caught too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencyNames, unsupportedAgencies } from '../../src/chat/agency-names';
import { numericFacts, unsupportedFacts } from '../../src/chat/numeric-facts';
import { loadTestIndex } from '../support/test-index';

// Copies of shared/eval/dev.jsonl and dev2.jsonl, so the check runs on every clean checkout.
const DEV_SETS = ['test/fixtures/eval/dev.jsonl', 'test/fixtures/eval/dev2.jsonl'];

interface DevQuestion {
  id: string;
  question: string;
  expect: 'answer' | 'refuse';
}

function questions(file: string): DevQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DevQuestion);
}

/**
 * A claim ends with its citation markers: "… 95% [1]. Sở Nội vụ chủ trì [2][3]." is two claims. Text after the
 * last marker of a line (a "xem thêm … mục: …" pointer) answers to that marker; a line without markers that
 * introduces a list (ends with ":") answers to the list's first marker.
 */
function claims(answer: string): Array<{ text: string; cites: number[] }> {
  const lines = answer.split('\n');
  return lines.flatMap((line, index) => {
    const parts = line
      .split(/(?<=\[\d+\](?:\s*\[\d+\])*[.!?;:,]?)\s+/u)
      .filter((text) => text.trim())
      .map((text) => ({ text, cites: markers(text) }));
    const introduced = /:\s*$/.test(line) ? markers(lines.slice(index + 1).find((next) => markers(next).length > 0) ?? '') : [];
    return parts.map((part, position) => (part.cites.length > 0 ? part : { ...part, cites: parts.slice(0, position).reverse().find((earlier) => earlier.cites.length > 0)?.cites ?? introduced }));
  });
}

function markers(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}

describe('dev sets, extractive engine', () => {
  it('states no number, date, document number or agency name absent from the passages each claim cites', async () => {
    const live = await loadTestIndex();
    const violations: string[] = [];
    let agencyClaims = 0;
    for (const file of DEV_SETS) {
      for (const question of questions(file)) {
        const result = await live.engine.answer({ message: question.question, scopes: ['public'] });
        if (result.refused) continue;
        for (const claim of claims(result.answer)) {
          if (claim.cites.length === 0) {
            // Text cited nowhere is the engine's framing: it may point to an agency, never state a number.
            const facts = numericFacts(claim.text);
            if (facts.length > 0) violations.push(`${question.id}: uncited ${facts.join(', ')}`);
            continue;
          }
          const cited = claim.cites
            .map((n) => result.citations.find((citation) => citation.n === n))
            .map((citation) => `${citation?.source.section ?? ''}\n${citation?.text ?? ''}`)
            .join('\n');
          if (agencyNames(claim.text).length > 0) agencyClaims++;
          const missing = [...unsupportedFacts(claim.text, cited), ...unsupportedAgencies(claim.text, cited)];
          if (missing.length > 0) violations.push(`${question.id}: ${missing.join(', ')} not in cited passages`);
        }
      }
    }
    expect(violations).toEqual([]);
    // The check bites: answers name agencies, and each was read against its passage.
    expect(agencyClaims).toBeGreaterThan(10);
  }, 120_000);

  it('refuses every question of the first dev set that must be refused (out of scope, injection)', async () => {
    const live = await loadTestIndex();
    const answered: string[] = [];
    for (const question of questions(DEV_SETS[0]!).filter((item) => item.expect === 'refuse')) {
      const result = await live.engine.answer({ message: question.question, scopes: ['public'] });
      if (!result.refused) answered.push(question.id);
    }
    expect(answered).toEqual([]);
  }, 60_000);
});
