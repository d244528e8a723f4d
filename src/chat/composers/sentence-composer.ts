/** The general answer: the one or two sentences of the retrieved passages that best answer, trimmed, cited. */
import { composeSentences, factShapeOf, selectSentences } from '../extractive-answer';
import { PassageNumbering } from '../passage-numbering';
import type { Composer } from './composer';
import { factPresence } from '../fact-presence';
import { coverageOf, extractiveContext } from './coverage';

export const sentenceComposer: Composer = {
  name: 'sentences',
  compose(context) {
    const extractive = extractiveContext(context);
    // A procedure record's passage speaks for that procedure only: it answers through the procedure composer when
    // the question names or carries the record. Quoted as a loose sentence, it would answer another subject's question.
    const own = new Set([context.namedProcedure?.record.id, context.resolved.procedureId].filter(Boolean));
    // A routing entry answers through the routing composer, whole: a loose line of it ("Cơ quan trước đây: …") says
    // nothing of where to go now.
    const hits = context.hits.filter((hit) => hit.chunk.kind !== 'routing' && (hit.chunk.kind !== 'procedure' || own.has(hit.chunk.procedureId)));
    const chosen = selectSentences(hits, extractive);
    if (chosen.length === 0) return [];
    const numbering = new PassageNumbering();
    const answer = composeSentences(chosen, hits, numbering, extractive, factShapeOf(context.analysis));
    // Evidence: the question's terms in the passages cited, and the quantity asked actually stated.
    const score = coverageOf(context, numbering.passages) * factPresence(context.analysis.folded, answer);
    return [{ kind: 'sentences', answer, passages: numbering.passages, score }];
  },
};
