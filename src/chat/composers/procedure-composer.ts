/**
 * Procedure questions: the record the question names (or the conversation carries) answers the aspects asked,
 * from its structured fields. A record only found by retrieval, that the question does not name, is offered at
 * the evidence it has — no floor — and not at all when the question names what tells procedures apart (quỹ, hội)
 * and this record's name lacks it.
 */
import { factPresence } from '../fact-presence';
import { PassageNumbering } from '../passage-numbering';
import { findProcedure } from '../procedure-focus';
import { guessedScore, heldOtherBodyRecord } from '../procedure-guess';
import { asksLevel, levelSiblings } from '../procedure-match';
import { levelsReply, procedureReply } from '../procedure-reply';
import { composeRoutingNote } from '../routing-answer';
import { matchingForm } from '../vocabulary';
import type { ComposeContext, Composer } from './composer';
import { namesRoutingEntry, routingDocId } from './routing-composer';

export const procedureComposer: Composer = {
  name: 'procedure',
  compose(context) {
    const { analysis, namedProcedure: named, resolved, catalog } = context;
    if (!catalog) return [];
    // A plan question naming a province ("Thái Nguyên xây dựng cơ sở dữ liệu … khi nào?") is not about a procedure.
    const aboutPlan = analysis.provinces.length > 0 && analysis.aspects.length === 0 && !/\bthu tuc\b(?! hanh chinh)/.test(analysis.folded) && context.hits[0]?.chunk.kind !== 'procedure';
    if (aboutPlan) return [];
    const focus = findProcedure({ question: analysis.text, named, resolved, followUp: analysis.followUp, aspects: analysis.aspects, hits: context.hits, catalog });
    if (!focus) return [];
    const carried = focus.carried || namesTitle(analysis.text, focus.record.name);
    // Another sector's subject with no procedure of ours named: the other-agency composer answers — unless the
    // record found is that sector's procedure whose official page we hold (social insurance published by the Bộ).
    if (!carried && analysis.otherAgency && !(analysis.otherAgency.id === 'social_insurance' && focus.record.carriedOutBy === 'bảo hiểm xã hội' && heldOtherBodyRecord(focus.record))) return [];
    const numbering = new PassageNumbering();
    const note = movedBodyNote(context, numbering);
    // Named without its level while it exists at several: each level's answer, so nobody files at the wrong one.
    const levels = context.namedProcedure && !analysis.followUp && !asksLevel(analysis.text) ? levelSiblings(focus.record, catalog) : [focus.record];
    const reply = levels.length > 1 ? levelsReply(levels, focus.aspects, analysis.text, numbering) : procedureReply(focus.record, focus.aspects, analysis.text, numbering);
    // A quantity asked that no aspect of a procedure is ("mức phạt … bao nhiêu"): the overview does not state it.
    const stated = analysis.aspects.length === 0 && factPresence(analysis.folded, reply.answer) < 1 ? 0 : 1;
    const score = (carried ? 1 : guessedScore(context, focus.record, catalog, numbering.passages)) * stated;
    return [{
      kind: 'procedure',
      answer: note ? `${note}\n${reply.answer}` : reply.answer,
      passages: numbering.passages,
      score,
      procedure: catalog.card(focus.record),
    }];
  },
};

// A keyword that names a body (Sở …, Phòng …, UBND …), not a topic.
const BODY_KEYWORD = /^(so|phong|ubnd|uy ban|ban|cap) /;

/** "Sở LĐTBXH còn giải quyết … không?": where that body's work went, said before the procedure. */
function movedBodyNote(context: ComposeContext, numbering: PassageNumbering): string | undefined {
  const bodies = (keywords: readonly string[]) => keywords.filter((keyword) => BODY_KEYWORD.test(matchingForm(keyword).trim()));
  const entry = context.routing.find((candidate) => !candidate.referral && namesRoutingEntry({ keywords: bodies(candidate.keywords) }, context.analysis.text));
  const chunk = entry ? context.retriever.documentChunks(routingDocId(entry))[0] : undefined;
  return chunk ? composeRoutingNote(chunk, numbering) : undefined;
}

/** Every word of a procedure's name (its bracketed qualifier aside) is in the question: it names the procedure. */
function namesTitle(question: string, name: string): boolean {
  const asked = new Set(matchingForm(question).split(' '));
  const words = matchingForm(name.replace(/\s*\([^)]*\)/gu, '')).split(' ').filter(Boolean);
  return words.length >= 2 && words.every((word) => asked.has(word));
}
