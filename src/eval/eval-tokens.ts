/** Token and evidence matching exactly as shared/eval/README.md defines them. */

const RUN = /[\p{L}\p{N}%/.,\-–]+/gu;
const DIGIT = /\p{N}/u;

export function evalTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(RUN)) {
    const run = match[0];
    if (DIGIT.test(run)) {
      const trimmed = run.replace(/^[%/.,\-–]+/u, '').replace(/[/.,\-–]+$/u, '');
      if (trimmed) tokens.push(trimmed);
    } else {
      for (const part of run.split(/[%/.,\-–]+/u)) if (part) tokens.push(part);
    }
  }
  return tokens;
}

export function bigrams(tokens: string[]): string[] {
  const pairs: string[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) pairs.push(`${tokens[index]} ${tokens[index + 1]}`);
  return pairs;
}

/** A passage matches evidence when ≥ 75% of the evidence's bigrams occur in it (one token: it occurs). */
export function evidenceMatches(evidence: string, passage: string): boolean {
  const evidenceTokens = evalTokens(evidence);
  const passageTokens = evalTokens(passage);
  if (evidenceTokens.length === 0) return false;
  if (evidenceTokens.length === 1) return passageTokens.includes(evidenceTokens[0]!);
  const passagePairs = new Set(bigrams(passageTokens));
  const evidencePairs = bigrams(evidenceTokens);
  const found = evidencePairs.filter((pair) => passagePairs.has(pair)).length;
  return found / evidencePairs.length >= 0.75;
}

/** Smallest rank (1-based) by which every evidence string has been matched, or undefined. */
export function coveringRank(evidence: string[], passages: string[], depth: number): number | undefined {
  let worst = 0;
  for (const item of evidence) {
    const rank = passages.slice(0, depth).findIndex((passage) => evidenceMatches(item, passage));
    if (rank < 0) return undefined;
    worst = Math.max(worst, rank + 1);
  }
  return worst;
}

export function normalizeForContains(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every entry (one of its ` || ` alternatives) occurs in the answer. */
export function answerContainsAll(answer: string, entries: string[]): boolean {
  const haystack = normalizeForContains(answer);
  return entries.every((entry) => entry.split(' || ').some((alternative) => haystack.includes(normalizeForContains(alternative))));
}
