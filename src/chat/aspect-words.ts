/** Which procedure aspects a question asks about, read on its matching form (see vocabulary.ts). */
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import { matchingForm } from './vocabulary';

// "mất" alone is also "lost" (mất giấy phép); "bao lâu" after "trước" asks when to file, not how long it takes.
const ASPECT_WORDS: Array<[ProcedureAspect, RegExp]> = [
  // Folded, "lao động" (worker) ends like "đóng" (pay), and a share ("bao nhiêu %") is a rate, not a fee.
  ['fee', /\ble phi\b|\bphi\b|\bmat tien\b|(?<!\b(?:duoc|huong|nhan|la) )\bbao nhieu tien\b|\bchi phi\b|\bmien phi\b|\bton (bao nhieu|tien)\b|(?<!\blao )\b(dong|tra|nop) (tien|bao nhieu(?! ?(%|phan tram))|phi)\b|\bphai tra\b|\bmat (dong|xu) nao\b/],
  ['filingWindow', /\bhan chot\b|\b(khoang )?(thoi gian|luc) nao truoc (khi|ngay)\b|\b(nop|bao|thong bao|dang ky|gui|bao cao)( \w+){0,3} trong (thoi han|khoang thoi gian) nao\b|\btruoc (bao lau|may ngay|bao nhieu ngay|ngay nao)\b|\btruoc (ngay|khi) \w+( \w+)? (bao lau|may ngay|bao nhieu ngay)\b|\bhan (nop|cuoi)\b|\bcham nhat\b|\btrong (vong|thoi han) (bao lau|may ngay|bao nhieu ngay)\b|\btrong (vong |thoi han )?(bao lau|may ngay|bao nhieu ngay) (thi )?phai (nop|bao|thong bao|dang ky|lam|gui)\b|\bsau bao lau (thi|phai) (nop|di|bao|thong bao)\b|\bphai (di|nop|thong bao|bao)\b.{0,30}\b(trong|truoc) (may|bao nhieu) ngay\b|\bphai( \w+){0,4} (nop|nop lai|tra|tra lai|thong bao|bao cao|gui|dang ky|thu hoi)\b.{0,50}\b(trong|truoc) (vong |thoi han )?(bao lau|may ngay|bao nhieu ngay)\b|\b(co|duoc) (bao lau|may ngay|bao nhieu ngay) de (nop|lam|bao|thong bao|dang ky|gui)\b|\bphai( \w+){0,2} (nop|thong bao|bao cao|dang ky|bao(?! hiem))\b.{0,40}\btrong (thoi han |vong )?bao lau\b|\bbao lau (thi )?phai (nop|bao|thong bao|dang ky|lam)\b|\b(phai )?(nop|lam|dang ky|bao)( \w+){0,4} (vao )?luc nao\b|\bphai (nop|lam|dang ky|thong bao|bao)( \w+){0,4} khi nao\b/],
  ['processingTime', /\bbao lau\b|\bmay ngay\b|\bbao nhieu ngay\b|\bthoi han giai quyet\b|\bthoi gian (giai quyet|xu ly|cho)\b|\bbao gio (thi )?(co|nhan|xong|duoc)\b|\bkhi nao (thi )?(co|nhan|xong)\b|\bmay hom\b|\bco ket qua\b/],
  ['submitWhere', /\b(nop|gui) (ho so |bao cao |van ban |don )?(o|tai|cho|den|toi|ve|qua) (dau|ai|co quan nao|noi nao)\b|\b(nop|gui|chuyen)( \w+){1,3} (len|ve|den|toi|cho|o|tai) (dau|ai|co quan nao|noi nao)\b|\b(gui|nop|lam) (ho so )?(ai|dau|co quan nao)\b|\bo dau\b|\bnoi (nop|tiep nhan|nao)\b|\b(nop|gui|bao cao|thong bao) (cho|voi|len) (ai|co quan nao)\b|\bco quan tiep nhan\b|\b(di|den|lien he) dau\b|\b(den|toi|lien he|ra) (co quan|noi|don vi|cho|bo phan) nao\b|\b(ai|co quan|don vi|bo phan|noi) (nao )?tiep nhan\b|\btren dau\b|\bcho nao\b|\bvao dau\b|\b(nop|gui|lam|bao|nhap|khai|dang ky) qua dau\b|\b(nop|gui)( \w+){0,8} (cho|o|tai|den|ve) (uy ban nhan dan|ubnd|so|phong|co quan|don vi|bo phan)( \w+){0,2} nao\b|\b(nop|lam|gui) (o|tai) (xa|tinh|bo phan|trung tam|so|ubnd|uy ban)\b/],
  ['agency', /\bco quan (nao|giai quyet|thuc hien|co tham quyen)\b|\bai (la nguoi )?(giai quyet|cap|quyet dinh|ra quyet dinh|ky quyet dinh|phe duyet|cong nhan|xet duyet|duyet|ky|chap thuan)\b|\bduoc ai (chap thuan|cho phep|phe duyet|cong nhan|dong y)\b|\b(don vi|co quan) nao (thuc hien|giai quyet|cap|quyet dinh|xu ly|tiep nhan|to chuc|xet|xet tuyen|tham dinh|phe duyet|cong nhan|chap thuan|cho phep)\b|\bthuoc tham quyen\b|\btham quyen (thuoc|cua|la)\b|\bai co tham quyen\b|\bai (tham dinh|xem xet|xu ly)\b|\bso nao (giai quyet|cap|quyet dinh|thuc hien|tiep nhan|xu ly)\b|\bbo nao\b|\bxin phep (ai|co quan nao)\b|\bthi xin ai\b|\bdo (ai|co quan nao)\b|\bcap nao\b|\b(ai|co quan nao|don vi nao|noi nao) (se |thi |moi )?(xu ly|giai quyet|thu ly)\b|\b(hoi dong|co quan|don vi|ai) (nao )?(kham|xet duyet|giam dinh|cham diem|danh gia)\b|\b(ben|phia|co quan|don vi|ai) (nao )?dung ra\b|\b(ben|phia) nao (thuc hien|to chuc|giai quyet|xet|cap|quyet dinh|phe duyet)\b/],
  ['dossier', /\bho so\b.{0,60}\b(gom|can|nhung gi|nhung giay)\b|\b(nop|kem|nop kem|gui kem) (them )?(nhung |cac )?(bao cao|van ban|ban sao|chung tu|ket qua|giay chung nhan|giay xac nhan|bien ban)( \w+){0,2} (gi|nao)\b|\b(can|nop|kem|chuan bi) (may|bao nhieu) (anh|tam anh|ban sao|ban chinh|bo)\b|^ ?(the |vay )?con (ve )?(ho so|giay to)( thi sao)? ?$|\b(can|chuan bi) (nhung )?(ho so|giay to)\b|\b(nop|lam) (nhung )?(ho so|giay to) (gi|nao)\b|\bho so (gi|nao|ra sao|the nao)\b|\bchuan bi (nhung )?gi\b|\bgiay to\b|\b(gui |nop )?kem (theo )?(nhung |cac )?(tai lieu|giay to|van ban|gi)\b|\bho so\b.{0,40}\b(nop|gui) kem\b|\btai lieu (gi|nao)\b|\b(nop|can|mang|chuan bi) (nhung )?giay (gi|nao)\b|\bthanh phan ho so\b|\bgiay (gi|nao)\b|\b(can |phai )?nop (nhung )?(gi|nhung gi)\b|\bkem( theo)? (nhung )?gi\b|\bkem( theo)? (nhung )?giay( to)? (gi|nao)\b|\bcan chuan bi\b|\bcan nhung gi\b|\bmang (theo )?(nhung )?gi\b|\bban sao\b|\b(may|bao nhieu) bo( ho so)?\b/],
  ['online', /\btruc tuyen\b|\bonline\b|\b(qua|bang|theo|nop) (nhung |cac )?(kenh|hinh thuc|cach) nao\b|\bkenh nao\b|\bqua mang\b|\btren mang\b|\bdich vu cong\b|\bqua internet\b|\bbuu (chinh|dien)\b|\btai nha\b|\bden truc tiep\b|\bco phai den\b|\bthu dien tu\b|\bemail\b|\b(tren|bang|qua) (dien thoai|app|ung dung)\b/],
  ['steps', /\btrinh tu\b|\bcac buoc\b|\bbuoc (dau tien|1|mot|tiep theo|cuoi cung|sau do)\b|\bquy trinh\b|\blam (nhu )?the nao\b|\bcach (lam|thuc hien)\b|\bcach thuc\b|\b(tien hanh|thuc hien) (ra sao|the nao|nhu the nao)\b|\blam sao de\b|\bthi (can |phai )+lam (nhung )?gi\b|\b(can|phai) lam (nhung )?gi de\b|\bnhung buoc nao\b|\bbi xu ly (the nao|ra sao)\b/],
  ['legalBasis', /\bcan cu( phap ly)?\b|\bco so phap ly\b|\bvan ban (nao )?quy dinh\b|\bquy dinh (o|tai) (van ban|dau)\b|\btheo (luat|nghi dinh|thong tu|quy dinh|van ban) nao\b|\b(luat|nghi dinh|thong tu|quyet dinh|van ban|phap lenh) nao\b/],
  ['eligibility', /\bkinh nghiem\b|\bkhi nao (thi )?(moi )?duoc\b|\bduoc (?!(?:nhan|cap|tra|giai quyet|co ket qua)\b)\w+( \w+){0,3} khi nao\b|\btruong hop (nhu the nao|the nao|nao)\b|\b(nao|the nao|nhu the nao) (thi )?moi (phai|duoc|can)\b|\bbao lau sau\b|\bsau bao lau (thi |moi )+duoc\b|\bbao lau (roi |thi )?moi (duoc|du)\b|\bit nhat\b.{0,30}\b(roi |thi )?moi (duoc|du)\b|\bai (co )?trach nhiem\b|\bai( \w+){0,10} cho (toi|ho|minh|em|nhan vien|cong nhan|nguoi lao dong)\b|\bdoi tuong\b|\bai (la nguoi )?(nop|dung ra|duoc nop|lam|thuc hien|ke khai|dang ky|khai)\b|\bnguoi (nop|de nghi) (ho so )?la ai\b|\b(nhung )?ai (thi |moi )?(duoc|co the)\b|\bdieu kien\b|\btieu chuan\b|\byeu cau (gi|nao)\b|\bdu dieu kien\b|(?<!\b(?:muon|xin|de) )\bduoc huong\b|\btoi thieu\b|\bphai (co|dap ung)\b|\bnhu the nao (thi )?(moi )?duoc\b|\bco duoc\b.{0,40}\bneu\b|\b(can|phai) (co )?(\w+ ){0,4}(gi|nhung gi) (thi )?moi (duoc|du)\b|\b(the nao|nhu the nao|ra sao) (thi )?(moi )?(duoc )?(coi|xem|xac dinh|cong nhan) la\b|\bthe nao (moi )?la\b/],
  ['result', /\bket qua\b.{0,30}\b(la gi|la van ban gi|gi)\b|\bket qua\b.{0,50}\b(la )?(giay to|giay|van ban|quyet dinh) (gi|nao)\b|\bket qua\b.{0,20}\b(ghi|the hien|cap nhat|luu|nam)\b.{0,10}\b(o dau|vao dau)\b|\b(nhan|tra) (duoc )?(giay|van ban|quyet dinh) (gi|nao)\b|\bduoc (nhan|cap|tra) (lai )?(giay|van ban)? ?(gi|nao)\b|\bket qua (nhan|la gi)\b|\bnhan duoc (nhung )?gi\b|\bnhan duoc (nhung )?(giay to|giay|van ban|quyet dinh) (gi|nao)\b|\bxong (thi )?duoc gi\b|\bduoc (nhan|cap) (nhung )?giay to (gi|nao)\b|\b(tra|cap|dua|giao) (lai )?(cho \w+( \w+)? )?(giay to|giay|van ban|quyet dinh) (gi|nao)\b|\bduoc cap (gi|nhung gi)\b|\bnhung bac nao\b|\bco (nhung )?bac nao\b/],
  ['code', /\bcong bo\b.{0,30}\b(quyet dinh|so may|nao)\b|\bma (so )?(thu tuc|tthc|thu tuc hanh chinh)\b|\bma (so )?(la )?(gi|bao nhieu|may|nao)\b|\bma (so )?cua (thu tuc|tthc)( \w+){0,3} (la )?(gi|bao nhieu|may|nao)\b|\bso hieu (cua )?thu tuc\b|\b(thu tuc|thu tuc hanh chinh) (co )?(ma )?so (may|bao nhieu|nao|gi)\b/],
  ['form', /\bmau (don|to khai|so|bieu|gi|nao)\b|\b(lam|viet|nop) don (gi|nao)\b|\b(dien|ghi|khai|viet) (nhung |cac )?(phieu|mau|to khai|don)( \w+){0,2} (gi|nao)\b|\b(phieu|mau|to khai) (gi|nao)\b|\bto khai\b|\bbieu mau\b|\bphu luc (nao|so may|may|gi)\b/],
];

