/**
 * The chat engine, as a pipeline: analysis → retrieval (through the retriever port) → every registered composer →
 * one answerability decision → rendering (extractive, or an LLM writing from the chosen candidate's passages) →
 * guards (citations, numbers in the cited text, personal data).
 */
import type { Chunk, SearchHit } from '../core/types';
import type { FaqEntry } from '../knowledge/faq-schema';
import type { RoutingEntry } from '../knowledge/routing-schema';
import { ChatModelError } from '../ports/chat-model';
import { createProvinceDetector } from '../search/province-detector';
import { decide, judgeQuestion } from './answerability';
import type { AnswerOptions, ChatEngine, ChatEngineDeps, ChatRequest, ChatResult } from './chat-types';
import { guardCitations } from './citation-guard';
import { COMPOSERS, type Candidate, type ComposeContext } from './composers';
import { focusFromHistory, followUpEvidenceText, isElliptical, sharesSubject, pointsBack, procedurePointedAt, resolveFollowUp, topicOf, withBodySwapped, withProvinceSwapped, withTimeSwapped, withCarriedAsks, type ConversationFocus } from './conversation-focus';
import { generateAnswer } from './generative-answer';
import { looksLikeInjection } from './injection-detector';
import { sanitizingRetriever } from './sanitizing-retriever';
import { citationsFor } from './passage-numbering';
import { maskPersonalData, PERSONAL_DATA_NOTICE, withoutPlaceholders } from './pii';
import { namedProcedure, weakNameMatch, withoutWords } from './procedure-focus';
import { analyzeQuestion } from './question-analysis';
import { refusalText, type RefusalDetail, type RefusalReason } from './refusal';
import { DEFAULT_CONFIDENCE_THRESHOLD } from './retrieval-confidence';
import { heldTopAnswers, listedByNamedRecord, opensWithAct } from './own-paper';
import { createInverseFrequency, foldedSyllables, termProfile } from './term-weights';
import { matchingForm, spelledOut, spelledOutShortForms, withOfficialWords } from './vocabulary';
import { aspectsAsked } from './aspect-words';

const SEARCH_DEPTH = 12;
const ANSWER_PASSAGES = 6;
const ASPECT_ONLY_WORDS = 8;

