/** Scores candidate sentences of retrieved passages by overlap with the question and by the fact it asks for. */
import type { Chunk } from '../core/types';
import { foldDiacritics } from '../text/fold';
import type { QuestionAnalysis, WantedFact } from './question-analysis';
import { splitSentences, wordCount } from './sentence-split';
import { termSet, type TermProfile } from './term-weights';

export interface CandidateSentence {
  /** The sentence as shown: prefixed with its agency heading ("Công an tỉnh: Chủ trì …") when it names none itself. */
  text: string;
  /** Index of the passage (hit) it comes from. */
  passage: number;
  /** Label when the sentence is one labelled column of a table row. */
  label?: string;
  score: number;
  /** Question terms it covers (for choosing a complementary second sentence). */
  covered: Set<string>;
}

export interface ScoringContext {
  analysis: QuestionAnalysis;
  profile: TermProfile;
  weight: (term: string) => number;
}

const LABEL_FOR: Partial<Record<WantedFact, RegExp>> = {
  lead_agency: /chu tri|dau moi/,
  partner_agency: /phoi hop/,
  // "Đơn vị thực hiện" names who does a task as "Cơ quan chủ trì" does.
  agency: /chu tri|co quan|don vi/,
  output: /san pham|ket qua/,
  deadline: /thoi (gian|han)|hoan thanh|tien do|nam/,
  budget: /kinh phi|tong|von|du toan/,
  percent: /chi tieu|muc tieu|ty le/,
  category: /loai/,
};

const FACT_SHAPES: Partial<Record<WantedFact, RegExp>> = {
  percent: /\d\s?%/,
  deadline: /\b(19|20)\d{2}\b|quý\s+[IV]+|\d{1,2}\/\d{4}|thường xuyên|hằng năm|hàng năm|khi .{0,20}ban hành/iu,
  lead_agency: /\b(Sở|Công an|UBND|Ủy ban|Ban|Văn phòng|Phòng|Trung tâm|Bộ)\s\p{Lu}?/u,
  partner_agency: /\b(Sở|Công an|UBND|Ủy ban|Ban|Văn phòng|Phòng|Trung tâm|Bộ)\s/u,
  agency: /\b(Sở|Công an|UBND|Ủy ban|Ban|Văn phòng|Phòng|Trung tâm|Bộ|người đứng đầu)\s?/u,
  document_number: /\d+\/(?:\d{4}\/)?[\p{Lu}Đ]|phiên bản \d/u,
  signer: /\b(CHỦ TỊCH|GIÁM ĐỐC|KT\.|TM\.)|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u,
  count: /\d/,
  budget: /\d+[.,]\d{3}|triệu|tỷ|đồng/u,
};

const AGENCY = /^(Sở|Công an|UBND|Ủy ban|Ban|Văn phòng|Phòng|Trung tâm|Bộ|Báo|Đài|Các sở|Hội|Liên đoàn|Mặt trận|Bưu điện|Kho bạc|Ngân hàng|Viettel|VNPT|Cục|Chi cục|Tỉnh|Người đứng đầu)(?=[\s,;:]|$)/u;
const CELLS_LINE = /^\(.*\s\|\s.*\)$/u;
const HEADING = /^(?:\d+|[IVX]+|[a-zđ])[.)]\s+(.{3,90})$/u;

/** A short numbered line naming an agency ("4. Công an tỉnh"): the subject of the bullets under it. */
function agencyHeading(line: string): string | undefined {
  const name = line.trim().match(HEADING)?.[1]?.replace(/[.:]+$/, '');
  if (!name || wordCount(name) > 12) return undefined;
  // Several bodies named together ("Các sở, ban ngành; UBND các xã, phường"): each part is a body, not a clause.
  return name.split(/;\s*/u).every((part) => AGENCY.test(part)) ? name : undefined;
}

/** Candidate sentences of one passage: labelled columns for table rows, split sentences otherwise. */
export function passageSentences(chunk: Chunk): Array<{ text: string; label?: string; bare?: string }> {
  if (chunk.fields && Object.keys(chunk.fields).length > 1) {
    return Object.entries(chunk.fields)
      .filter(([, value]) => value.trim())
      .map(([label, value]) => ({ text: `${label}: ${value.trim()}`, label }));
  }
  const sectionTail = chunk.section.split('›').pop()?.trim() ?? '';
  let heading = agencyHeading(sectionTail);
  const sentences: Array<{ text: string; bare?: string }> = [];
  for (const line of chunk.text.split('\n')) {
    const named = agencyHeading(line);
    if (named) {
      heading = named;
      continue;
    }
    // The closing "(a | b | c)" line repeats a table row's cells for matching; it is not a sentence to show.
    if (CELLS_LINE.test(line.trim())) continue;
    for (const sentence of splitSentences(line)) {
      if (sentence.text.includes('›')) continue;
      // Only a sentence that opens with an agency (or names its heading) has its own subject: "Chủ trì, phối hợp
      // với Sở Khoa học …" under "4. Sở Tài chính" is Sở Tài chính's task, not Sở Khoa học's.
      const hasAgency = AGENCY.test(sentence.text) || Boolean(heading && sentence.text.includes(heading));
      sentences.push(heading && !hasAgency ? { text: `${heading}: ${sentence.text}`, bare: sentence.text } : { text: sentence.text });
    }
  }
  return sentences;
}

