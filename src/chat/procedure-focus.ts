/** Which procedure record a question is about: named, carried by the conversation, or that of the top passage. */
import type { SearchHit } from '../core/types';
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { aspectsAsked } from './aspect-words';
import type { ResolvedQuestion } from './conversation-focus';
import { fullerSibling, guessRecord, refineByContent, saysAction, tighterSibling, undeniedSibling } from './procedure-guess';
import { levelSibling, matchProcedure, type ProcedureMatch } from './procedure-match';
import { matchingForm, withOfficialWords } from './vocabulary';
import { isFunctionWord } from './term-weights';
import { wishedPart } from './wish-clause';

export interface ProcedureFocus {
  record: ProcedureRecord;
  /** The question names it (name, alias, code) or the conversation carries it; false for a retrieval guess. */
  carried: boolean;
  /** The aspects asked, read without the words that name the procedure ("mai táng phí" is no fee question). */
  aspects: ProcedureAspect[];
}

export interface FindProcedureInput {
  question: string;
  /** What namedProcedure found in the question, if anything. */
  named: ProcedureMatch | undefined;
  resolved: ResolvedQuestion;
  followUp: boolean;
  /** The aspects the analysis read in the whole question. */
  aspects: readonly ProcedureAspect[];
  hits: readonly SearchHit[];
  catalog: ProcedureCatalog;
}

/** The procedure the question names by code, name or alias (the catalog's exact lookup as a last resort). */
export function namedProcedure(question: string, catalog: ProcedureCatalog | undefined): ProcedureMatch | undefined {
  if (!catalog) return undefined;
  const matched = matchProcedure(question, catalog);
  // "Tôi là hội viên hội X, giờ muốn lập quỹ …": a name told in the circumstance is not the one wished for;
  // the wish names its own, or the passages tell.
  if (matched && namedInCircumstance(question, matched)) return matchProcedure(wishedPart(question)!, catalog);
  if (matched) return matched;
  const exact = catalog.lookup(question);
  return exact ? { record: exact, phrase: '' } : undefined;
}

/** Most of the matched name's words stand before the wish, and the wish says something of its own. */
function namedInCircumstance(question: string, matched: ProcedureMatch): boolean {
  const wish = wishedPart(question);
  if (!wish || !matched.phrase) return false;
  const wished = wish.trim().split(' ').filter((word) => !isFunctionWord(word));
  if (wished.length < 3) return false;
  const words = matched.phrase.split(' ').filter((word) => !isFunctionWord(word));
  return words.filter((word) => wish.includes(` ${word} `)).length * 2 < words.length;
}

/**
 * A name match the retrieval does not back: most of a long name, or an everyday alias, whose record has no passage
 * among the top hits while another procedure's passage leads. Family words ("bảo hiểm thất nghiệp", "trợ cấp") are
 * shared by many names; the passages, which read every field, tell those records apart better.
 */
export function weakNameMatch(named: ProcedureMatch, hits: readonly SearchHit[]): boolean {
  if (!named.partial && !named.alias) return false;
  const top = hits.find((hit) => hit.chunk.kind === 'procedure')?.chunk.procedureId;
  return top !== undefined && !hits.some((hit) => hit.chunk.procedureId === named.record.id);
}

/**
 * The procedure asked about: one the question names; on a follow-up the conversation's procedure (or one named
 * in the carried topic); else the procedure of the top passage, a current record before an outdated namesake.
 */
export function findProcedure(input: FindProcedureInput): ProcedureFocus | undefined {
  const { named, resolved, followUp, hits, catalog } = input;
  const byId = (id: string | undefined) => (id ? catalog.records.find((record) => record.id === id) : undefined);
  const focusId = followUp ? resolved.procedureId : undefined;
  const match = named ?? (followUp && !focusId ? matchProcedure(resolved.retrievalText, catalog) : undefined);
  const loosely = match && (match.partial || match.alias) && !focusId ? tighterSibling(input.question, hits, catalog, match.record) : undefined;
  // A retrieved sibling whose name is this one's and more, the more said by the question ("cấp lại … bị mất" for
  // "cấp …"), is the one meant.
  const fuller = match && !focusId && !loosely ? fullerSibling(input.question, hits, catalog, match.record) : undefined;
  // Named only by part of a name or an alias, the record gives way to a retrieved one whose name says clearly more
  // of the question, as a guess would.
  const top = byId(topProcedureId(hits, catalog));
  // So does one matched by part of a name whose opening act the question does not say, to the top record whose
  // opening act it says ("xin giấy phép …" against "Điều chỉnh …; cấp lại giấy phép …").
  const outacted = (record: ProcedureRecord) => saysAction(input.question, record) && !saysAction(input.question, match!.record);
  const rivalled = match && top && top !== match.record && (match.partial || match.alias) && !focusId && !fuller && loosely === match.record && (guessRecord(input.question, hits.filter((hit) => hit.chunk.procedureId === top.id), catalog, match.record) === top || (match.partial && outacted(top))) ? top : undefined;
  // The record that outnames it keeps to the level the question says, as the named one did.
  const carried = (rivalled ? levelSibling(rivalled, input.question, catalog) : undefined) ?? loosely ?? fuller ?? match?.record ?? byId(focusId);
  // A guess keeps to the level the question says ("quỹ do xã cấp phép"), as a name match does.
  const chosen = carried ?? (top ? levelSibling(guessRecord(input.question, hits, catalog, top), input.question, catalog) : undefined);
  if (!chosen) return undefined;
  // The aspect is read without the name: "mai táng phí … gửi cho ai" asks where, not the fee.
  // A name matched through the official words for everyday ones is taken out of the question read that way.
  const form = match?.phrase && !matchingForm(input.question).includes(` ${match.phrase} `) ? withOfficialWords(input.question) : matchingForm(input.question);
  // A guessed record's name said in part ("mai táng phí" of "Giải quyết chế độ mai táng phí …") asks nothing either.
  const own = match?.phrase ? aspectsAsked(withoutWords(form, match.phrase)) : carried ? [...input.aspects] : withoutNameAspects(form, chosen.name, input.aspects);
  // "Còn <another procedure> thì sao?" asks of it what the conversation asked (the analysis carries it).
  const aspects = own.length === 0 && followUp ? [...input.aspects] : own;
  // The conversation's procedure stays; one read from this question's words may give way to what its text says,
  // and one only guessed or named by an alias or part of its name to a sibling that knows what is asked.
  const loose = !carried || Boolean(match?.partial || match?.alias);
  const refined = focusId && chosen.id === focusId ? chosen : refineByContent(input.question, undeniedSibling(input.question, chosen, catalog), hits, catalog, aspects, loose);
  // The level the question says outweighs a sibling at another level that knows more: the commune's record answers
  // with what it states (its authority) rather than the province's procedure with the province's office.
  const record = refined !== chosen && levelSibling(refined, input.question, catalog) !== refined && levelSibling(chosen, input.question, catalog) === chosen ? chosen : refined;
  return { record, carried: Boolean(carried), aspects };
}

