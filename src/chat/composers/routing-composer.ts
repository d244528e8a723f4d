/**
 * Topics whose competent body moved (knowledge/routing): a topic still ours is answered with where to go now; an
 * entry marked `referral` is another agency's matter and becomes a reasoned refusal naming that agency.
 */
import type { Chunk } from '../../core/types';
import type { ProcedureAspect } from '../../knowledge/procedure-aspect';
import type { ProcedureRecord } from '../../knowledge/procedure-schema';
import type { RoutingEntry } from '../../knowledge/routing-schema';
import { PassageNumbering } from '../passage-numbering';
import { composeRoutingAnswer } from '../routing-answer';
import { normalizeText } from '../../text/normalize';
import { namesHomeAffairsSubject } from '../other-agencies';
import { heldTopAnswers, listedByNamedRecord, opensWithAct } from '../own-paper';
import { mentionsPlan } from '../question-analysis';
import { wishedPart } from '../wish-clause';
import { guessedScore, heldOtherBodyRecord, nameBigrams, topProcedureRecord } from '../procedure-guess';
import { foldedWords, matchingForm } from '../vocabulary';
import type { Candidate, ComposeContext, Composer } from './composer';
import { retrievalCoverage } from './coverage';

/**
 * True when the question names one of the entry's keywords, as whole words: folded for a phrase, but a
 * one-syllable keyword only as written with its marks ("chùa" is not "chưa", which folds the same).
 */
export function namesRoutingEntry(entry: Pick<RoutingEntry, 'keywords'>, question: string, ownPairs: ReadonlySet<string> = new Set()): boolean {
  const text = matchingForm(question);
  const marked = markedWords(question);
  return entry.keywords.some((keyword) => {
    const folded = matchingForm(keyword).trim();
    if (folded.length === 0) return false;
    // "Hội người cao tuổi" names an association, whose đại hội or điều lệ is ours, not the sector's topic.
    if (folded.includes(' ') && !withoutAssociationNames(text, folded).includes(` ${folded} `)) return false;
    // A phrase typed with its marks is itself; folded, it must not be read out of one of our own phrases.
    return folded.includes(' ') ? marked.includes(markedWords(keyword)) || saysPhrase(text, folded, ownPairs) : marked.includes(markedWords(keyword));
  });
}

/** The folded text without each saying of the phrase that follows "hội" as the association's name. */
function withoutAssociationNames(text: string, phrase: string): string {
  return text.split(` hoi ${phrase} `).join(' hoi ');
}

/**
 * The folded phrase stands in the text as a phrase of its own: folded, "cao đài" is also the middle of "báo cáo đại
 * hội", where a word before it pairs with its first word as our names pair them ("báo cáo").
 */
function saysPhrase(text: string, phrase: string, ownPairs: ReadonlySet<string>): boolean {
  const words = text.trim().split(' ');
  const own = phrase.split(' ');
  for (let at = 0; at + own.length <= words.length; at++) {
    if (own.some((word, index) => words[at + index] !== word)) continue;
    const before = at > 0 ? `${words[at - 1]} ${own[0]}` : '';
    if (!ownPairs.has(before)) return true;
  }
  return false;
}