export function createChatEngine(deps: ChatEngineDeps): ChatEngine {
  const emit = deps.onEvent ?? (() => undefined);
  const retriever = sanitizingRetriever(deps.retriever, (chunkId) => emit({ type: 'injection-blocked', where: 'passage', chunkId }));
  const threshold = deps.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD;
  const corpus = retriever.describeCorpus();
  const provinceNames = corpus.provinces;
  const detectors = provinceNames.map((name) => ({ name, detector: createProvinceDetector([name]) }));
  const detectProvinces = (text: string) => detectors.filter(({ detector }) => detector.detect(text)).map(({ name }) => name);
  const provinceTokens = new Set(provinceNames.flatMap((name) => foldedSyllables(name)));
  const weight = createInverseFrequency(corpus.size, (term) => retriever.documentFrequency(term));
  const faq: readonly FaqEntry[] = deps.faq ?? [];
  const routing: readonly RoutingEntry[] = deps.routing ?? [];

  return {
    async answer(request: ChatRequest, options: AnswerOptions = {}): Promise<ChatResult> {
      const masked = maskPersonalData(request.message);
      const piiDetected = masked.count > 0;
      if (piiDetected) emit({ type: 'pii-masked', kinds: masked.kinds, count: masked.count });
      const history = request.history?.map((turn) => ({ role: turn.role, text: maskPersonalData(turn.text).text }));
      const typed = withoutPlaceholders(masked.text).replace(/\s+/g, ' ').trim();
      const focus = request.focus ?? focusFromHistory(history, (text) => detectProvinces(text)[0], provinceNames);
      // "Còn Sở Tài chính?", "còn ở Lào Cai?", "còn năm 2027?": the previous question about another body, province or
      // time, read, searched and answered whole.
      const swapped = withBodySwapped(typed, focus?.question) ?? withProvinceSwapped(typed, focus?.question, provinceNames) ?? withTimeSwapped(typed, focus?.question);
      const question = swapped ?? typed;
      const withNotice = (text: string) => (piiDetected ? `${text}\n\n${PERSONAL_DATA_NOTICE}` : text);

      const refuse = (reason: RefusalReason, confidence = 0, detail?: RefusalDetail, evidence: readonly Chunk[] = [], asked?: ConversationFocus): ChatResult => {
        emit({ type: 'refusal', reason, confidence });
        // A pointer read in a routing entry is cited to it; the refusal's other lines state no sourced fact.
        const pointer = detail?.pointer && evidence.length > 0 ? `${detail.pointer.replace(/[.\s]+$/u, '')} [1].` : detail?.pointer;
        const cited = citationsFor(refusalText(reason, deps.channels, { ...detail, ...(pointer ? { pointer } : {}) }), evidence.slice(0, 1));
        return {
          answer: withNotice(cited.answer),
          citations: cited.citations,
          refused: true,
          refusalReason: reason,
          focus: asked ?? focus ?? {},
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

      // 1. Analysis.
      const read = analyzeQuestion(question, detectProvinces);
      const matched = namedProcedure(question, deps.catalog);
      // "… đó" with part of a name: the record of that name closest to the procedure under discussion.
      const current = focus?.procedureId ? deps.catalog?.records.find((record) => record.id === focus.procedureId) : undefined;
      const found = matched && current && deps.catalog && pointsBack(read) ? procedurePointedAt(matched, current, deps.catalog.records) : matched;
      // Part of a long procedure name inside a question about a province's plan (a plan task that digitises some
      // register the procedure also concerns) is the plan's wording, not a procedure named.
      const named = found?.partial && read.provinces.length > 0 ? undefined : found;
      // "có nộp online được không?" names no procedure but asks one of its aspects: it continues the conversation.
      const asksAspectOnly = !named && read.aspects.length > 0 && read.provinces.length === 0 && read.folded.split(' ').length <= ASPECT_ONLY_WORDS;
      // "tỉnh kia đặt mức nào?", "hạn hoàn thành khi nào?": no subject of its own, so the conversation's.
      // A province's plan asked after a procedure ("mục tiêu của Lào Cai?") leaves the procedure; a section asked as
      // a whole ("mục tiêu … là gì") names its own subject.
      const leavesProcedure = !swapped && read.provinces.length > 0 && Boolean(focus?.procedureId);
      const elliptical = Boolean(focus) && !named && (Boolean(swapped) || (isElliptical(read, provinceNames) && !read.overview && !leavesProcedure));
      const own = leavesProcedure ? { ...read, followUp: false } : read;
      const early = judgeQuestion(question, asksAspectOnly || elliptical ? { ...own, followUp: true } : own, Boolean(named), corpus);
      if (early?.refuse) return refuse(early.reason, 0, early.detail);
      // A follow-up that asks for nothing new asks again for what the previous question asked for.
      const analysis = withCarriedAsks(asksAspectOnly || elliptical ? { ...own, followUp: true } : own, focus);

      // 2. Retrieval, through the port only.
      const followed = resolveFollowUp(analysis, focus, provinceNames);
      // Another sector's subject ("còn đăng ký kết hôn?") sharing no word with the procedure discussed is not about it.
      const asked = followed.ownSubject && analysis.otherAgency && current && !sharesSubject(analysis, current.name, provinceNames) ? { ...followed, procedureId: undefined } : followed;
      // Short forms spelled out for retrieval too ("gplđ" finds "giấy phép lao động").
      const spelled = spelledOutShortForms(asked.retrievalText);
      const resolved = spelled ? { ...asked, retrievalText: `${asked.retrievalText} ${spelled}` } : asked;
      const filters = { ...(request.province ? { province: request.province } : {}), ...(request.docIds ? { docIds: request.docIds } : {}) };
      const ranked = await retriever.retrieve(resolved.retrievalText, { k: SEARCH_DEPTH, scopes: request.scopes, preferProvince: resolved.province, ...filters });
      // A follow-up that stays with the plan just discussed ("còn Sở Tài chính?") is searched in that plan first.
      const inDocument = resolved.usedFocus && !named && !analysis.comparison && (!analysis.provinces[0] || analysis.provinces[0] === focus?.province) ? planDocument(focus, request.docIds) : undefined;
      const within = inDocument ? await retriever.retrieve(resolved.retrievalText, { k: SEARCH_DEPTH, scopes: request.scopes, ...filters, docIds: [inDocument] }) : [];
      const raw = [...within, ...ranked.filter((hit) => !within.some((first) => first.chunk.id === hit.chunk.id))];
      // "Năm 2022 thì sao?", "hạn chót?": asked of the very passage the last answer cited, which goes first.
      const previous = resolved.usedFocus && !resolved.ownSubject && !swapped && inDocument && focus?.passageId ? retriever.documentChunks(inDocument).find((chunk) => chunk.id === focus.passageId) : undefined;
      const ordered = previous ? [{ chunk: previous, score: raw[0]?.score ?? 1 }, ...raw.filter((hit) => hit.chunk.id !== previous.id)] : raw;
      const hits = preferProvince(ordered, analysis.comparison ? undefined : resolved.province).slice(0, ANSWER_PASSAGES);
      const namedBacked = named && !weakNameMatch(named, hits) ? named : undefined;

      // 3. Every composer offers its candidates; 4. one decision picks one or refuses.
      // The elided question is this one plus the carried topic: composers read what is counted or due in it too.
      // Another sector's paper that the procedure the question names lists in its own file (a criminal record
      // certificate in a work-permit dossier) is a detail of ours, not that sector's matter.
      const paper = analysis.otherAgency ? matchingForm(question).match(analysis.otherAgency.pattern)?.[0] : undefined;
      const ownPaper = paper !== undefined && deps.catalog !== undefined && listedByNamedRecord(question, paper, hits, deps.catalog);
      const ours = ownPaper ? { ...analysis, otherAgency: undefined } : analysis;
      const elided = resolved.usedFocus && !resolved.ownSubject && focus?.topic ? { ...ours, folded: `${ours.folded} ${matchingForm(focus.topic).trim()}` } : ours;
      const context: ComposeContext = {
        analysis: elided,
        retrievalText: resolved.retrievalText,
        hits,
        retriever,
        ...(deps.catalog ? { catalog: deps.catalog } : {}),
        scopes: request.scopes,
        filters,
        resolved,
        ...(namedBacked ? { namedProcedure: namedBacked } : {}),
        ...(named ? { nameMatch: named } : {}),
        // Coverage and sentence scoring compare the question spelled out: a short form left in ("kh", "ko") is a term
        // no passage contains, and would pull an answerable phone-typed question under the threshold.
        // A follow-up's asking words ("đặt tỷ lệ bao nhiêu", "hạn chót") are in no passage; its subject and the
        // carried topic are what the evidence must cover.
        terms: { profile: termProfile(asked.usedFocus ? followUpEvidenceText(question, asked.ownSubject ? undefined : focus?.topic) || spelledOut(asked.retrievalText) : spelledOut(asked.retrievalText), provinceTokens), weight },
        provinces: provinceNames,
        faq,
        routing,
        threshold,
      };
      // Another sector's detail (not an act there) in a question the top procedure of ours answers by its own name.
      if (paper !== undefined && !ownPaper && !opensWithAct(paper) && heldTopAnswers(context, paper)) context.analysis = { ...context.analysis, otherAgency: undefined };
      const candidates: Candidate[] = [];
      for (const composer of COMPOSERS) candidates.push(...(await composer.compose(context)));
      const decision = decide(candidates, threshold);
      // A question the sources do not answer still sets the subject: "thế còn tỉnh X?" asks it of X.
      const unanswered: ConversationFocus = { ...(analysis.provinces[0] ? { province: analysis.provinces[0] } : {}), topic: topicOf(question, provinceNames), question };
      if ('refuse' in decision) return refuse(decision.reason, decision.score, decision.detail, decision.evidence, decision.reason === 'no_sources' ? { ...unanswered, ...(decision.procedureId ? { procedureId: decision.procedureId } : {}) } : undefined);
      const { candidate, score: confidence } = decision;

      // 5. Rendering: the extractive text, or an LLM writing from the same passages; 6. guards.
      let engine: ChatResult['engine'] = 'extractive';
      let fallback: string | undefined;
      let interventions = 0;
      let answer = candidate.answer;
      let renumber = true;
      if (deps.chatModel && candidate.passages.length > 0) {
        try {
          const outcome = await generateAnswer({ model: deps.chatModel, question, passages: candidate.passages, history, timeoutMs: deps.llmTimeoutMs ?? 20_000, signal: options.signal, onDelta: options.onDelta });
          for (const intervention of outcome.interventions) emit({ type: 'guard-intervention', engine: 'generative', intervention });
          interventions += outcome.interventions.length;
          if (outcome.declined) return refuse('no_sources', confidence);
          if (outcome.answer) {
            engine = 'generative';
            answer = outcome.answer;
            renumber = false;
          } else fallback = 'guard_rejected';
        } catch (error) {
          fallback = error instanceof ChatModelError ? error.code : ((error as { code?: string }).code ?? 'llm_error');
        }
        if (fallback) emit({ type: 'llm-fallback', reason: fallback, message: describeError(fallback), provider: deps.chatModel.provider, modelId: deps.chatModel.modelId });
      }
      if (engine === 'extractive') {
        const checked = guardCitations(answer, candidate.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text, section: chunk.section })));
        for (const intervention of checked.interventions) emit({ type: 'guard-intervention', engine, intervention });
        interventions += checked.interventions.length;
        answer = checked.answer;
        if (!answer) return refuse('no_sources', confidence);
      }
      const cited = citationsFor(answer, candidate.passages, { renumber });
      const citedProvinces = [...new Set(cited.citations.map((citation) => citation.source.province).filter(Boolean))];
      const procedureId = candidate.procedure?.id;
      const province = resolved.province ?? (citedProvinces.length === 1 ? citedProvinces[0] : undefined);
      // The aspects asked, read without the words that named the procedure ("mai táng phí … bao lâu" asks no fee).
      const nameForm = named?.phrase && !matchingForm(question).includes(` ${named.phrase} `) ? withOfficialWords(question) : matchingForm(question);
      const askedAspects = named?.phrase && !resolved.usedFocus ? aspectsAsked(withoutWords(nameForm, named.phrase)) : analysis.aspects;
      const firstCited = cited.citations[0]?.source;
      const firstPassage = firstCited ? candidate.passages.find((chunk) => chunk.docId === firstCited.docId && chunk.section === firstCited.section) : undefined;
      const nextFocus: ConversationFocus = {
        ...(procedureId ? { procedureId } : {}),
        ...(province ? { province } : {}),
        topic: resolved.usedFocus && !resolved.ownSubject && focus?.topic ? focus.topic : topicOf(question, provinceNames),
        ...(cited.citations[0] ? { docId: cited.citations[0].source.docId } : {}),
        ...(firstPassage ? { passageId: firstPassage.id } : {}),
        ...(analysis.wants.length > 0 ? { wants: analysis.wants } : {}),
        ...(askedAspects.length > 0 ? { aspects: askedAspects } : {}),
        ...(analysis.overview ? { overview: analysis.overview } : {}),
        // An elliptical question ("hạn chót?") is no question to ask again about another body: the last whole one is.
        question: resolved.usedFocus && !resolved.ownSubject && !swapped && !analysis.provinces[0] && focus?.question ? focus.question : question,
      };
      const topProcedureId = procedureId ?? hits[0]?.chunk.procedureId;
      return {
        answer: withNotice(cited.answer),
        citations: cited.citations,
        refused: false,
        ...(candidate.procedure ? { procedure: candidate.procedure } : {}),
        focus: nextFocus,
        engine,
        ...(fallback ? { fallback } : {}),
        guardInterventions: interventions,
        confidence,
        piiDetected,
        ...(topProcedureId ? { topProcedureId } : {}),
      };
    },
  };
}

/** On a one-province question, passages of other provinces go last (procedures and national texts have none and stay). */
function preferProvince(hits: SearchHit[], province: string | undefined): SearchHit[] {
  if (!province) return hits;
  const matching = hits.filter((hit) => !hit.chunk.province || hit.chunk.province === province);
  return matching.length > 0 ? matching : hits;
}

/**
 * The plan a conversation is about, when its last answer cited one (not a procedure, FAQ or routing record) that
 * the caller's document filter allows.
 */
function planDocument(focus: ConversationFocus | undefined, docIds: readonly string[] | undefined): string | undefined {
  const docId = focus?.docId;
  if (!docId || /^(procedure|faq|routing):/.test(docId)) return undefined;
  return !docIds || docIds.includes(docId) ? docId : undefined;
}

function describeError(code: string): string {
  return code === 'llm_timeout' ? 'LLM quá thời gian chờ, dùng câu trả lời trích xuất' : `LLM lỗi (${code}), dùng câu trả lời trích xuất`;
}