/** The top passage's procedure; if that record is outdated, a current one among the passages with a like name. */
function topProcedureId(hits: readonly SearchHit[], catalog: ProcedureCatalog): string | undefined {
  // A general answer (how to file anywhere) or a topic's routing entry may rank above the procedure the question
  // names: the first procedure passage still says which record a guess starts from; a plan passage first leaves none.
  const top = hits.find((hit) => hit.chunk.kind !== 'faq' && hit.chunk.kind !== 'routing')?.chunk;
  if (top?.kind !== 'procedure' || !top.procedureId) return undefined;
  const status = (id: string) => catalog.records.find((record) => record.id === id)?.status;
  if (status(top.procedureId) !== 'outdated') return top.procedureId;
  const namesake = hits.find((hit) => hit.chunk.procedureId && status(hit.chunk.procedureId) !== 'outdated' && sharedWords(hit.chunk.title, top.title) >= 0.6);
  return namesake?.chunk.procedureId ?? top.procedureId;
}

/**
 * The aspects asked of a guessed record, less those its own name's words ask when said alone ("mai táng phí" of
 * "Giải quyết chế độ mai táng phí …" asks no fee); an aspect the rest of the question asks stays.
 */
function withoutNameAspects(form: string, name: string, aspects: readonly ProcedureAspect[]): ProcedureAspect[] {
  const runs = sharedRuns(form, name);
  if (runs.length === 0) return [...aspects];
  // Only a run saying more than the asking words themselves is a name: "mai táng phí" still says "phí" without
  // "mai", while a bare "điều kiện" shared with a name ("… đủ điều kiện …") is still asked.
  const trimmed = (run: string) => [run.split(' ').slice(1).join(' '), run.split(' ').slice(0, -1).join(' ')];
  const named = new Set(runs.flatMap((run) => aspectsAsked(run).filter((aspect) => trimmed(run).some((part) => aspectsAsked(part).includes(aspect)))));
  const rest = aspectsAsked(runs.reduce((text, run) => withoutWords(text, run), form));
  return [...new Set([...aspects.filter((aspect) => !named.has(aspect) || rest.includes(aspect)), ...rest])];
}

/** The stretches (two words or more, longest first) of the question that the name says as written. */
function sharedRuns(form: string, name: string): string[] {
  const asked = form.trim().split(' ');
  const named = ` ${matchingForm(name).trim()} `;
  const runs: string[] = [];
  let start = 0;
  while (start < asked.length) {
    let end = start + 1;
    while (end < asked.length && named.includes(` ${asked.slice(start, end + 1).join(' ')} `)) end++;
    if (end - start >= 2) runs.push(asked.slice(start, end).join(' '));
    start = end - start >= 2 ? end : start + 1;
  }
  return runs.sort((left, right) => right.length - left.length);
}

/**
 * The question without the procedure's name: as written, or, when its words stood apart, each stretch of two name
 * words or more. A name word standing alone among others is the question's own ("được cấp giấy gì" beside
 * "trợ cấp", "Hà Nội" beside "nơi").
 */
export function withoutWords(text: string, phrase: string): string {
  if (text.includes(` ${phrase} `)) return text.replace(` ${phrase} `, ' ');
  const words = new Set(phrase.split(' '));
  const asked = text.trim().split(' ');
  const named = asked.map((word) => words.has(word));
  const inStretch = (index: number) => named[index] && (named[index - 1] === true || named[index + 1] === true);
  return ` ${asked.filter((_, index) => !inStretch(index)).join(' ')} `;
}

/** Share of the shorter title's words that the other title also has. */
function sharedWords(left: string, right: string): number {
  const words = (text: string) => new Set(matchingForm(text).trim().split(' '));
  const [a, b] = [words(left), words(right)];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return small.size === 0 ? 0 : [...small].filter((word) => large.has(word)).length / small.size;
}
