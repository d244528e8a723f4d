/**
 * The composer contract: every answer kind (procedure aspect, table row, list, section outline, sentences,
 * comparison, FAQ, routing, signer) is one module with this signature. Given the analysed question and the
 * retrieved passages, a composer returns zero or more candidate answers with the passages they rest on and a
 * score; one answerability decision (answerability.ts) then picks a candidate or refuses. Adding an answer kind
 * is one file and one line in `composers/index.ts`.
 */
import type { Chunk, Scope, SearchHit } from '../../core/types';
import type { FaqEntry } from '../../knowledge/faq-schema';
import type { ProcedureCatalog } from '../../knowledge/procedure-catalog';
import type { RoutingEntry } from '../../knowledge/routing-schema';
import type { ProcedureCard } from '../../protocol/chat-events';
import type { RetrieverPort } from '../../ports/retriever';
import type { ResolvedQuestion } from '../conversation-focus';
import type { ProcedureMatch } from '../procedure-match';
import type { QuestionAnalysis } from '../question-analysis';
import type { RefusalDetail, RefusalReason } from '../refusal';
import type { TermProfile } from '../term-weights';

export interface ComposeContext {
  analysis: QuestionAnalysis;
  /** The text retrieval was run with (the question, or it completed by the conversation's focus). */
  retrievalText: string;
  hits: readonly SearchHit[];
  retriever: RetrieverPort;
  catalog?: ProcedureCatalog;
  scopes: Scope[];
  /** Hard filters a signed-in user chose; every composer's extra retrieval keeps them. */
  filters: { province?: string; docIds?: string[] };
  /** The question with the conversation's focus applied (province, procedure carried from earlier turns). */
  resolved: ResolvedQuestion;
  /** The procedure the question names by name, alias or code, if any. */
  namedProcedure?: ProcedureMatch;
  /** What the question names, before retrieval backs it or the caller's scopes allow it (an internal record). */
  nameMatch?: ProcedureMatch;
  /** The question's content terms and their rarity in the corpus, for coverage scores. */
  terms: { profile: TermProfile; weight: (term: string) => number };
  /** Provinces the corpus holds. */
  provinces: readonly string[];
  /** Structured knowledge entries (answers come from the record, never from parsing rendered text). */
  faq: readonly FaqEntry[];
  routing: readonly RoutingEntry[];
  /** The calibrated answer threshold (composers that combine several passages judge each against it). */
  threshold: number;
}

export interface Candidate {
  /** The composer's name (for logs, metrics and tests). */
  kind: string;
  /** Extractive text; `[n]` cites `passages[n - 1]`. */
  answer: string;
  /** The passages the answer rests on, in citation order: also the LLM's evidence. */
  passages: readonly Chunk[];
  /**
   * How well the evidence answers the question, 0–1: question terms covered, the asked aspect, province and
   * document actually present. The answerability decision compares it with one calibrated threshold.
   */
  score: number;
  procedure?: ProcedureCard;
  /** A candidate that is a reasoned refusal (another agency's procedure, a province we don't hold). */
  refusal?: { reason: RefusalReason; detail?: RefusalDetail };
  /** Long answers (outlines, lists) end with where to read more; sentence answers stay short. */
  long?: boolean;
}

export interface Composer {
  readonly name: string;
  compose(context: ComposeContext): Candidate[] | Promise<Candidate[]>;
}
