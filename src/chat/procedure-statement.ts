/**
 * The sentence of a record that states what the question asks: of the kind of fact asked (a rate, a period, what
 * happens when …), sharing the most of the question's own words — those that do not name the procedure nor ask
 * the aspect. Found in any field, so a rate written in the steps or a deadline in the conditions still answers.
 */
import { recordStatements, type RecordStatement } from '../knowledge/procedure-statements';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { withoutAspectWords } from './aspect-words';
import { askedFactKinds, statesFact, withoutFactWords, type FactKind } from './asked-fact';
import { isFunctionWord } from './term-weights';
import { matchingForm, officialWordsFor } from './vocabulary';

const SELF_EVIDENT: ReadonlySet<FactKind> = new Set(['percent', 'form', 'age', 'size', 'grade', 'start']);

export interface FoundStatement {
  statement: RecordStatement;
  kind: FactKind;
  /** Question words (pairs count twice) the sentence shares, beyond the procedure's name. */
  overlap: number;
}

/** The best statement of a kind asked, or none when no sentence of that kind shares a word with the question. */
export function statementFor(record: ProcedureRecord, question: string): FoundStatement | undefined {
  const kinds = askedFactKinds(question, record.name);
  if (kinds.length === 0) return undefined;
  const own = new Set(matchingForm([record.name, ...record.aliases].join(' ')).trim().split(' '));
  const words = `${withoutFactWords(withoutAspectWords(question))} ${officialWordsFor(question)}`.trim().split(/\s+/);
  const keys = questionKeys(words, (word) => word.length > 1 && !isFunctionWord(word) && !own.has(word));
  let best: FoundStatement | undefined;
  for (const statement of recordStatements(record)) {
    const kind = kinds.find((candidate) => statesFact(candidate, statement.text));
    if (!kind) continue;
    const overlap = shared(keys, statementWords(statement.text));
    // A rate, a form number, an age, a size or a grade is rare enough in a record to answer on its own.
    const enough = overlap > 0 || SELF_EVIDENT.has(kind);
    if (enough && (!best || overlap > best.overlap)) best = { statement, kind, overlap };
  }
  return best;
}

// A sentence must share at least a phrase (a pair counts two) and a word with the question to be the one it means.
const MENTION_OVERLAP = 3;

/**
 * The record's sentence that speaks of something the question names beyond the procedure and the aspect ("mang
 * căn cước là được không" → the condition on showing an identity card): shared phrases, not a kind of fact.
 */
export function mentionedStatement(record: ProcedureRecord, question: string): RecordStatement | undefined {
  const own = new Set(matchingForm([record.name, ...record.aliases].join(' ')).trim().split(' '));
  const words = `${withoutFactWords(withoutAspectWords(question))} ${officialWordsFor(question)}`.trim().split(/\s+/);
  const keys = questionKeys(words, (word) => word.length > 1 && !isFunctionWord(word) && !own.has(word));
  let best: { statement: RecordStatement; overlap: number } | undefined;
  for (const statement of recordStatements(record)) {
    const overlap = shared(keys, statementWords(statement.text));
    if (overlap >= MENTION_OVERLAP && (!best || overlap > best.overlap)) best = { statement, overlap };
  }
  return best?.statement;
}

/** The question's content words and the pairs they form with their neighbours. */
function questionKeys(words: readonly string[], content: (word: string) => boolean): Set<string> {
  const keys = new Set(words.filter(content));
  for (let index = 1; index < words.length; index++) {
    if (content(words[index - 1]!) || content(words[index]!)) keys.add(`${words[index - 1]} ${words[index]}`);
  }
  return keys;
}

// A record sentence's words and pairs, kept once made (bounded, cleared when full).
const WORDS_LIMIT = 20_000;
const wordsOf = new Map<string, Set<string>>();

function statementWords(text: string): Set<string> {
  let have = wordsOf.get(text);
  if (!have) {
    if (wordsOf.size >= WORDS_LIMIT) wordsOf.clear();
    const words = matchingForm(text).trim().split(' ');
    have = new Set(words);
    for (let index = 1; index < words.length; index++) have.add(`${words[index - 1]} ${words[index]}`);
    wordsOf.set(text, have);
  }
  return have;
}

function shared(keys: ReadonlySet<string>, have: ReadonlySet<string>): number {
  let score = 0;
  for (const key of keys) if (have.has(key)) score += key.includes(' ') ? 2 : 1;
  return score;
}
