/**
 * Topics whose competent body moved (knowledge/routing): a topic still ours is answered with where to go now; an
 * entry marked `referral` is another agency's matter and becomes a reasoned refusal naming that agency.
 */
import type { Chunk } from '../../core/types';
import type { RoutingEntry } from '../../knowledge/routing-schema';
import { PassageNumbering } from '../passage-numbering';
import { composeRoutingAnswer } from '../routing-answer';
import { guessedScore, heldOtherBodyRecord, topProcedureRecord } from '../procedure-guess';
import { matchingForm } from '../vocabulary';
import type { Candidate, ComposeContext, Composer } from './composer';
import { retrievalCoverage } from './coverage';

/** True when the question names one of the entry's keywords (folded, whole words). */
export function namesRoutingEntry(entry: Pick<RoutingEntry, 'keywords'>, question: string): boolean {
  const text = matchingForm(question);
  return entry.keywords.map((keyword) => matchingForm(keyword).trim()).some((keyword) => keyword.length > 0 && text.includes(` ${keyword} `));
}

export function routingDocId(entry: Pick<RoutingEntry, 'id'>): string {
  return `routing:${entry.id}`;
}

export const routingComposer: Composer = {
  name: 'routing',
  compose(context) {
    const top = context.hits[0]?.chunk;
    const candidates: Candidate[] = [];
    for (const entry of context.routing) {
      const named = namesRoutingEntry(entry, context.analysis.text);
      const chunk = routingChunk(context, entry);
      const onTop = Boolean(chunk && top?.id === chunk.id);
      // A keyword inside a plan question ("phòng nội vụ" assigned a task) is not a question about where to go.
      const aboutPlan = context.analysis.aboutPlan || context.analysis.provinces.length > 0;
      if (entry.referral) {
        // Another agency's matter: named outside a plan question, or where the question is another sector's subject.
        // A procedure of that body whose official page we hold answers itself, saying first who carries it out.
        if (named && (!aboutPlan || context.analysis.otherAgency) && !heldRecordOfOtherBody(context)) candidates.push(referral(entry, chunk));
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

function referral(entry: RoutingEntry, chunk: Chunk | undefined): Candidate {
  return {
    kind: 'routing',
    answer: '',
    passages: chunk ? [chunk] : [],
    score: 1,
    refusal: { reason: 'other_agency', detail: { body: entry.currentBody, pointer: entry.answer } },
  };
}