/** The question says one of the entry's keywords that opens with an act ("cấp lại thẻ …", "gia hạn thẻ …") as its wish. */
function namesAct(entry: Pick<RoutingEntry, 'keywords'>, question: string): boolean {
  // An act told before the wish is circumstance.
  const text = wishedPart(question) ?? matchingForm(question);
  return entry.keywords.some((keyword) => {
    const folded = matchingForm(keyword).trim();
    // A keyword opening with an act names what the citizen wants done there, not a paper in a file.
    return folded.includes(' ') && opensWithAct(folded) && text.includes(` ${folded} `);
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
const FILING_WITH_THE_SO = /\b(xin phep|nop( ho so)? (o|tai|cho|len|ve)|gui( ho so)? (cho|len|ve)|den|lien he) so noi vu\b/g;

export const routingComposer: Composer = {
  name: 'routing',
  compose(context) {
    const top = context.hits[0]?.chunk;
    const candidates: Candidate[] = [];
    for (const entry of context.routing) {
      // Another agency's matter is named in the clause asked about, not in the circumstances told before it.
      const named = namesRoutingEntry(entry, entry.referral ? context.analysis.subject : context.analysis.text, context.catalog ? nameBigrams(context.catalog) : undefined);
      const chunk = routingChunk(context, entry);
      const onTop = Boolean(chunk && top?.id === chunk.id);
      // A keyword inside a plan question ("phòng nội vụ" assigned a task) is not a question about where to go;
      // a plan word inside the keyword itself ("giao" of "tôn giáo") makes no plan question.
      // Asking leave of the Sở Nội vụ or filing with it ("nộp hồ sơ lên Sở Nội vụ") is about where to go.
      const planWords = mentionsPlan(withoutKeywords(context.analysis.folded, entry.keywords).replace(FILING_WITH_THE_SO, ' '));
      // A held province named makes a plan question, unless the question asks where to file or who decides.
      const filing = context.analysis.aspects.some((aspect) => FILING_ASPECTS.has(aspect));
      const aboutPlan = planWords || (context.analysis.provinces.length > 0 && (!entry.referral || !filing));
      if (entry.referral) {
        // Another agency's matter: named outside a plan question, or where the question is another sector's subject.
        // A procedure of that body whose official page we hold answers itself and says who carries it out.
        // A Nội vụ subject named beside another body's paper ("bản sao hộ chiếu" in a work-permit file) stays ours.
        // Unless the entry's keyword names the very act asked ("cấp lại thẻ bảo hiểm y tế … cho người có công").
        // So is another sector's paper that the procedure the question names lists in its own file.
        // So is one of its papers or details ("sai số CCCD lúc đăng ký BHXH") in a question the top procedure of ours,
        // held in full, answers by its own name — unless the keyword names the act asked.
        const ours = (namesHomeAffairsSubject(context.analysis.folded) && !namesAct(entry, context.analysis.text)) || (named && (listedPaper(context, entry) || detailOfHeldTop(context, entry)));
        if (named && !ours && (!aboutPlan || context.analysis.otherAgency) && !heldRecordOfOtherBody(context, entry)) candidates.push(referral(entry, chunk, asksWhereToGo(context, context.analysis.aspects.some((aspect) => aspect === 'agency' || aspect === 'submitWhere'))));
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

/** One of the entry's keywords the question says is a paper the named, top-ranked procedure's own record lists. */
function listedPaper(context: ComposeContext, entry: RoutingEntry): boolean {
  const catalog = context.catalog;
  if (!catalog) return false;
  return entry.keywords.some((keyword) => namesRoutingEntry({ keywords: [keyword] }, context.analysis.text) && listedByNamedRecord(context.analysis.text, keyword, context.hits, catalog));
}

/** One of the entry's keywords the question says, no act of its own, beside a name of the first-ranked procedure held in full. */
function detailOfHeldTop(context: ComposeContext, entry: RoutingEntry): boolean {
  if (namesAct(entry, context.analysis.text)) return false;
  return entry.keywords.some((keyword) => namesRoutingEntry({ keywords: [keyword] }, context.analysis.text) && heldTopAnswers(context, keyword));
}

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
 * aspect asked and says who carries it out, rather than a bare referral.
 */
function heldRecordOfOtherBody(context: ComposeContext, entry: RoutingEntry): boolean {
  const named = context.namedProcedure;
  // A procedure of ours the question names in full (name or alias) answers itself: "người khuyết tật" in a
  // question on an employer's unemployment-insurance rate is a detail, not the health sector's topic.
  if (named && !named.partial && named.record.detail === 'full') return true;
  // Otherwise only a record of the very body the entry refers to (a BHXH page for the BHXH entry), not of another.
  // Of the carriers only Bảo hiểm xã hội is a body ("trung ương" is a level, which a body's text may also say).
  const ofEntryBody = (record: ProcedureRecord) => heldOtherBodyRecord(record) && record.carriedOutBy === 'bảo hiểm xã hội' && foldedWords(entry.currentBody).includes(' bao hiem xa hoi ');
  // Social insurance named as the aim beside another sector's occasion ("nhận con nuôi để hưởng thai sản"): its page answers.
  const aim = (record: ProcedureRecord) => ofEntryBody(record) || (context.analysis.otherAgency?.id === 'social_insurance' && heldOtherBodyRecord(record) && record.carriedOutBy === 'bảo hiểm xã hội');
  if (named) return aim(named.record);
  const top = topProcedureRecord(context);
  return Boolean(top && context.catalog && aim(top) && guessedScore(context, top, context.catalog, []) >= context.threshold);
}

function routingChunk(context: ComposeContext, entry: RoutingEntry): Chunk | undefined {
  return context.retriever.documentChunks(routingDocId(entry))[0];
}

// Where or to whom ("ở đâu", "cơ quan nào", "cho ai", "liên hệ", "xin phép"): what a routing entry states. Its
// papers, steps or figures it does not, and a question asking for those is refused naming the body only.
const WHERE_TO_GO = /\b(o dau|noi nao|co quan nao|don vi nao|cap nao|cho ai|ai giai quyet|lien he|xin phep)\b/;

/** Asked where or to whom, and nothing beside it (a time limit, papers, a figure: "… ở đâu, mất bao lâu?") that we cannot state. */
function asksWhereToGo(context: ComposeContext, whereAsked: boolean): boolean {
  const otherFacts = context.analysis.aspects.some((aspect) => aspect !== 'agency' && aspect !== 'submitWhere' && aspect !== 'online');
  return (whereAsked || WHERE_TO_GO.test(context.analysis.folded)) && !otherFacts && !/\bbao nhieu\b/.test(context.analysis.folded);
}

/**
 * Another agency's matter. Asked where to take it, the entry's own sourced answer is the pointer, cited; asked a
 * fact of that sector (a benefit's amount, a coming change), nothing of ours states it: only the body is named.
 */
function referral(entry: RoutingEntry, chunk: Chunk | undefined, asked: boolean): Candidate {
  // Another sector's own procedure is refused as such: the pointer is said, nothing of ours is cited as the answer.
  const whereToGo = asked && !entry.outsideSector;
  return {
    kind: 'routing',
    answer: '',
    passages: chunk && whereToGo ? [chunk] : [],
    score: 1,
    refusal: { reason: 'other_agency', detail: whereToGo || entry.outsideSector ? { body: entry.currentBody, pointer: entry.answer } : { body: entry.currentBody } },
  };
}
