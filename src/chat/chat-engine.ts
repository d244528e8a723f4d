/** The chat engine: guards the question, retrieves, answers extractively or with an LLM, verifies citations. */
import type { Chunk, SearchHit } from '../core/types';
import { ChatModelError } from '../ports/chat-model';
import { procedureDocId } from '../knowledge/procedure-chunks';
import { createProvinceDetector } from '../search/province-detector';
import type { AnswerOptions, ChatEngine, ChatEngineDeps, ChatRequest, ChatResult } from './chat-types';
import { guardCitations } from './citation-guard';
import { focusFromHistory, resolveFollowUp, topicOf, type ConversationFocus } from './conversation-focus';
import { composeExtractive } from './extractive-engine';
import { generateAnswer } from './generative-answer';
import { looksLikeInjection, withoutPlantedInstructions } from './injection-detector';
import { citationsFor } from './passage-numbering';
import { maskPersonalData, PERSONAL_DATA_NOTICE, withoutPlaceholders } from './pii';
import { findProcedure, namedProcedure } from './procedure-focus';
import { analyzeQuestion } from './question-analysis';
import { refusalText, type RefusalReason } from './refusal';
import { DEFAULT_CONFIDENCE_THRESHOLD, retrievalConfidence } from './retrieval-confidence';
import { outOfScopeTopic } from './scope-check';
import { createInverseFrequency, foldedSyllables, termProfile } from './term-weights';

const SEARCH_DEPTH = 12;
const ANSWER_PASSAGES = 6;
const LLM_PASSAGES = 5;
const ASPECT_ONLY_WORDS = 8;

