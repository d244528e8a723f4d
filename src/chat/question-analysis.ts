/**
 * Question analysis, once: reads a question into a typed intent — the kind of fact, the procedure aspects, the
 * provinces (held or not), another sector's subject, a section overview wanted, a comparison, a task list, a
 * follow-up. Every later step reads the intent instead of re-reading the question.
 */
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import { normalizeText } from '../text/normalize';
import { aspectsAsked, dropShort } from './aspect-words';
import { otherAgencyOf, subjectClause, type OtherAgency } from './other-agencies';
import { provincesNamed, sameProvince } from './province-names';
import { isFunctionWord } from './term-weights';
import { matchingForm } from './vocabulary';

export type WantedFact = 'percent' | 'deadline' | 'lead_agency' | 'partner_agency' | 'agency' | 'output' | 'document_number' | 'signer' | 'count' | 'budget' | 'category';

export interface QuestionAnalysis {
  /** Normalised question. */
  text: string;
  /** The clause the question asks about, the circumstances told before it left out (see subjectClause). */
  subject: string;
  /** Folded, lower-cased, short forms spelled out, single-spaced: the form the patterns below read. */
  folded: string;
  wants: WantedFact[];
  /** Procedure aspects asked for ("bao lâu, lệ phí bao nhiêu" → processing time and fee). */
  aspects: ProcedureAspect[];
  comparison: boolean;
  taskList: boolean;
  /** Short or anaphoric ("còn lệ phí thì sao?", "thủ tục đó…"): needs the conversation's focus. */
  followUp: boolean;
  /** Every province the question names that the corpus holds, in the order of the detector's list. */
  provinces: string[];
  /** Provinces the question names whose documents the corpus does not hold. */
  unheldProvinces: string[];
  /** Another sector's subject (hộ tịch, cư trú, đất đai…) with no Nội vụ subject beside it. */
  otherAgency?: OtherAgency;
  /** A section as a whole is asked for ("những mục tiêu gì", "có những nhiệm vụ nào"): the headings' words to look for. */
  overview?: string[];
  /** Asks about a plan's content (tasks, targets, who is assigned) rather than a procedure. */
  aboutPlan: boolean;
}

const WANTS: Array<[WantedFact, RegExp]> = [
  ['percent', /\b(bao nhieu|may) ?(%|phan tram)|\bchiem (bao nhieu|may|ty le|ti le)\b|\bty le\b|\bphan tram\b|\bmuc nao\b|\bchi tieu\b/],
  ['deadline', /\bkhi nao\b|\bluc nao\b|\bthoi (han|gian|diem)\b|\bnam nao\b|\bbao gio\b|\bden nam\b|\bgiai doan nao\b|\blo trinh\b|\bxong\b|\bquy nao\b|\bhan chot\b/],
  ['lead_agency', /\bchu tri\b|\bdau moi\b|\bphu trach\b/],
  ['partner_agency', /\bphoi hop\b/],
  ['agency', /\b(co quan|don vi|so|phong|ban) nao\b|\bai\b/],
  ['output', /\bsan pham\b|\bket qua (dau ra|la gi)\b/],
  ['document_number', /\bso may\b|\bso bao nhieu\b|\b(quyet dinh|nghi quyet|ke hoach|to trinh|van ban|thong tu|nghi dinh) (nao|so may|so bao nhieu)\b|\bky ngay nao\b|\bphien ban\b/],
  ['signer', /\bai ky\b|\bnguoi ky\b|\bky (ke hoach|van ban|quyet dinh)\b/],
  ['count', /\bbao nhieu (du an|nhiem vu|cai|van ban|he thong|co so du lieu|thu tuc)\b|\bmay (du an|nhiem vu|cai)\b/],
  ['category', /\bloai (du an|hinh|nhiem vu|van ban)? ?(gi|nao)\b|\bthuoc loai\b/],
  ['budget', /\bkinh phi\b|\bngan sach\b|\btong (muc|von)\b|\bbao nhieu tien\b|\bvon\b/],
];

const WANTED_FACTS = new Set<string>(WANTS.map(([fact]) => fact));

export function isWantedFact(name: string): name is WantedFact {
  return WANTED_FACTS.has(name);
}

/** The folded question without the words that ask for a kind of fact ("khi nào", "chủ trì", "bao nhiêu %"). */
export function withoutWantedWords(folded: string): string {
  return WANTS.reduce((text, [, pattern]) => text.replace(new RegExp(pattern.source, 'g'), dropShort), folded).replace(/\s+/g, ' ');
}

const OPEN_SLOT = new Set(['dau', 'nao', 'gi', 'ai']);

/**
 * The bigrams just before the question word ("xac_thuc", "thuc_qua" in "xác thực qua đâu?"): where the asked-for
 * item stands in a sentence. None when a copula or filler comes first ("là gì" says nothing about where).
 */
