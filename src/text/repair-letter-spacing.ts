/** Repairs PDF lines extracted letter by letter ("t r i ể n   k h a i") back into words, line by line. */

import { isWholeWord, joinSpacedRun } from './join-spaced-run';
import { normalizeText } from './normalize';
import { isVietnameseSyllable } from './syllable-inventory';
import { createSyllableLanguageModel, type SyllableLanguageModel } from './syllable-language-model';

export interface LetterSpacingRepair {
  text: string;
  /** 1-based numbers of the lines that changed; the line count never changes. */
  repairedLines: number[];
}

interface LineToken {
  text: string;
  gapBefore: string;
}

/** Fewer single characters in a row happen in clean text ("a) b"); three or more do not. */
const SHORTEST_RUN = 3;
const ONE_CHARACTER = /^\P{M}\p{M}*$/u;
const LETTER = /\p{L}/u;

function lineTokens(line: string): LineToken[] {
  return [...line.matchAll(/(\s*)(\S+)/gu)].map((match) => ({ text: match[2]!, gapBefore: match[1]! }));
}

/** Letter spacing puts plain spaces between letters; a tab means table cells ("7\t7\t0"). */
function isSpacingGap(gap: string): boolean {
  return /^ +$/u.test(gap);
}

/** [start, end) index ranges of runs of one-character tokens long enough to be letter spacing. */
function spacedRuns(tokens: LineToken[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index];
    if (token && ONE_CHARACTER.test(token.text) && (index === start || isSpacingGap(token.gapBefore))) continue;
    const run = tokens.slice(start, index);
    if (run.length >= SHORTEST_RUN && run.filter((item) => LETTER.test(item.text)).length >= 2) runs.push([start, index]);
    // A one-character token after a tab opens the next run rather than joining this one.
    start = token && ONE_CHARACTER.test(token.text) ? index : index + 1;
  }
  return runs;
}

/** True when the line holds a run of three or more one-character tokens, two of them letters. */
export function isLetterSpacedLine(line: string): boolean {
  return spacedRuns(lineTokens(line)).length > 0;
}

/** Double gaps mark word boundaries; when a run has them, each group closes up into one word. */
function joinRun(run: LineToken[], model: SyllableLanguageModel, atLineStart: boolean): string {
  const original = run.map((token, index) => (index === 0 ? '' : token.gapBefore) + token.text).join('');
  const hasWordGaps = run.some((token, index) => index > 0 && token.gapBefore.length >= 2);
  if (!hasWordGaps) return joinSpacedRun(run.map((token) => token.text), model, atLineStart) ?? original;
  const groups: LineToken[][] = [];
  for (const [index, token] of run.entries()) {
    if (index === 0 || token.gapBefore.length >= 2) groups.push([token]);
    else groups[groups.length - 1]!.push(token);
  }
  return groups
    .map((group, index) => {
      const chars = group.map((token) => token.text);
      if (isWholeWord(chars, model)) return chars.join('');
      return joinSpacedRun(chars, model, atLineStart && index === 0) ?? chars.join(' ');
    })
    .join(' ');
}

function repairLine(line: string, model: SyllableLanguageModel): string {
  const tokens = lineTokens(line);
  const runs = spacedRuns(tokens);
  if (runs.length === 0) return line;
  const parts: string[] = [];
  let index = 0;
  for (const [start, end] of runs) {
    parts.push(...tokens.slice(index, start).map((token) => token.text));
    parts.push(joinRun(tokens.slice(start, end), model, start === 0));
    index = end;
  }
  parts.push(...tokens.slice(index).map((token) => token.text));
  return parts.join(' ');
}

const withoutSpace = (text: string): string => text.replace(/\s+/gu, '');

/**
 * Learns syllable frequencies from clean texts (letter-spaced lines in them are skipped) and
 * returns a repairer for whole documents. Input is expected already through normalizeText;
 * output keeps every non-space character as it was, so run normalizeText again if tone
 * placement inside rebuilt words matters.
 */
export function createLetterSpacingRepairer(cleanCorpus: string[]): (text: string) => LetterSpacingRepair {
  const cleanTexts = cleanCorpus.map((text) =>
    normalizeText(text)
      .split('\n')
      .filter((line) => !isLetterSpacedLine(line))
      .join('\n'),
  );
  const model = createSyllableLanguageModel(cleanTexts, isVietnameseSyllable);
  return (text) => {
    const repairedLines: number[] = [];
    const lines = text.split('\n').map((line, index) => {
      const ending = line.endsWith('\r') ? '\r' : '';
      const body = ending ? line.slice(0, -1) : line;
      const repaired = repairLine(body, model);
      // A repair may move spaces, never anything else; otherwise the line stays as it came.
      if (repaired === body || withoutSpace(repaired) !== withoutSpace(body)) return line;
      repairedLines.push(index + 1);
      return repaired + ending;
    });
    return { text: lines.join('\n'), repairedLines };
  };
}
