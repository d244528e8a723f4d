/**
 * Comparison: one target compared across provinces, one cited line per province (each from that province's own
 * best passages, searched apart so no province is crowded out), in the order the question names them; a province
 * without an answering passage gets its own "chưa tìm thấy" line instead of sinking the whole answer. A question
 * naming no province but asking "các tỉnh" compares every province held.
 */
import type { SearchHit } from '../../core/types';
import { foldDiacritics } from '../../text/fold';
import { composeSentences, factShapeOf, selectSentences, type ExtractiveContext } from '../extractive-answer';
import { PassageNumbering } from '../passage-numbering';
import { retrievalConfidence } from '../retrieval-confidence';
import { termProfile, type TermProfile } from '../term-weights';
import type { ComposeContext, Composer } from './composer';
import { extractiveContext, retrievalCoverage } from './coverage';

export const comparisonComposer: Composer = {
  name: 'comparison',
  async compose(context) {
    const { analysis } = context;
    // A procedure named with "tỉnh nào" ("hội hoạt động ở hai nơi thì báo sở của tỉnh nào") asks which province's
    // authority, not for the provinces' plans side by side.
    if (context.namedProcedure && analysis.provinces.length === 0 && !analysis.aboutPlan) return [];
    const named = analysis.provinces.length >= 2 ? analysis.provinces : analysis.comparison && analysis.provinces.length === 0 ? [...context.provinces] : [];
    // A province filter chosen by the user leaves one province: nothing to compare.
    const provinces = context.filters.province ? named.filter((province) => province === context.filters.province) : named;
    if (provinces.length < 2) return [];
    const numbering = new PassageNumbering();
    const compared = await compareProvinces(context, provinces, numbering);
    if (!compared) return [];
    return [{ kind: 'comparison', answer: compared.answer, passages: numbering.passages, score: Math.max(compared.confidence, retrievalCoverage(context)), long: true }];
  },
};

const INTRO = 'Theo kế hoạch của từng tỉnh:';
const PASSAGES_PER_PROVINCE = 3;
const RELATIVE_BAR = 0.8;

// The vocabulary of comparing ("khác nhau thế nào", "chênh nhau", "cả ba kế hoạch") is in no passage:
// left in, it lowers every province's coverage and a well-covered comparison is refused.
const COMPARISON_TERMS = new Set('so sanh khac nhau biet chenh lech giong the nao hai ba bon ca giua'.split(' '));

// A reference to the decision the plans implement names the plans being compared: every passage of those plans
// shares that reference, so matching it only finds each plan's opening sentence.
const DOCUMENT_REFERENCE = /(?:(?:hai|ba|bon|cac|ca)\s+)?(?:ke hoach\s+)?(?:trien khai\s+)?(?:thuc hien\s+)?(?:quyet dinh|qd|nghi quyet|ke hoach)\s*(?:so\s*)?\d+(?:\/[\w-]+)?/gu;

/** The question without the plan reference it names ("Quyết định 350"), diacritics kept. */
export function withoutDocumentReference(question: string): string {
  const text = question.normalize('NFC');
  // Folding char by char keeps offsets, so spans found on the folded text cut the original.
  const folded = [...text].map((char) => foldDiacritics(char).toLowerCase()).join('');
  if (folded.length !== text.length) return text;
  return text.replace(/[^]/gu, (char, offset: number) => (inSpans(offset, folded) ? ' ' : char)).replace(/\s+/gu, ' ').trim();
}

function inSpans(offset: number, folded: string): boolean {
  for (const match of folded.matchAll(DOCUMENT_REFERENCE)) if (offset >= match.index && offset < match.index + match[0].length) return true;
  return false;
}

/** The question's terms without the comparing words and plan reference: what each province's passage must cover. */
export function comparisonProfile(profile: TermProfile, question?: string): TermProfile {
  const kept = question === undefined ? undefined : termProfile(question);
  const comparing = (term: string) => term.split('_').every((part) => COMPARISON_TERMS.has(part));
  return {
    unigrams: profile.unigrams.filter((term) => !COMPARISON_TERMS.has(term) && (!kept || kept.unigrams.includes(term))),
    bigrams: profile.bigrams.filter((term) => !comparing(term) && (!kept || kept.bigrams.includes(term))),
  };
}

/** The comparison lines, or undefined when no province has an answering passage. */
async function compareProvinces(compose: ComposeContext, provinces: string[], numbering: PassageNumbering): Promise<{ answer: string; confidence: number } | undefined> {
  const question = compose.retrievalText;
  const query = withoutDocumentReference(question);
  const base = extractiveContext(compose);
  const context: ExtractiveContext = { ...base, profile: comparisonProfile(base.profile, query) };
  const factShape = factShapeOf(compose.analysis);
  const found: Array<{ province: string; hits: SearchHit[]; covered: number }> = [];
  for (const province of inQuestionOrder(provinces, question)) {
    // What a province's own documents say: national records hold in every province alike, so they tell none apart.
    const hits: SearchHit[] = await compose.retriever.retrieve(query, {
      k: PASSAGES_PER_PROVINCE,
      scopes: compose.scopes,
      province,
      kinds: ['text', 'table-row'],
      ...(compose.filters.docIds ? { docIds: compose.filters.docIds } : {}),
    });
    found.push({ province, hits, covered: retrievalConfidence(context.profile, hits.map((hit) => hit.chunk), context.weight).score });
  }
  const confidence = Math.max(0, ...found.map((entry) => entry.covered));
  // Once one province answers, the topic is in the sources: another province's passage a little below
  // the bar is its counterpart worded differently ("TTHC" for "thủ tục hành chính"), not an off-topic match.
  const bar = confidence >= compose.threshold ? compose.threshold * RELATIVE_BAR : compose.threshold;
  const lines: string[] = [];
  let answered = 0;
  for (const { province, hits, covered } of found) {
    // The province's best sentence, and the next one only when it comes from the same passage and adds a question term.
    const chosen = covered >= bar ? selectSentences(hits, context) : [];
    const best = chosen[0];
    if (!best) {
      lines.push(`- Chưa tìm thấy thông tin cho ${province} trong các tài liệu hiện có.`);
      continue;
    }
    answered++;
    // A table row reads subject first: "Nội dung: Tỷ lệ … hài lòng [n]. Mục tiêu: 95% [n].", not the figure alone.
    const shown = chosen.filter((sentence) => sentence.passage === best.passage).slice(0, 2).sort((left, right) => subjectFirst(left.label) - subjectFirst(right.label));
    lines.push(`- ${province}: ${composeSentences(shown, hits, numbering, context, factShape)}`);
  }
  if (answered === 0) return undefined;
  return { answer: [INTRO, ...lines].join('\n'), confidence };
}

const SUBJECT_COLUMN = /^(tên )?nhiệm vụ|^nội dung/iu;

function subjectFirst(label: string | undefined): number {
  return label && SUBJECT_COLUMN.test(label) ? 0 : 1;
}

/** Provinces in the order the question names them; unnamed ones (a "các tỉnh" question) after. */
function inQuestionOrder(provinces: string[], question: string): string[] {
  const folded = foldDiacritics(question).toLowerCase();
  const position = (province: string) => {
    const at = folded.indexOf(foldDiacritics(province).toLowerCase());
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return [...provinces].sort((left, right) => position(left) - position(right));
}
