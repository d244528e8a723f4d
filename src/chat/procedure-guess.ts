/**
 * A procedure the question does not name, guessed from the top procedure passage: how well that record answers.
 * Its facts must cover the question's terms, and its name must explain the question's procedure-naming words at
 * least as well as any other record's name does — "quỹ" asked, a "hội" record found, scores nothing.
 */
import type { Chunk } from '../core/types';
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import type { ComposeContext } from './composers/composer';
import { coverageOf } from './composers/coverage';
import { nameVocabulary } from './procedure-match';
import { isFunctionWord } from './term-weights';
import { matchingForm } from './vocabulary';

// A guessed record carrying most of the question's procedure-naming words needs no comparison with other names.
const NAME_WORDS_SHARE = 0.75;
// Below it, the record must be the best explanation of the naming words among all records (within this margin).
const BEST_NAME_MARGIN = 0.05;

const nameWordsOf = new WeakMap<ProcedureCatalog, Map<ProcedureRecord, Set<string>>>();

/** Each record's folded name and alias words, once per catalog. */
function recordNameWords(catalog: ProcedureCatalog): Map<ProcedureRecord, Set<string>> {
  let words = nameWordsOf.get(catalog);
  if (!words) {
    words = new Map(catalog.records.map((record) => [record, new Set(matchingForm([record.name, ...record.aliases].join(' ')).trim().split(' '))]));
    nameWordsOf.set(catalog, words);
  }
  return words;
}

/** Share of the question's procedure-naming words found in this record's name, and the best share of any record. */
export function nameShare(question: string, record: ProcedureRecord, catalog: ProcedureCatalog): { own: number; best: number } {
  const vocabulary = nameVocabulary(catalog);
  const asked = [...new Set(matchingForm(question).trim().split(' '))].filter((word) => vocabulary.has(word) && !isFunctionWord(word));
  if (asked.length === 0) return { own: 0, best: 0 };
  const names = recordNameWords(catalog);
  const share = (words: Set<string>) => asked.filter((word) => words.has(word)).length / asked.length;
  let best = 0;
  for (const words of names.values()) best = Math.max(best, share(words));
  return { own: share(names.get(record) ?? new Set()), best };
}

/** The evidence score of a record the question does not name (0 when its name does not fit the question). */
export function guessedScore(context: ComposeContext, record: ProcedureRecord, catalog: ProcedureCatalog, passages: readonly Chunk[]): number {
  const { own, best } = nameShare(context.analysis.text, record, catalog);
  if (own === 0 || (own < NAME_WORDS_SHARE && own < best - BEST_NAME_MARGIN)) return 0;
  return coverageOf(context, [...passages, ...context.retriever.documentChunks(`procedure:${record.id}`)]);
}

/** The record of the top procedure passage, when the question names none. */
export function topProcedureRecord(context: ComposeContext): ProcedureRecord | undefined {
  const id = context.hits.find((hit) => hit.chunk.kind === 'procedure')?.chunk.procedureId;
  return id ? context.catalog?.records.find((record) => record.id === id) : undefined;
}

/** A procedure another body carries out (Bảo hiểm xã hội, a ministry) whose official page we hold in full. */
export function heldOtherBodyRecord(record: ProcedureRecord): boolean {
  return record.detail === 'full' && record.carriedOutBy !== undefined && record.carriedOutBy !== 'địa phương';
}
