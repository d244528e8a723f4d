/** Which procedure a question is about: named, carried by the conversation, or that of the top passage. */
import type { Chunk, SearchHit } from '../core/types';
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ResolvedQuestion } from './conversation-focus';
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import type { ProcedureCard } from '../protocol/chat-events';
import { cardFromChunks } from './procedure-answer';
import { matchProcedure, type ProcedureMatch } from './procedure-match';
import { matchingForm } from './vocabulary';
import { aspectsAsked } from './aspect-words';

export interface ProcedureFocus {
  name: string;
  chunks: Chunk[];
  card?: ProcedureCard;
  /** The aspects asked, read without the words that name the procedure ("mai táng phí" is no fee question). */
  fields?: ProcedureAspect[];
}

export interface FindProcedureInput {
  question: string;
  /** What namedProcedure found in the question, if anything. */
  named: ProcedureMatch | undefined;
  resolved: ResolvedQuestion;
  followUp: boolean;
  hits: SearchHit[];
  /** The passages of one procedure record. */
  procedureChunks: (id: string) => readonly Chunk[];
  catalog?: ProcedureCatalog;
}

/** The procedure the question names by code, name or alias (the catalog's exact lookup as a last resort). */
export function namedProcedure(question: string, catalog: ProcedureCatalog | undefined): ProcedureMatch | undefined {
  if (!catalog) return undefined;
  const matched = matchProcedure(question, catalog);
  if (matched) return matched;
  const exact = catalog.lookup(question);
  return exact ? { record: exact, phrase: '' } : undefined;
}

/**
 * The procedure asked about: one the question names; on a follow-up the conversation's procedure (or one named
 * in the carried topic); else the procedure of the top passage, a current record before an outdated namesake.
 */
export function findProcedure(input: FindProcedureInput): ProcedureFocus | undefined {
  const { question, named, resolved, followUp, hits, catalog } = input;
  const focusId = followUp ? resolved.procedureId : undefined;
  const match = named ?? (catalog && followUp && !focusId ? matchProcedure(resolved.retrievalText, catalog) : undefined);
  const id = match?.record.id ?? focusId ?? topProcedureId(hits, catalog);
  if (!id) return undefined;
  const chunks = [...input.procedureChunks(id)];
  if (chunks.length === 0) return undefined;
  const known = match?.record ?? catalog?.records.find((candidate) => candidate.id === id);
  // The aspect is read without the name: "mai táng phí … nộp ở đâu" asks where, not the fee.
  const asked = match?.phrase ? aspectsAsked(withoutWords(matchingForm(question), match.phrase)) : undefined;
  return {
    name: known?.name ?? chunks[0]!.title,
    chunks,
    card: known && catalog ? catalog.card(known) : cardFromChunks(chunks),
    ...(asked ? { fields: asked } : {}),
  };
}

/** The top passage's procedure; if that record is outdated, a current one among the passages with a like name. */
function topProcedureId(hits: SearchHit[], catalog: ProcedureCatalog | undefined): string | undefined {
  const top = hits[0]?.chunk;
  if (top?.kind !== 'procedure' || !top.procedureId) return undefined;
  const status = (id: string) => catalog?.records.find((record) => record.id === id)?.status;
  if (status(top.procedureId) !== 'outdated') return top.procedureId;
  const namesake = hits.find((hit) => hit.chunk.procedureId && status(hit.chunk.procedureId) !== 'outdated' && sharedWords(hit.chunk.title, top.title) >= 0.6);
  return namesake?.chunk.procedureId ?? top.procedureId;
}

/** The question without the procedure's name, as written or word by word when its words stood apart. */
function withoutWords(text: string, phrase: string): string {
  if (text.includes(` ${phrase} `)) return text.replace(` ${phrase} `, ' ');
  const words = new Set(phrase.split(' '));
  return ` ${text.trim().split(' ').filter((word) => !words.has(word)).join(' ')} `;
}

/** Share of the shorter title's words that the other title also has. */
function sharedWords(left: string, right: string): number {
  const words = (text: string) => new Set(matchingForm(text).trim().split(' '));
  const [a, b] = [words(left), words(right)];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return small.size === 0 ? 0 : [...small].filter((word) => large.has(word)).length / small.size;
}
