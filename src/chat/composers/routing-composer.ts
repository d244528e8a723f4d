/**
 * Topics whose competent body moved (knowledge/routing): a topic still ours is answered with where to go now; an
 * entry marked `referral` is another agency's matter and becomes a reasoned refusal naming that agency.
 */
import type { Chunk } from '../../core/types';
import type { ProcedureAspect } from '../../knowledge/procedure-aspect';
import type { RoutingEntry } from '../../knowledge/routing-schema';
import { PassageNumbering } from '../passage-numbering';
import { composeRoutingAnswer } from '../routing-answer';
import { normalizeText } from '../../text/normalize';
import { mentionsPlan } from '../question-analysis';
import { guessedScore, heldOtherBodyRecord, topProcedureRecord } from '../procedure-guess';
import { matchingForm } from '../vocabulary';
import type { Candidate, ComposeContext, Composer } from './composer';
import { retrievalCoverage } from './coverage';

/**
 * True when the question names one of the entry's keywords, as whole words: folded for a phrase, but a
 * one-syllable keyword only as written with its marks ("chùa" is not "chưa", which folds the same).
 */
export function namesRoutingEntry(entry: Pick<RoutingEntry, 'keywords'>, question: string): boolean {
  const text = matchingForm(question);
  const marked = markedWords(question);
  return entry.keywords.some((keyword) => {
    const folded = matchingForm(keyword).trim();
    if (folded.length === 0) return false;
    return folded.includes(' ') ? text.includes(` ${folded} `) : marked.includes(markedWords(keyword));
  });
}

/** Lower-case words with their marks, tone marks placed the classic way, space-padded. */
function markedWords(text: string): string {
  return ` ${normalizeText(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

export function routingDocId(entry: Pick<RoutingEntry, 'id'>): string {
  return `routing:${entry.id}`;
}

const FILING_ASPECTS = new Set<ProcedureAspect>(['agency', 'submitWhere', 'dossier', 'steps']);

export const routingComposer: Composer = {
  name: 'routing',
  compose(context) {
    const top = context.hits[0]?.chunk;
    const candidates: Candidate[] = [];
    for (const entry of context.routing) {
      const named = namesRoutingEntry(entry, context.analysis.text);
      const chunk = routingChunk(context, entry);
      const onTop = Boolean(chunk && top?.id === chunk.id);
      // A keyword inside a plan question ("phòng nội vụ" assigned a task) is not a question about where to go;
      // a plan word inside the keyword itself ("giao" of "tôn giáo") makes no plan question.
      const planWords = mentionsPlan(withoutKeywords(context.analysis.folded, entry.keywords));
      // A held province named makes a plan question, unless the question asks where to file or who decides.
      const filing = context.analysis.aspects.some((aspect) => FILING_ASPECTS.has(aspect));
      const aboutPlan = planWords || (context.analysis.provinces.length > 0 && (!entry.referral || !filing));
      if (entry.referral) {
        // Another agency's matter: named outside a plan question, or where the question is another sector's subject.
        // A procedure of that body whose official page we hold answers itself, saying first who carries it out.
        if (named && (!aboutPlan || context.analysis.otherAgency) && !heldRecordOfOtherBody(context)) candidates.push(referral(entry, chunk, asksWhereToGo(context, filing)));
        continue;
      }
      if (!onTop && !(named && !aboutPlan)) continue;
      // A named procedure answers itself (with a note on the moved body); the entry answers the topic alone.
      if (!chunk || context.namedProcedure) continue;
      const numbering = new PassageNumbering();
      const answer = composeRoutingAnswer(chunk, numbering);
      if (answer) candidates.push({ kind: 'routing', answer, passages: numbering.passages, score: named ? 1 : retrievalCoverage(context) });
    }
    return candidates.sort((left, right) => right.score - left.score);
  },
};

/** The folded question with the entry's keyword phrases taken out. */
function withoutKeywords(folded: string, keywords: readonly string[]): string {
  let text = ` ${folded} `;
  for (const keyword of keywords) {
    const form = matchingForm(keyword).trim();
    if (form) text = text.split(` ${form} `).join(' ');
  }
  return text.trim();
}

/**
 * The question names a procedure we hold in full, or one another body carries out (Bảo hiểm xã hội, a ministry)
 * whose official page we hold, or the top procedure passage is one and answers well enough: its record answers the
 * aspect asked, saying first who carries it out, rather than a bare referral.
 */
function heldRecordOfOtherBody(context: ComposeContext): boolean {
  const named = context.namedProcedure;
  // A procedure of ours the question names in full (name or alias) answers itself: "người khuyết tật" in a
  // question on an employer's unemployment-insurance rate is a detail, not the health sector's topic.
  if (named && !named.partial && named.record.detail === 'full') return true;
  if (named) return heldOtherBodyRecord(named.record);
  const top = topProcedureRecord(context);
  return Boolean(top && context.catalog && heldOtherBodyRecord(top) && guessedScore(context, top, context.catalog, []) >= context.threshold);
}

function routingChunk(context: ComposeContext, entry: RoutingEntry): Chunk | undefined {
  return context.retriever.documentChunks(routingDocId(entry))[0];
}

// A procedure's verbs, the where/who question words and "có cần / có phải …" (an obligation): where to take the matter.
const WHERE_TO_GO = /\b(thu tuc|xin phep|cho phep|giay phep|chap thuan|dang ky|thong bao|bao cao|nop|lien he|ho so|giay to|co quan nao|don vi nao|cho ai|ai giai quyet|o dau|lam sao|the nao|can gi|lam gi|co (can|phai))\b/;

function asksWhereToGo(context: ComposeContext, filing: boolean): boolean {
  return filing || WHERE_TO_GO.test(context.analysis.folded);
}

/**
 * Another agency's matter. Asked where to take it, the entry's own sourced answer is the pointer, cited; asked a
 * fact of that sector (a benefit's amount, a coming change), nothing of ours states it: only the body is named.
 */
function referral(entry: RoutingEntry, chunk: Chunk | undefined, whereToGo: boolean): Candidate {
  return {
    kind: 'routing',
    answer: '',
    passages: chunk && whereToGo ? [chunk] : [],
    score: 1,
    refusal: { reason: 'other_agency', detail: whereToGo ? { body: entry.currentBody, pointer: entry.answer } : { body: entry.currentBody } },
  };
}