export function slotTermsOf(syllables: readonly string[]): string[] {
  const at = syllables.findIndex((syllable, index) => OPEN_SLOT.has(syllable) && index >= 2);
  if (at < 0 || isFunctionWord(syllables[at - 1]!)) return [];
  const before = syllables.slice(Math.max(0, at - 3), at);
  return before.slice(1).map((syllable, index) => `${before[index]}_${syllable}`);
}

const COMPARISON = /\bso sanh\b|\bkhac nhau\b|\bkhac biet\b|\bchenh( lech| nhau)?\b|\bgiong nhau\b|\bcac tinh\b|\btinh nao\b|\bgiua\b.{0,40}\bva\b|\bca (hai|ba|bon) (tinh|ke hoach)\b/;
const TASK_LIST = /\b(nhung|cac|danh sach|liet ke)\b.{0,20}\bnhiem vu\b|\bnhiem vu nao\b/;
const ANAPHORA = /^(con|the con|vay con|vay thi|con ve)\b|\bthi sao\b|\bthe nao a\b|\b(thu tuc|ke hoach|van ban|nhiem vu|tinh) (do|nay|tren|vua roi|vua noi)\b|\bo do\b/;

// A section as a whole: "những mục tiêu gì", "các giải pháp nào", "mục đích … là gì", "định hướng … thế nào".
const SECTION_NOUN = '(muc dich|muc tieu|quan diem|giai phap|nhiem vu|trach nhiem|dinh huong|tam nhin|nhom|noi dung|yeu cau|chi tieu|to chuc thuc hien)';
const OVERVIEW = [
  new RegExp(`\\b(nhung|cac) ${SECTION_NOUN}( [a-z]+){0,4} (gi|nao)\\b`),
  new RegExp(`\\b${SECTION_NOUN}\\b( [a-z0-9]+){0,20} (la gi|gi|nao|the nao|ra sao|nhu the nao)\\b`),
  new RegExp(`\\b(chia|gom|co) ( ?[a-z]+){0,6} (nhung|cac) ${SECTION_NOUN}\\b`),
];
// "giao" as in assigning a task; folded, it is also the "giáo" of tôn giáo, giáo dục, giáo lý… and the "giao" of
// giao thông, giao dịch, giao kết, which are no plan words.
const ASSIGN = String.raw`(?<!\b(?:ton|cong|phat|tin lanh|truyen|thien chua|tam|ngoai|ban) )giao(?! (?:duc|thong|xu|hoi|ho|ly|luat|si|vien|trinh|khoa|an|dich|luu|tiep|ket|dat|hang|nhan|thoa)\b)`;
const PLAN_WORDS = new RegExp(String.raw`\b(ke hoach|quyet dinh 350|de an|${ASSIGN}|chu tri|phoi hop|muc tieu|nhiem vu|chi tieu|trien khai|chuyen doi so|phu luc|so noi vu)\b`);

/** Words of a plan question (a plan, a task assigned, a target) in a folded text. */
export function mentionsPlan(folded: string): boolean {
  return PLAN_WORDS.test(folded);
}

export function analyzeQuestion(question: string, detectProvinces: (text: string) => string[]): QuestionAnalysis {
  const text = normalizeText(question).trim();
  // "AI" is artificial intelligence, not the question word "ai" (who) once folded to lower case.
  const folded = matchingForm(text.replace(/\bAI\b/g, 'trí tuệ nhân tạo')).trim();
  const wants = WANTS.filter(([, pattern]) => pattern.test(folded)).map(([fact]) => fact);
  const aspects = aspectsAsked(folded);
  const provinces = detectProvinces(text);
  const unheldProvinces = provincesNamed(text).filter((name) => !provinces.some((held) => sameProvince(held, name)));
  const words = folded.split(' ').filter(Boolean).length;
  const otherAgency = otherAgencyOf(text);
  const subject = subjectClause(text);
  const overview = overviewWords(folded, text);
  return {
    text,
    subject,
    folded,
    wants,
    aspects,
    unheldProvinces,
    ...(otherAgency ? { otherAgency } : {}),
    ...(overview ? { overview } : {}),
    aboutPlan: mentionsPlan(folded),
    comparison: provinces.length >= 2 || COMPARISON.test(folded),
    taskList: TASK_LIST.test(folded) && /\b(chu tri|hoan thanh|phoi hop|nam \d{4})\b/.test(folded),
    followUp: ANAPHORA.test(folded) || words <= 4,
    provinces,
  };
}

/** The section nouns of an overview question, or undefined when it asks one fact (a number, a date, a body). */
function overviewWords(folded: string, text: string): string[] | undefined {
  if (!OVERVIEW.some((pattern) => pattern.test(folded))) return undefined;
  if (/\b(bao nhieu|may|khi nao|nam nao|bao gio|co quan nao|don vi nao|ai)\b/.test(folded)) return undefined;
  // "sở nào" asks one body; folded it is also "số nào" ("xã hội số nào"), which the tone marks, when typed, tell apart.
  if (/\bso nao\b/.test(folded) && !/\bsố nào\b/iu.test(text)) return undefined;
  return [...folded.matchAll(new RegExp(`\\b${SECTION_NOUN}\\b`, 'g'))].map((match) => match[1]!);
}
