/**
 * Verifies an answer against its passages: every [n] exists, every number it states and every agency a cited
 * sentence names appears in what it cites.
 */
import { unsupportedAgencies } from './agency-names';
import { numericFacts, unsupportedFacts } from './numeric-facts';

export interface GuardPassage {
  n: number;
  text: string;
  /** Heading path of the passage: a pointer to "mục: II. … NĂM 2026" names it, so its numbers count as cited. */
  section?: string;
}

export type GuardInterventionKind = 'unknown_citation' | 'unsupported_fact' | 'uncited_fact' | 'unsupported_agency';

export interface GuardIntervention {
  kind: GuardInterventionKind;
  sentence: string;
  /** The facts that were not found, or the citation numbers that do not exist. */
  details: string[];
}

export interface GuardResult {
  answer: string;
  interventions: GuardIntervention[];
  /** Citation numbers still used by the kept text, in first-use order. */
  cited: number[];
  keptSentences: number;
  droppedSentences: number;
}

const MARKER_GROUP = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;
const HAS_MARKER = /\[\d+(?:\s*[,;]\s*\d+)*\]/;
// Splits after . ! ? (and any citation markers right after it) when a new sentence starts.
// A list marker ("hồ sơ gồm: 1. Đơn …; 2. Dự thảo …") ends no sentence: splitting there would cut the list from its citation.
const SENTENCE_BOUNDARY = /(?<=[.!?…](?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])*)(?<!(?:^|[\s:;(›])\d{1,2}[.)])\s+(?=[\p{Lu}\p{N}“"(*])/u;

export function guardCitations(answer: string, passages: GuardPassage[]): GuardResult {
  const byNumber = new Map(passages.map((passage) => [passage.n, passage.section ? `${passage.section}\n${passage.text}` : passage.text]));
  const interventions: GuardIntervention[] = [];
  const cited: number[] = [];
  let keptSentences = 0;
  let droppedSentences = 0;
  const answerLines = answer.split('\n');
  const lines = answerLines.map((line, lineIndex) => {
    if (!line.trim()) return line;
    const kept: string[] = [];
    const sentences = line.split(SENTENCE_BOUNDARY);
    const borrowed = citationsCarried(sentences, byNumber, introducedList(answerLines, lineIndex, byNumber));
    for (const [index, sentence] of sentences.entries()) {
      const checked = checkSentence(sentence, byNumber, borrowed[index]!);
      interventions.push(...checked.interventions);
      if (checked.text === undefined) {
        droppedSentences++;
        continue;
      }
      keptSentences++;
      kept.push(checked.text);
      for (const n of checked.cited) if (!cited.includes(n)) cited.push(n);
    }
    return kept.length > 0 ? kept.join(' ') : undefined;
  });
  const text = lines
    .filter((line): line is string => line !== undefined)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { answer: text, interventions, cited, keptSentences, droppedSentences };
}

/**
 * The citations each sentence answers to: its own; else those of the next cited sentence on its line (an item
 * or paragraph is cited once at its end); else those of the previous one (a pointer continuing a cited
 * sentence). A line cited nowhere that introduces a list (ends with ":") answers to the list's first citation.
 * Whatever a sentence borrows, its numbers and names are still read against those passages.
 */
function citationsCarried(sentences: string[], byNumber: Map<number, string>, introduced: number[]): number[][] {
  const own = sentences.map((sentence) => citationsIn(sentence, byNumber));
  return own.map((mine, index) => {
    // A sentence that names its own source, even one that does not exist, answers for itself.
    if (mine.length > 0 || HAS_MARKER.test(sentences[index]!)) return [];
    const after = own.slice(index + 1).find((citations) => citations.length > 0);
    const before = own.slice(0, index).reverse().find((citations) => citations.length > 0);
    return after ?? before ?? introduced;
  });
}

function introducedList(lines: string[], index: number, byNumber: Map<number, string>): number[] {
  if (!/:\s*$/.test(lines[index]!)) return [];
  for (const line of lines.slice(index + 1)) {
    if (!line.trim()) break;
    const citations = citationsIn(line, byNumber);
    if (citations.length > 0) return citations;
  }
  return [];
}

function citationsIn(text: string, byNumber: Map<number, string>): number[] {
  return [...text.matchAll(MARKER_GROUP)].flatMap((match) => match[1]!.split(/\s*[,;]\s*/).map(Number)).filter((n) => byNumber.has(n));
}

function checkSentence(sentence: string, byNumber: Map<number, string>, borrowed: number[]): { text?: string; cited: number[]; interventions: GuardIntervention[] } {
  const interventions: GuardIntervention[] = [];
  const cited: number[] = [];
  const unknown: string[] = [];
  // Unknown numbers are removed from the marker; a marker left empty disappears.
  const text = sentence.replace(MARKER_GROUP, (_whole, list: string) => {
    const known = list
      .split(/\s*[,;]\s*/)
      .map(Number)
      .filter((n) => {
        if (byNumber.has(n)) return true;
        unknown.push(String(n));
        return false;
      });
    for (const n of known) if (!cited.includes(n)) cited.push(n);
    return known.map((n) => `[${n}]`).join('');
  });
  if (unknown.length > 0) interventions.push({ kind: 'unknown_citation', sentence, details: unknown });
  const facts = numericFacts(text);
  const sourcesOf = cited.length > 0 ? cited : borrowed;
  if (sourcesOf.length === 0) {
    // An uncited sentence is the engine's own framing (a pointer to the official channel names its agency):
    // only a number there claims a fact without a source.
    if (facts.length === 0) return { text: tidy(text), cited, interventions };
    interventions.push({ kind: 'uncited_fact', sentence, details: facts });
    return { cited, interventions };
  }
  const sources = sourcesOf.map((n) => byNumber.get(n) ?? '').join('\n');
  const missing = facts.length > 0 ? unsupportedFacts(text, sources) : [];
  if (missing.length > 0) {
    interventions.push({ kind: 'unsupported_fact', sentence, details: missing });
    return { cited: [], interventions };
  }
  const agencies = unsupportedAgencies(text, sources);
  if (agencies.length > 0) {
    interventions.push({ kind: 'unsupported_agency', sentence, details: agencies });
    return { cited: [], interventions };
  }
  return { text: tidy(text), cited, interventions };
}

function tidy(text: string): string {
  return text.replace(/\s+([.,;])/g, '$1').replace(/ {2,}/g, ' ');
}