export function createChatEngine(deps: ChatEngineDeps): ChatEngine {
  const { retriever } = deps;
  const threshold = deps.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD;
  const corpus = retriever.describeCorpus();
  const provinceNames = corpus.provinces;
  const detectors = provinceNames.map((name) => ({ name, detector: createProvinceDetector([name]) }));
  const detectProvinces = (text: string) => detectors.filter(({ detector }) => detector.detect(text)).map(({ name }) => name);
  const provinceTokens = new Set(provinceNames.flatMap((name) => foldedSyllables(name)));
  const weight = createInverseFrequency(corpus.size, (term) => retriever.documentFrequency(term));
  const emit = deps.onEvent ?? (() => undefined);

  return {
    async answer(request: ChatRequest, options: AnswerOptions = {}): Promise<ChatResult> {
      const masked = maskPersonalData(request.message);
      const piiDetected = masked.count > 0;
      if (piiDetected) emit({ type: 'pii-masked', kinds: masked.kinds, count: masked.count });
      const history = request.history?.map((turn) => ({ role: turn.role, text: maskPersonalData(turn.text).text }));
      const question = withoutPlaceholders(masked.text).replace(/\s+/g, ' ').trim();
      const named = namedProcedure(question, deps.catalog);
      const read = analyzeQuestion(question, detectProvinces);
      // "có nộp online được không?" names no procedure but asks one of its aspects: it continues the conversation.
      const asksAspectOnly = !named && read.procedureFields.length > 0 && read.provinces.length === 0 && read.folded.split(' ').length <= ASPECT_ONLY_WORDS;
      const analysis = asksAspectOnly ? { ...read, followUp: true } : read;
      const focus = request.focus ?? focusFromHistory(history, (text) => detectProvinces(text)[0], provinceNames);

      const refuse = (reason: RefusalReason, confidence = 0): ChatResult => {
        emit({ type: 'refusal', reason, confidence });
        const answer = refusalText(reason, deps.channels);
        return {
          answer: piiDetected ? `${answer}\n\n${PERSONAL_DATA_NOTICE}` : answer,
          citations: [],
          refused: true,
          refusalReason: reason,
          focus: focus ?? {},
          engine: 'extractive',
          guardInterventions: 0,
          confidence,
          piiDetected,
        };
      };
      if (looksLikeInjection(request.message)) {
        emit({ type: 'injection-blocked', where: 'question' });
        return refuse('injection');
      }
      if (outOfScopeTopic(question)) return refuse('out_of_scope');

      const resolved = resolveFollowUp(analysis, focus);
      const profile = termProfile(resolved.retrievalText, provinceTokens);
      const searchFilters = { ...(request.province ? { province: request.province } : {}), ...(request.docIds ? { docIds: request.docIds } : {}) };
      const raw = await retriever.retrieve(resolved.retrievalText, { k: SEARCH_DEPTH, scopes: request.scopes, preferProvince: resolved.province, ...searchFilters });
      const hits = sanitize(preferProvince(raw, analysis.comparison ? undefined : resolved.province)).slice(0, ANSWER_PASSAGES);
      // "Thái Nguyên xây dựng cơ sở dữ liệu bảo hiểm thất nghiệp khi nào?" is about a province's plan, not the procedure.
      const aboutPlan = analysis.provinces.length > 0 && analysis.procedureFields.length === 0 && !/\bthu tuc\b(?! hanh chinh)/.test(analysis.folded) && hits[0]?.chunk.kind !== 'procedure';
      const procedure = aboutPlan ? undefined : findProcedure({ question, named, resolved, followUp: analysis.followUp, hits, procedureChunks: (id) => retriever.documentChunks(procedureDocId({ id })), catalog: deps.catalog });
      const confidence = retrievalConfidence(profile, hits.slice(0, 3).map((hit) => hit.chunk), weight).score;
      const comparisonProvinces = analysis.provinces.length >= 2 ? analysis.provinces : analysis.comparison && analysis.provinces.length === 0 ? provinceNames : [];
      const context = { analysis, profile, weight };
      const extractive = await composeExtractive({ retriever, retrievalText: resolved.retrievalText, scopes: request.scopes, hits, context, comparisonProvinces, procedure, threshold, searchFilters });
      const effectiveConfidence = extractive.kind === 'comparison' ? Math.max(confidence, extractive.confidence ?? 0) : extractive.kind === 'procedure' && procedure?.card ? Math.max(confidence, threshold) : Math.max(confidence, extractive.confidence ?? 0);
      if (extractive.kind === 'none' || effectiveConfidence < threshold) return refuse('no_sources', effectiveConfidence);

      let engine: ChatResult['engine'] = 'extractive';
      let fallback: string | undefined;
      let interventions = 0;
      let answer = extractive.answer;
      let passages = extractive.passages;
      let renumber = true;
      if (deps.chatModel && (extractive.kind === 'sentences' || extractive.kind === 'procedure')) {
        const llmPassages = procedure ? [...procedure.chunks, ...hits.map((hit) => hit.chunk)].filter(unique).slice(0, LLM_PASSAGES) : hits.slice(0, LLM_PASSAGES).map((hit) => hit.chunk);
        try {
          const outcome = await generateAnswer({ model: deps.chatModel, question, passages: llmPassages, history, timeoutMs: deps.llmTimeoutMs ?? 20_000, signal: options.signal, onDelta: options.onDelta });
          for (const intervention of outcome.interventions) emit({ type: 'guard-intervention', engine: 'generative', intervention });
          interventions += outcome.interventions.length;
          if (outcome.declined) return refuse('no_sources', effectiveConfidence);
          if (outcome.answer) {
            engine = 'generative';
            answer = outcome.answer;
            passages = llmPassages;
            renumber = false;
          } else fallback = 'guard_rejected';
        } catch (error) {
          fallback = error instanceof ChatModelError ? error.code : ((error as { code?: string }).code ?? 'llm_error');
        }
        if (fallback) emit({ type: 'llm-fallback', reason: fallback, message: describeError(fallback), provider: deps.chatModel.provider, modelId: deps.chatModel.modelId });
      }
      if (engine === 'extractive') {
        const checked = guardCitations(answer, passages.map((chunk, index) => ({ n: index + 1, text: chunk.text })));
        for (const intervention of checked.interventions) emit({ type: 'guard-intervention', engine, intervention });
        interventions += checked.interventions.length;
        answer = checked.answer;
        if (!answer) return refuse('no_sources', effectiveConfidence);
      }
      const cited = citationsFor(answer, passages, { renumber });
      const citedProvinces = [...new Set(cited.citations.map((citation) => citation.source.province).filter(Boolean))];
      const nextFocus: ConversationFocus = {
        ...(procedure ? { procedureId: procedure.chunks[0]?.procedureId } : {}),
        ...((resolved.province ?? (citedProvinces.length === 1 ? citedProvinces[0] : undefined)) ? { province: resolved.province ?? citedProvinces[0] } : {}),
        topic: resolved.usedFocus && focus?.topic ? focus.topic : topicOf(question, provinceNames),
        ...(cited.citations[0] ? { docId: cited.citations[0].source.docId } : {}),
      };
      return {
        answer: piiDetected ? `${cited.answer}\n\n${PERSONAL_DATA_NOTICE}` : cited.answer,
        citations: cited.citations,
        refused: false,
        ...(procedure?.card ? { procedure: procedure.card } : {}),
        focus: nextFocus,
        engine,
        ...(fallback ? { fallback } : {}),
        guardInterventions: interventions,
        confidence: effectiveConfidence,
        piiDetected,
        ...((procedure?.chunks[0]?.procedureId ?? hits[0]?.chunk.procedureId) ? { topProcedureId: procedure?.chunks[0]?.procedureId ?? hits[0]?.chunk.procedureId } : {}),
      };
    },
  };

  /** Passages keep their place, but instruction-like sentences inside them are removed. */
  function sanitize(hits: SearchHit[]): SearchHit[] {
    return hits.map((hit) => {
      const cleaned = withoutPlantedInstructions(hit.chunk.text);
      if (cleaned.removed === 0) return hit;
      emit({ type: 'injection-blocked', where: 'passage', chunkId: hit.chunk.id });
      return { ...hit, chunk: { ...hit.chunk, text: cleaned.text, fields: hit.chunk.fields && sanitizeFields(hit.chunk.fields) } };
    });
  }

}

/** On a one-province question, passages of other provinces go last (procedures and national texts have none and stay). */
function preferProvince(hits: SearchHit[], province: string | undefined): SearchHit[] {
  if (!province) return hits;
  const matching = hits.filter((hit) => !hit.chunk.province || hit.chunk.province === province);
  return matching.length > 0 ? matching : hits;
}

function sanitizeFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([label, value]) => [label, withoutPlantedInstructions(value).text]));
}

function unique(chunk: Chunk, index: number, all: Chunk[]): boolean {
  return all.findIndex((other) => other.id === chunk.id) === index;
}

function describeError(code: string): string {
  return code === 'llm_timeout' ? 'LLM quá thời gian chờ, dùng câu trả lời trích xuất' : `LLM lỗi (${code}), dùng câu trả lời trích xuất`;
}