export function scoreSentences(chunks: Chunk[], hitScores: number[], context: ScoringContext): CandidateSentence[] {
  const { analysis, profile, weight } = context;
  const queryTerms = [...profile.unigrams, ...profile.bigrams];
  const total = queryTerms.reduce((sum, term) => sum + weight(term), 0) || 1;
  const topScore = Math.max(...hitScores, Number.EPSILON);
  const wantsLabel = analysis.wants.some((fact) => LABEL_FOR[fact]);
  const wantsAgency = analysis.wants.some((fact) => fact === 'agency' || fact === 'lead_agency' || fact === 'partner_agency');
  const candidates: CandidateSentence[] = [];
  chunks.forEach((chunk, passage) => {
    const prior = 0.2 * ((hitScores[passage] ?? 0) / topScore) - 0.03 * passage;
    const rowTerms = termSet(`${chunk.text}\n${chunk.section}`);
    const rowRelevance = overlap(queryTerms, rowTerms, weight).score / total;
    const headingTerms = termSet(nearestHeadings(chunk.section));
    for (const sentence of passageSentences(chunk)) {
      // The agency heading put in front says who; it is evidence only when the question asks who or names it.
      const subject = sentence.bare ? foldLabel(sentence.text.slice(0, sentence.text.length - sentence.bare.length - 2)) : '';
      const terms = termSet(sentence.bare && !wantsAgency && !analysis.folded.includes(subject) ? sentence.bare : sentence.text);
      const { score, covered } = overlap(queryTerms, terms, weight);
      let relevance = score / total;
      // A prose sentence sits under its headings as a column sits in its row: "bảo đảm rõ người, rõ việc …" under
      // "2. Yêu cầu" answers "phần yêu cầu … bảo đảm gì". The heading's terms count, at a share.
      if (!sentence.label) relevance += (HEADING_SHARE * headingOnly(queryTerms, terms, headingTerms, weight)) / total;
      // A labelled column answers for its whole row: the row's overlap stands in for its own.
      if (sentence.label) relevance = wantsLabel ? 0.3 * relevance + 0.6 * rowRelevance : Math.max(relevance, 0.6 * rowRelevance);
      const words = wordCount(sentence.text);
      const lengthPenalty = 1 + 0.008 * Math.max(0, words - 30);
      let bonus = 0;
      for (const fact of analysis.wants) {
        const shape = FACT_SHAPES[fact];
        if (shape?.test(sentence.text)) bonus += 0.12;
        const label = LABEL_FOR[fact];
        if (sentence.label && label?.test(foldLabel(sentence.label))) bonus += rowRelevance >= 0.3 ? 0.25 : 0.08;
      }
      candidates.push({ text: sentence.text, passage, label: sentence.label, score: relevance / lengthPenalty + bonus + prior, covered });
    }
  });
  return candidates.sort((left, right) => right.score - left.score);
}

const HEADING_SHARE = 0.5;

/** The last two headings of a section path ("II. MỤC TIÊU › 2. Mục tiêu cụ thể › b) …"): the ones a sentence is under. */
function nearestHeadings(section: string): string {
  return section.split('›').slice(-2).join(' ');
}

/** Weight of the question terms the headings hold and the sentence itself does not. */
function headingOnly(queryTerms: string[], terms: Set<string>, headingTerms: Set<string>, weight: (term: string) => number): number {
  return queryTerms.reduce((sum, term) => sum + (headingTerms.has(term) && !terms.has(term) ? weight(term) : 0), 0);
}

function overlap(queryTerms: string[], terms: Set<string>, weight: (term: string) => number): { score: number; covered: Set<string> } {
  const covered = new Set<string>();
  let score = 0;
  for (const term of queryTerms) {
    if (!terms.has(term)) continue;
    covered.add(term);
    score += weight(term);
  }
  return { score, covered };
}

/** True when a table column's label is the kind of fact the question asks for ("Cơ quan chủ trì" for "ai chủ trì"). */
export function labelAnswers(label: string, wants: readonly WantedFact[]): boolean {
  return wants.some((fact) => LABEL_FOR[fact]?.test(foldLabel(label)));
}

function foldLabel(label: string): string {
  return foldDiacritics(label).toLowerCase();
}
