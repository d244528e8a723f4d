/**
 * Procedure questions: the record the question names (or the conversation carries) answers the aspect asked.
 * A record only found by retrieval, that the question does not name, is offered at its coverage: no floor.
 */
import type { Chunk } from '../../core/types';
import { procedureDocId } from '../../knowledge/procedure-chunks';
import { PassageNumbering } from '../passage-numbering';
import { composeProcedureAnswer } from '../procedure-answer';
import { findProcedure } from '../procedure-focus';
import { composeRoutingNote } from '../routing-answer';
import type { ComposeContext, Composer } from './composer';
import { matchingForm } from '../vocabulary';
import { coverageOf } from './coverage';
import { namesRoutingEntry, routingDocId } from './routing-composer';

export const procedureComposer: Composer = {
  name: 'procedure',
  compose(context) {
    const { analysis, namedProcedure: named, resolved } = context;
    // A plan question naming a province ("Thái Nguyên xây dựng cơ sở dữ liệu … khi nào?") is not about a procedure.
    const aboutPlan = analysis.provinces.length > 0 && analysis.aspects.length === 0 && !/\bthu tuc\b(?! hanh chinh)/.test(analysis.folded) && context.hits[0]?.chunk.kind !== 'procedure';
    if (aboutPlan) return [];
    // Another sector's subject with no procedure of ours named: the other-agency composer answers.
    if (analysis.otherAgency && !named) return [];
    const procedure = findProcedure({
      question: analysis.text,
      named,
      resolved,
      followUp: analysis.followUp,
      hits: [...context.hits],
      procedureChunks: (id) => context.retriever.documentChunks(procedureDocId({ id })),
      catalog: context.catalog,
    });
    if (!procedure) return [];
    const numbering = new PassageNumbering();
    const note = movedBodyNote(context, numbering);
    const answer = composeProcedureAnswer(procedure.name, procedure.chunks, procedure.fields ?? analysis.aspects, numbering, procedure.card);
    if (!answer) return [];
    const carried = Boolean(named || (analysis.followUp && resolved.procedureId) || namesTitle(analysis.text, procedure.name));
    return [{
      kind: 'procedure',
      answer: note ? `${note} ${answer}` : answer,
      passages: numbering.passages,
      score: carried ? 1 : coverageOf(context, procedure.chunks.slice(0, 3)),
      ...(procedure.card ? { procedure: procedure.card } : {}),
    }];
  },
};

/** "Sở LĐTBXH còn giải quyết … không?": where that body's work went, said before the procedure. */
function movedBodyNote(context: ComposeContext, numbering: PassageNumbering): string | undefined {
  const entry = context.routing.find((candidate) => !candidate.referral && namesRoutingEntry(candidate, context.analysis.text));
  const chunk: Chunk | undefined = entry ? context.retriever.documentChunks(routingDocId(entry))[0] : undefined;
  return chunk ? composeRoutingNote(chunk, numbering) : undefined;
}

/** Every word of a procedure's name (its bracketed qualifier aside) is in the question: it names the procedure. */
function namesTitle(question: string, name: string): boolean {
  const asked = new Set(matchingForm(question).split(' '));
  const words = matchingForm(name.replace(/\s*\([^)]*\)/gu, '')).split(' ').filter(Boolean);
  return words.length >= 2 && words.every((word) => asked.has(word));
}
