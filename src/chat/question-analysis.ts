/** Reads what a question asks for: the kind of fact, a comparison, a task list, a procedure field, a follow-up. */
import { foldDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { isFunctionWord } from './term-weights';

export type WantedFact = 'percent' | 'deadline' | 'lead_agency' | 'partner_agency' | 'agency' | 'output' | 'document_number' | 'signer' | 'count' | 'budget' | 'category';

export type ProcedureField = 'fees' | 'processingTime' | 'receivingAgency' | 'agency' | 'dossier' | 'steps' | 'online' | 'legalBasis' | 'applicants' | 'result';

export interface QuestionAnalysis {
  /** Normalised question. */
  text: string;
  /** Folded, lower-cased, single-spaced: the form the patterns below read. */
  folded: string;
  wants: WantedFact[];
  /** Procedure fields asked for, in the order of PROCEDURE_FIELDS ("bao lâu, lệ phí bao nhiêu" → time and fee). */
  procedureFields: ProcedureField[];
  comparison: boolean;
  taskList: boolean;
  /** Short or anaphoric ("còn lệ phí thì sao?", "thủ tục đó…"): needs the conversation's focus. */
  followUp: boolean;
  /** Every province the question names, in the order of the detector's list. */
  provinces: string[];
}

const WANTS: Array<[WantedFact, RegExp]> = [
  ['percent', /\b(bao nhieu|may) ?(%|phan tram)|\bty le\b|\bphan tram\b|\bmuc nao\b|\bchi tieu\b/],
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

// Read on the folded question, so "mất bao lâu" and "mat bao lau" alike; "mất" alone is also "lost" (mất giấy phép).
const PROCEDURE_FIELDS: Array<[ProcedureField, RegExp]> = [
  ['fees', /\ble phi\b|\bphi\b|\bmat tien\b|\bbao nhieu tien\b|\bchi phi\b|\bmien phi\b|\bton (bao nhieu|tien)\b|\bdong (tien|bao nhieu)\b/],
  ['processingTime', /\bbao lau\b|\bmay ngay\b|\bbao nhieu ngay\b|\bthoi han giai quyet\b|\bthoi gian (giai quyet|xu ly|cho)\b|\bbao gio (co|nhan|xong)\b|\bkhi nao (co|nhan|xong)\b|\bmay hom\b/],
  ['receivingAgency', /\bnop (ho so )?(o|tai|cho|den) (dau|ai|co quan nao|noi nao)\b|\bo dau\b|\bnoi (nop|tiep nhan|nao)\b|\bnop cho ai\b|\bco quan tiep nhan\b|\b(di|den|lien he) dau\b|\bai tiep nhan\b/],
  ['agency', /\bco quan (nao|giai quyet|thuc hien|co tham quyen)\b|\bai (giai quyet|cap|quyet dinh|phe duyet|cong nhan)\b|\bthuoc tham quyen\b|\bdo (ai|co quan nao)\b|\bcap nao\b/],
  ['dossier', /\bho so\b.{0,60}\b(gom|can|nhung gi|nhung giay)\b|\b(can|chuan bi) (nhung )?(ho so|giay to)\b|\b(nop|lam) (nhung )?(ho so|giay to) (gi|nao)\b|\bho so (gi|nao|ra sao|the nao)\b|\bchuan bi (nhung )?gi\b|\bgiay to\b|\bthanh phan ho so\b|\bcan chuan bi\b|\bcan nhung gi\b|\bmang (theo )?(nhung )?gi\b/],
  ['online', /\btruc tuyen\b|\bonline\b|\bqua mang\b|\btren mang\b|\bdich vu cong\b|\bqua internet\b/],
  ['steps', /\btrinh tu\b|\bcac buoc\b|\bquy trinh\b|\blam the nao\b|\bcach (lam|thuc hien)\b/],
  ['legalBasis', /\bcan cu( phap ly)?\b|\bco so phap ly\b|\bvan ban (nao )?quy dinh\b|\btheo (luat|nghi dinh|thong tu|quy dinh|van ban) nao\b|\b(luat|nghi dinh|thong tu) nao\b/],
  ['applicants', /\bdoi tuong\b|\bai duoc\b|\bai co the\b/],
  ['result', /\bket qua (nhan|la gi)\b|\bnhan duoc gi\b/],
];

/** The procedure fields a folded question asks for, in the order of PROCEDURE_FIELDS. */
export function procedureFieldsOf(folded: string): ProcedureField[] {
  const text = spellOutChatShorthand(folded);
  const fields = PROCEDURE_FIELDS.filter(([, pattern]) => pattern.test(text)).map(([field]) => field);
  // "nộp trực tuyến/online" asks about online submission, not where to submit.
  // "nộp cho cơ quan nào" asks where to submit; only "cơ quan nào giải quyết" asks who decides.
  const asked = fields.includes('receivingAgency') ? fields.filter((field) => field !== 'agency') : fields;
  return asked.includes('online') ? asked.filter((field) => field !== 'receivingAgency') : asked;
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

// Chat shorthand: "mất bn ngày", "nộp onl dc ko".
const SHORTHAND: Array<[RegExp, string]> = [
  [/\bbn\b/g, 'bao nhieu'],
  [/\b(ko|hok)\b/g, 'khong'],
  [/\bdc\b/g, 'duoc'],
  [/\bonl\b/g, 'online'],
];

function spellOutChatShorthand(folded: string): string {
  return SHORTHAND.reduce((text, [pattern, spelled]) => text.replace(pattern, spelled), folded);
}

export function analyzeQuestion(question: string, detectProvinces: (text: string) => string[]): QuestionAnalysis {
  const text = normalizeText(question).trim();
  // "AI" is artificial intelligence, not the question word "ai" (who) once folded to lower case.
  const folded = spellOutChatShorthand(foldDiacritics(text.replace(/\bAI\b/g, 'trí tuệ nhân tạo')).toLowerCase().replace(/\s+/g, ' '));
  const wants = WANTS.filter(([, pattern]) => pattern.test(folded)).map(([fact]) => fact);
  const procedureFields = procedureFieldsOf(folded);
  const provinces = detectProvinces(text);
  const words = folded.split(' ').filter(Boolean).length;
  return {
    text,
    folded,
    wants,
    procedureFields,
    comparison: provinces.length >= 2 || COMPARISON.test(folded),
    taskList: TASK_LIST.test(folded) && /\b(chu tri|hoan thanh|phoi hop|nam \d{4})\b/.test(folded),
    followUp: ANAPHORA.test(folded) || words <= 4,
    provinces,
  };
}
