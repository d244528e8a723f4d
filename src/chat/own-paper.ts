/**
 * Another sector's paper in our own procedure's file. A citizen asking about a work permit may name the criminal
 * record certificate (lý lịch tư pháp) or the entry visa it needs: when the question names our procedure by a phrase
 * of its name, and that procedure's own record lists the paper, the paper is part of our file, not the other
 * sector's matter.
 */
import type { SearchHit } from '../core/types';
import type { ComposeContext } from './composers/composer';
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { recordStatements, type StatementField } from '../knowledge/procedure-statements';
import { saysNamePhrase } from './name-phrase';
import { guessedScore, nameShare, topProcedureRecord } from './procedure-guess';
import { matchingForm } from './vocabulary';

// How far down the ranking the procedure named may stand.
const TOP_HITS = 3;
// The share of the question's naming words the procedure's name must say.
const NAMED_SHARE = 0.6;
// … or, for the record of the first passage, this share.
const FIRST_SHARE = 0.4;

/** The folded phrase is a paper or a step the named, top-ranked procedure's record itself speaks of. */
export function listedByNamedRecord(question: string, phrase: string, hits: readonly SearchHit[], catalog: ProcedureCatalog): boolean {
  const folded = ` ${matchingForm(phrase).trim()} `;
  if (folded.trim().length === 0) return false;
  const ids = new Set(hits.slice(0, TOP_HITS).flatMap((hit) => (hit.chunk.kind === 'procedure' && hit.chunk.procedureId ? [hit.chunk.procedureId] : [])));
  // The procedure is named by the rest of the question, most of its naming words, not by the paper itself.
  const rest = matchingForm(question).split(folded).join(' ');
  // The first passage, a procedure's, backs its record's name more than the words do: a circumstance told at length
  // ("mấy người chúng tôi … nuôi ong") dilutes the share but not the ranking.
  const first = hits[0]?.chunk.kind === 'procedure' ? hits[0].chunk.procedureId : undefined;
  const share = (record: ProcedureRecord) => (record.id === first ? FIRST_SHARE : NAMED_SHARE);
  return catalog.records.some((record) => ids.has(record.id) && recordForm(record).includes(folded) && saysNamePhrase(rest, record, catalog) && nameShare(rest, record, catalog, []).own >= share(record));
}

// The fields that list what a procedure's file holds or its filer must do.
const FILE_FIELDS = new Set<StatementField>(['dossier', 'conditions', 'steps', 'applicants']);

// Those fields' sentences, folded, kept once made (records do not change while the catalog lives).
const forms = new WeakMap<ProcedureRecord, string>();

function recordForm(record: ProcedureRecord): string {
  let form = forms.get(record);
  if (form === undefined) {
    form = matchingForm(recordStatements(record).filter((statement) => FILE_FIELDS.has(statement.field)).map((statement) => statement.text).join(' . '));
    forms.set(record, form);
  }
  return form;
}

/**
 * The first passage is a procedure of ours held in full, the question says a phrase of its name, and its record
 * answers well enough: another sector's word beside it ("sai số CCCD lúc đăng ký BHXH") is a detail of ours.
 */
export function heldTopAnswers(context: ComposeContext, phrase: string): boolean {
  const catalog = context.catalog;
  const top = topProcedureRecord(context);
  // The very first passage: a routing entry or a general answer ranked first says the sector's word leads.
  if (!catalog || !top || top.detail !== 'full' || context.hits[0]?.chunk.procedureId !== top.id) return false;
  // Named by the rest of the question, as a paper listed in the file of the first-ranked record is.
  const rest = matchingForm(context.analysis.text).split(` ${matchingForm(phrase).trim()} `).join(' ');
  return saysNamePhrase(rest, top, catalog) && nameShare(rest, top, catalog, []).own >= FIRST_SHARE && guessedScore(context, top, catalog, []) >= context.threshold;
}

// Acts another sector's phrase may open with: it then names what the citizen wants done there, not a detail.
const ACTS = /^(cap|cap lai|cap doi|gia han|doi|dang ky|lam|xin|chuyen)\b/;

/** The folded phrase opens with an act ("cấp lại thẻ …", "làm căn cước"). */
export function opensWithAct(phrase: string): boolean {
  return ACTS.test(matchingForm(phrase).trim());
}
