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
    const chosen = selectSentences([...context.hits], extractive);
    if (chosen.length === 0) return [];
    const numbering = new PassageNumbering();
    const answer = composeSentences(chosen, [...context.hits], numbering, extractive, factShapeOf(context.analysis));
    // Evidence: the question's terms in the passages cited, and the quantity asked actually stated.
    const score = coverageOf(context, numbering.passages) * factPresence(context.analysis.folded, answer);
    return [{ kind: 'sentences', answer, passages: numbering.passages, score }];
  },
};