// A long match ("hồ sơ thành lập hội gồm") spans the subject too; only short asking phrases are dropped.
export const dropShort = (match: string) => (match.trim().split(' ').length <= 5 ? ' ' : match);

/** A matching form without its short phrases that ask for a procedure aspect ("lệ phí", "bao lâu", "nộp ở đâu"). */
export function withoutShortAspectPhrases(form: string): string {
  return stripAspectPhrases(form, dropShort);
}

/** The aspects a question asks, in vocabulary order; a filing-window question is not also a processing-time one. */
export function aspectsAsked(text: string): ProcedureAspect[] {
  const form = matchingForm(text);
  let aspects = ASPECT_WORDS.filter(([, pattern]) => pattern.test(form)).map(([aspect]) => aspect);
  // "trong vòng mấy ngày thì có quyết định" asks how long the agency takes; only a duty ("phải nộp") is a window.
  const agencyActs = /\b(thi|se) (co|duoc|nhan)( duoc)? (ket qua|quyet dinh|giay|the)\b|\b(cham nhat|toi da) (la )?(bao lau|may ngay|bao nhieu ngay)( thi)? (co|duoc|nhan|tra)\b/;
  if (aspects.includes('filingWindow') && !/\bphai (nop|bao|thong bao|dang ky|lam|gui)\b|\bhan (chot|nop|cuoi)\b/.test(form) && agencyActs.test(form)) aspects = [...new Set([...aspects.filter((aspect) => aspect !== 'filingWindow'), 'processingTime' as const])];
  // Unless the agency's time is asked too, in a clause of its own ("… và bao lâu thì có sổ").
  if (aspects.includes('filingWindow') && !/\b(giai quyet|co ket qua|xu ly)\b|\b(bao lau|may ngay|bao nhieu ngay) (thi |se )?(co|nhan|duoc cap|duoc tra|xong)\b|\bmat (bao lau|may ngay|bao nhieu ngay)\b/.test(form)) aspects = aspects.filter((aspect) => aspect !== 'processingTime');
  // What one receives ("mức trợ cấp … bao nhiêu tiền", "được nhận bao nhiêu tiền") is an amount, not a fee one pays.
  if (aspects.includes('fee') && /\bmuc (tro cap|huong|ho tro|luong|chi tra)\b|\b(duoc|nhan|huong|linh) (duoc )?(bao nhieu|may) tien\b/.test(form) && !/\b(le )?phi\b/.test(form)) aspects = aspects.filter((aspect) => aspect !== 'fee');
  // "bao lâu sau mới được …" is a waiting time the conditions set, not how long the agency takes.
  // It may also be how long the agency takes once filed: both are said, the condition first.
  if (aspects.includes('eligibility') && aspects.includes('processingTime') && /\bbao lau sau\b|\bsau bao lau\b|\bkhi nao (thi )?(moi )?duoc\b|\bbao lau (roi |thi )?moi (duoc|du)\b|\bit nhat\b.{0,30}\b(roi |thi )?moi (duoc|du)\b/.test(form)) aspects = [...aspects.filter((aspect) => aspect !== 'processingTime'), 'processingTime' as const];
  // How long one must pay in before qualifying is a duration the conditions set, not how long the agency takes.
  if (aspects.includes('eligibility') && /\bbao lau (thi )?(moi )?du dieu kien\b/.test(form)) aspects = aspects.filter((aspect) => aspect !== 'processingTime');
  // "nộp cho cơ quan nào" asks where to submit; only "cơ quan nào giải quyết" asks who decides.
  // A paper handed back ("trả cho gia đình giấy tờ gì") is the result, not a paper to bring.
  if (aspects.includes('result') && (/\b(tra|cap|dua|giao|duoc nhan|duoc cap|nhan duoc) (lai )?(cho \w+( \w+)? )?(nhung )?giay( to)? (gi|nao)\b/.test(form) || /\bket qua\b.{0,50}\b(la )?(giay to|giay) (gi|nao)\b/.test(form)) && !/\b(nop|can|chuan bi|mang)\b/.test(form)) aspects = aspects.filter((aspect) => aspect !== 'dossier');
  // A paper to hand in that is itself a result ("nộp kèm kết quả giám định gì") is asked of the file.
  if (aspects.includes('result') && /\b(nop|kem)( \w+){0,2} ket qua\b/.test(form)) aspects = aspects.filter((aspect) => aspect !== 'result');
  // Where the result is recorded ("kết quả ghi ở đâu") is the result, not where to file.
  if (aspects.includes('result') && /\bket qua\b.{0,20}\b(ghi|the hien|cap nhat|luu|nam)\b.{0,10}\b(o dau|vao dau)\b/.test(form)) aspects = aspects.filter((aspect) => aspect !== 'submitWhere');
  // "tiếp nhận và giải quyết" asks both: who receives and who decides.
  if (aspects.includes('submitWhere') && !/\btiep nhan,? (va )?(giai quyet|xu ly|quyet dinh)\b|\b(giai quyet|xu ly),? (va )?tiep nhan\b/.test(form)) aspects = aspects.filter((aspect) => aspect !== 'agency');
  // "nộp trực tuyến/online" asks about the channel, not the place.
  if (aspects.includes('online')) aspects = aspects.filter((aspect) => aspect !== 'submitWhere');
  return aspects;
}

// Compiled once: both strippers run on every question.
const ASPECT_PHRASES = ASPECT_WORDS.map(([, pattern]) => new RegExp(pattern.source, 'g'));

function stripAspectPhrases(form: string, replacement: (match: string) => string): string {
  let rest = form;
  for (const pattern of ASPECT_PHRASES) rest = rest.replace(pattern, replacement);
  return rest.replace(/\s+/g, ' ');
}

/**
 * The question without the words that ask an aspect ("nộp ở đâu", "trước bao nhiêu ngày"): what names the
 * procedure. A long match ("hồ sơ đổi thẻ hội viên … cần") spans the subject: only its asking ends go.
 */
export function withoutAspectWords(text: string): string {
  return ` ${stripAspectPhrases(matchingForm(text), keepSubject).trim()} `;
}

const keepSubject = (match: string) => {
  const words = match.trim().split(' ');
  return words.length <= 5 ? ' ' : ` ${words.slice(2, -2).join(' ')} `;
};
