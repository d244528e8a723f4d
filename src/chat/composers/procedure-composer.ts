/**
 * Procedure questions: the record the question names (or the conversation carries) answers the aspects asked,
 * from its structured fields. A record only found by retrieval, that the question does not name, is offered at
 * the evidence it has — no floor — and not at all when the question names what tells procedures apart (quỹ, hội)
 * and this record's name lacks it.
 */
import { cardUrl } from '../../knowledge/procedure-catalog';
import { factPresence } from '../fact-presence';
import { saysNamePhrase } from '../name-phrase';
import { PassageNumbering } from '../passage-numbering';
import { findProcedure } from '../procedure-focus';
import { guessedScore, guessRecord, heldOtherBodyRecord } from '../procedure-guess';
import { asksLevel, levelSiblings } from '../procedure-match';
import { levelsReply, procedureReply, withoutTitleCodes } from '../procedure-reply';
import { composeRoutingNote } from '../routing-answer';
import { OTHER_AGENCIES } from '../other-agencies';
import { matchingForm, mentions } from '../vocabulary';
import type { ProcedureRecord } from '../../knowledge/procedure-schema';
import type { Candidate, ComposeContext, Composer } from './composer';
import { namesRoutingEntry, routingDocId } from './routing-composer';

export const procedureComposer: Composer = {
  name: 'procedure',
  compose(context) {
    const { analysis, namedProcedure: named, resolved, catalog } = context;
    if (!catalog) return [];
    // A plan question naming a province ("tỉnh X hoàn thành cơ sở dữ liệu … năm nào?") is not about a procedure.
    const aboutPlan = analysis.provinces.length > 0 && analysis.aspects.length === 0 && !/\bthu tuc\b(?! hanh chinh)/.test(analysis.folded) && context.hits[0]?.chunk.kind !== 'procedure';
    if (aboutPlan) return [];
    // A procedure between agencies (thi đua – khen thưởng: the unit proposes) named to the public assistant: no
    // other record is guessed in its place; the citizen is told whom to ask. Its name said only in part gives way,
    // as any name does, to a retrieved record naming clearly more ("có bằng khen …, xin trợ cấp một lần").
    const internal = context.nameMatch;
    if (internal && (internal.record.scope ?? 'public') === 'internal' && !context.scopes.includes('internal')) {
      const outnamed = (internal.partial || internal.alias) && guessRecord(analysis.text, context.hits, catalog, internal.record) !== internal.record;
      if (!outnamed) return [internalRefusal(internal.record)];
    }
    const focus = findProcedure({ question: analysis.text, named, resolved, followUp: analysis.followUp, aspects: analysis.aspects, hits: context.hits, catalog });
    if (!focus) return [];
    const carried = focus.carried || namesTitle(analysis.text, focus.record.name);
    // Another sector's subject with no procedure of ours named: the other-agency composer answers — unless the
    // record found is that sector's procedure whose official page we hold (social insurance published by the Bộ).
    if (!carried && analysis.otherAgency && !(focus.record.carriedOutBy === 'bảo hiểm xã hội' && heldOtherBodyRecord(focus.record) && mentions(analysis.text, SOCIAL_INSURANCE))) return [];
    const numbering = new PassageNumbering();
    const note = movedBodyNote(context, numbering);
    // Named without its level while it exists at several: each level's answer, so nobody files at the wrong one.
    const levels = context.namedProcedure && !analysis.followUp && !asksLevel(analysis.text) ? levelSiblings(focus.record, catalog) : [focus.record];
    const reply = levels.length > 1 ? levelsReply(levels, focus.aspects, analysis.text, numbering) : procedureReply(focus.record, focus.aspects, analysis.text, numbering);
    // Grounded or silent: an amount or a rate asked that the record states nowhere is not answered with its
    // overview; for a procedure the question names, the refusal says the record does not state it.
    // So is an aspect the record leaves unknown, with nothing related known to say instead: a card that only
    // says "chưa có thông tin" answers nothing.
    if (reply.unstated || reply.statesNothing) return carried ? [{ ...unstatedRefusal(focus.record), procedure: catalog.card(focus.record) }] : [];
    // A quantity asked that no aspect of a procedure is ("mức phạt … bao nhiêu"): the overview does not state it.
    // The record's own sentence of the kind asked already states it.
    const stated = analysis.aspects.length === 0 && !reply.statesAsked && factPresence(analysis.folded, withoutTitleCodes(reply.answer)) < 1 ? 0 : 1;
    // A guess rests on a phrase of the record's name the question says, or on the record's passage ranking first:
    // scattered folded syllables shared with a name ("nghỉ", "phép", "Việt Nam") are no guess.
    const grounded = saysNamePhrase(analysis.text, focus.record, catalog) || context.hits[0]?.chunk.procedureId === focus.record.id;
    const guessed = carried ? 1 : grounded ? guessedScore(context, focus.record, catalog, numbering.passages) : 0;
    const score = guessed * stated;
    return [{
      kind: 'procedure',
      answer: note ? `${note}\n${reply.answer}` : reply.answer,
      passages: numbering.passages,
      score,
      procedure: catalog.card(focus.record),
    }];
  },
};

/** An internal procedure named in the public assistant: a refusal naming it and whom to ask, quoting no passage. */
function internalRefusal(record: ProcedureRecord): Candidate {
  const proposer = /khen thưởng/iu.test(record.field ?? '') ? ' (cơ quan, đơn vị đề nghị khen thưởng)' : '';
  return {
    kind: 'procedure',
    answer: '',
    passages: [],
    score: 1,
    refusal: { reason: 'no_sources', detail: { pointer: `Thủ tục “${record.name}” là thủ tục nội bộ giữa các cơ quan, đơn vị${proposer}, không do công dân nộp hồ sơ; Quý vị vui lòng liên hệ cơ quan, đơn vị nơi công tác hoặc Ủy ban nhân dân cấp xã nơi cư trú để được hướng dẫn.` } },
  };
}

/** The record is named but states nothing of what was asked: a refusal that says so, quoting no passage. */
function unstatedRefusal(record: ProcedureRecord): Candidate {
  const url = cardUrl(record);
  return {
    kind: 'procedure',
    answer: '',
    passages: [],
    score: 1,
    refusal: { reason: 'no_sources', detail: { pointer: `Thông tin chính thức về thủ tục “${record.name}” hiện có không nêu nội dung Quý vị hỏi; Quý vị vui lòng hỏi cơ quan giải quyết thủ tục${url ? ` hoặc xem trang chính thức: ${url}` : ''}.` } },
  };
}

// The social-insurance subject, even beside another sector's (nhận con nuôi … hưởng thai sản).
const SOCIAL_INSURANCE = OTHER_AGENCIES.find((agency) => agency.id === 'social_insurance')!.pattern;

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
