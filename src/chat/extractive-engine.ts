/** Extractive composition: comparison table, task list, procedure answer or selected sentences, with numbered passages. */
import type { Chunk, Scope, SearchHit } from '../core/types';
import type { ProcedureCard } from '../protocol/chat-events';
import type { RetrieverPort } from '../ports/retriever';
import { compareProvinces } from './comparison-answer';
import { composeSentences, selectSentences, type ExtractiveContext } from './extractive-answer';
import { composeRoutingAnswer, composeRoutingNote, namesRoutingTopic } from './routing-answer';
import { PassageNumbering } from './passage-numbering';
import { composeProcedureAnswer } from './procedure-answer';
import type { ProcedureField } from './question-analysis';
import { composeSignerAnswer } from './signer-answer';
import { composeTaskList, matchingRows } from './task-list-answer';

export interface ProcedureFocus {
  name: string;
  chunks: Chunk[];
  card?: ProcedureCard;
  /** The aspects asked, read without the words that name the procedure ("mai táng phí" is no fee question). */
  fields?: ProcedureField[];
}

export interface ExtractiveInput {
  retriever: RetrieverPort;
  retrievalText: string;
  scopes: Scope[];
  hits: SearchHit[];
  context: ExtractiveContext;
  /** Provinces to compare, when the question is a comparison. */
  comparisonProvinces: string[];
  procedure?: ProcedureFocus;
  threshold: number;
  /** Restrictions that every extra search must keep. */
  searchFilters: { province?: string; docIds?: string[] };
}

export interface ExtractiveOutput {
  answer: string;
  passages: readonly Chunk[];
  kind: 'comparison' | 'task-list' | 'procedure' | 'sentences' | 'none';
  /** Coverage of the comparison lines, or the threshold when a routing entry the question names answered. */
  confidence?: number;
}

const FACT_SHAPES: Record<string, RegExp> = {
  percent: /\d\s?%/,
  deadline: /\b(19|20)\d{2}\b|quý\s+[IV]+/iu,
  document_number: /\d+\/[\p{Lu}Đ]/u,
};

export async function composeExtractive(input: ExtractiveInput): Promise<ExtractiveOutput> {
  const numbering = new PassageNumbering();
  const { analysis } = input.context;
  const factShape = analysis.wants.map((fact) => FACT_SHAPES[fact]).find(Boolean);
  if (input.comparisonProvinces.length >= 2) {
    const compared = await compareProvinces({
      retriever: input.retriever,
      question: input.retrievalText,
      provinces: input.comparisonProvinces,
      scopes: input.scopes,
      context: input.context,
      numbering,
      threshold: input.threshold,
      factShape,
      ...(input.searchFilters.docIds ? { docIds: input.searchFilters.docIds } : {}),
    });
    if (compared) return { answer: compared.answer, passages: numbering.passages, kind: 'comparison', confidence: compared.confidence };
  }
  if (analysis.taskList) {
    const wide = await input.retriever.retrieve(input.retrievalText, { k: 80, scopes: input.scopes, ...input.searchFilters });
    const list = composeTaskList(matchingRows(analysis, wide), numbering);
    if (list) return { answer: list, passages: numbering.passages, kind: 'task-list' };
  }
  if (analysis.wants.includes('signer')) {
    const docIds = [...new Set(input.hits.map((hit) => hit.chunk.docId))];
    const answer = composeSignerAnswer(docIds.flatMap((docId) => input.retriever.documentChunks(docId)), numbering);
    if (answer) return { answer, passages: numbering.passages, kind: 'sentences' };
  }
  const top = input.hits[0]?.chunk;
  const routed = top && !input.procedure ? composeRoutingAnswer(top, numbering) : undefined;
  if (routed) return { answer: routed, passages: numbering.passages, kind: 'sentences', ...(top && namesRoutingTopic(top, analysis.text) ? { confidence: input.threshold } : {}) };
  if (input.procedure) {
    // "Sở LĐTBXH còn giải quyết trợ cấp thất nghiệp không?": where that body's work went, then the procedure.
    const moved = [...input.hits.map((hit) => hit.chunk), ...routingChunks(input.retriever)].find((chunk) => namesRoutingTopic(chunk, analysis.text));
    const note = moved ? composeRoutingNote(moved, numbering) : undefined;
    const answer = composeProcedureAnswer(input.procedure.name, input.procedure.chunks, input.procedure.fields ?? analysis.procedureFields, numbering, input.procedure.card);
    if (answer) return { answer: note ? `${note} ${answer}` : answer, passages: numbering.passages, kind: 'procedure' };
  }
  const chosen = selectSentences(input.hits, input.context);
  if (chosen.length === 0) return { answer: '', passages: [], kind: 'none' };
  const answer = composeSentences(chosen, input.hits, numbering, input.context, factShape);
  return { answer, passages: numbering.passages, kind: 'sentences' };
}

/** Every passage of the routing entries (moved topics) the corpus holds. */
function routingChunks(retriever: RetrieverPort): Chunk[] {
  return retriever
    .describeCorpus()
    .documents.filter((document) => document.kind === 'routing')
    .flatMap((document) => retriever.documentChunks(document.docId));
}
