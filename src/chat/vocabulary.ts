/**
 * The one matching vocabulary of the chat layer: how text is folded for matching (diacritics off, lower case,
 * words only, space-padded) and the short forms people type, spelled out. Every pattern in src/chat reads text
 * in this form.
 */
import { foldDiacritics } from '../text/fold';

// Short forms citizens and staff type (folded, whole words). The records and plans spell them out.
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/ gpld /g, ' giay phep lao dong '],
  [/ bhtn /g, ' bao hiem that nghiep '],
  [/ tctn /g, ' tro cap that nghiep '],
  [/ bhxh /g, ' bao hiem xa hoi '],
  [/ bhyt /g, ' bao hiem y te '],
  [/ bh /g, ' bao hiem '],
  [/ tthc /g, ' thu tuc hanh chinh '],
  [/ tnxp /g, ' thanh nien xung phong '],
  [/ cchn /g, ' chung chi hanh nghe '],
  [/ cstd /g, ' chien si thi dua '],
  [/ cccd /g, ' can cuoc cong dan '],
  [/ cds /g, ' chuyen doi so '],
  [/ khcn /g, ' khoa hoc cong nghe '],
  [/ m?vnah /g, ' ba me viet nam anh hung '],
  [/ ldtbxh /g, ' lao dong thuong binh va xa hoi '],
  [/ dvc /g, ' dich vu cong '],
  [/ nld /g, ' nguoi lao dong '],
  [/ (nc|nuoc) ngoai /g, ' nuoc ngoai '],
  [/ cty /g, ' cong ty '],
  [/ xkld /g, ' xuat khau lao dong '],
  [/ hdld /g, ' hop dong lao dong '],
  [/ nsdld /g, ' nguoi su dung lao dong '],
  [/ tnld /g, ' tai nan lao dong '],
  [/ bnn /g, ' benh nghe nghiep '],
  [/ ttdvvl /g, ' trung tam dich vu viec lam '],
  [/ dvvl /g, ' dich vu viec lam '],
  [/ ncc /g, ' nguoi co cong '],
  [/ tdkt /g, ' thi dua khen thuong '],
  [/ gcn /g, ' giay chung nhan '],
  [/ gp /g, ' giay phep '],
  // "nđ", "tt" before a number are a decree and a circular ("nđ 85/2023"); alone they may be anything.
  [/ nd (?=\d)/g, ' nghi dinh '],
  [/ tt (?=\d)/g, ' thong tu '],
  [/ dn /g, ' doanh nghiep '],
  [/ hs /g, ' ho so '],
  [/ bn /g, ' bao nhieu '],
  [/ (ko|hok|k|khg|hong) /g, ' khong '],
  // "kh" is both "không" and "kế hoạch". The yes/no particle "không" closes a question (only final particles may
  // follow it); the noun "kế hoạch" is followed by what it plans ("kh cds", "kh 2026").
  [/ kh( (a|ak|ah|vay|nhi|nhe|ta|ha|z))? $/g, ' khong$1 '],
  [/ kh /g, ' ke hoach '],
  [/ dc /g, ' duoc '],
  [/ (vs) /g, ' voi '],
  [/ (ng) /g, ' nguoi '],
  [/ trc /g, ' truoc '],
  [/ (bnhieu|bnh) /g, ' bao nhieu '],
  [/ bao (nhiu|nhieo|nhiêu) /g, ' bao nhieu '],
  [/ (tgian) /g, ' thoi gian '],
  [/ (dk|dky|dki) /g, ' dang ky '],
  [/ (xai|sd) /g, ' su dung '],
  [/ (wifi|wi fi) /g, ' mang khong day '],
  [/ snv /g, ' so noi vu '],
  [/ bnv /g, ' bo noi vu '],
  [/ tw /g, ' trung uong '],
  [/ cbccvc /g, ' can bo cong chuc vien chuc '],
  [/ cbcc /g, ' can bo cong chuc '],
  [/ qd /g, ' quyet dinh '],
  [/ cq /g, ' co quan '],
  [/ lq /g, ' lien quan '],
  // Spoken short of "tìm kiếm việc làm", the records' wording.
  [/ tim viec (?!lam )/g, ' tim kiem viec lam '],
  [/ onl /g, ' online '],
  [/ kq /g, ' ket qua '],
  [/ tg /g, ' thoi gian '],
  [/ ntn /g, ' nhu the nao '],
  // The spoken "như nào" is "như thế nào".
  [/ nhu nao /g, ' nhu the nao '],
  [/ j /g, ' gi '],
  [/ sdt /g, ' so dien thoai '],
];

// Everyday words for what the records name officially (folded), with the official wording each stands for. Name
// matching reads the question with them put in place; search and sentence matching get the official words added
// beside them, so a pattern reading the everyday word still sees it. "mất" alone is also "died" or "takes".
const EVERYDAY: Array<[RegExp, string]> = [
  [/ (cong ty|chu su dung|noi lam viec) /g, ' nguoi su dung lao dong '],
  [/ (thue|tuyen|nhan) (nguoi|lao dong) nuoc ngoai /g, ' su dung nguoi lao dong nuoc ngoai '],
  [/ het han /g, ' gia han '],
  // Bringing registered details up to date is, in the names, adjusting them ("điều chỉnh thông tin").
  [/ cap nhat( lai)? thong tin /g, ' dieu chinh thong tin '],
  // Asking for a licence or a certificate is having it issued: names say "cấp".
  [/ xin (giay phep|chung chi|giay chung nhan) /g, ' cap $1 '],
  [/ (giai tan|dep bo|xoa so) /g, ' giai the '],
  // Those founding a hội are its "ban vận động".
  [/ (nhom|ban) (sang lap|khoi xuong) /g, ' ban van dong '],
  // Two organizations made one: the names say "hợp nhất, sáp nhập".
  [/ (gop|nhap) (lai|chung|vao nhau)( (thanh|lam) mot)? /g, ' hop nhat sap nhap '],
  [/ (mo lai|hoat dong lai) /g, ' hoat dong tro lai '],
  [/ tay nghe /g, ' ky nang nghe '],
  [/ ba me anh hung /g, ' ba me viet nam anh hung '],
  [/ (?<!thanh )lap (hoi|quy) /g, ' thanh lap $1 '],
  [/ (lam mat|bi mat|danh mat|bi hong|bi rach|(lam |bi )?that lac) /g, ' cap lai '],
  [/ di bao /g, ' thong bao '],
  [/ moi (thang|nam|quy) /g, ' hang $1 '],
  // "ngưng" is a pause ("tạm dừng"); "cắt", "thôi" an end.
  [/ (cat|thoi) (huong )?tro cap /g, ' cham dut huong tro cap '],
  [/ (bi )?ngung (huong )?tro cap /g, ' tam dung huong tro cap '],
  [/ bi dung (huong )?/g, ' tam dung huong '],
  [/ tam ngung /g, ' tam dung '],
  // "hưởng lại" is also the người có công wording ("Hưởng lại chế độ ưu đãi"): both are kept.
  [/ (huong|nhan|linh|lanh) (lai|tiep) /g, ' tiep tuc huong huong lai '],
  // "lãnh" is the southern "lĩnh"; "tiền" of a benefit is the benefit itself ("tiền thất nghiệp").
  [/ (nhan|linh|lanh) (tien )?(tro cap|phu cap|luong huu) /g, ' huong $3 '],
  // Not "tiền mai táng": social insurance's "trợ cấp mai táng" and the người có công "mai táng phí" both are.
  [/ (nhan|linh|lanh) (tien )?that nghiep /g, ' huong tro cap that nghiep '],
  [/ tien that nghiep /g, ' tro cap that nghiep '],
  // … unless social insurance is named beside it ("tiền mai táng bên bảo hiểm").
  [/ tien mai tang (?=(.* )?bao hiem )|(?<= bao hiem .*) tien mai tang /g, ' tro cap mai tang '],
  [/ (nhan|linh|lanh|huong) (tien )?tuat /g, ' huong tro cap tuat '],
  [/ rut (so )?bao hiem xa hoi (mot lan )?/g, ' huong bao hiem xa hoi mot lan '],
  [/ 1 lan /g, ' mot lan '],
  [/ che do (om dau|tu tuat|mai tang|duong suc) /g, ' tro cap $1 '],
  [/ (huong|nhan|lanh|linh) (om dau|duong suc) /g, ' huong tro cap $2 '],
  [/ (nghi viec|mat viec|bi duoi|cho nghi|thoi viec) /g, ' cham dut hop dong lao dong '],
  [/ (xuat khau lao dong|xkld|di lao dong (o )?nuoc ngoai|di lam (o )?nuoc ngoai) /g, ' di lam viec o nuoc ngoai '],
  [/ (qua doi|tu vong) /g, ' chet '],
  // A hospital stay is inpatient treatment, the wording the sickness-benefit dossiers are split by.
  [/ (nam vien|nhap vien) /g, ' dieu tri noi tru '],
  // Giving birth is "thai sản" in every name of the benefits that follow it.
  [/ (sau khi sinh|sau sinh|sinh con xong|sau khi de|sau de) /g, ' sau thai san '],
  // Countries as the official pages transliterate them.
  [/ (new zealand|niu di lan) /g, ' niu di lan '],
  [/ (uc|australia|o xtray li a) /g, ' o xto ray li a '],
  // "đóng bảo hiểm" names paying in; "đang/đã/có đóng …" only describes the person asked about.
  [/ (?<!(?:dang|da|co|van|con|chua|khong) )dong (bao hiem|tien bao hiem) /g, ' tham gia bao hiem '],
  // Lighting incense at a martyr's grave is visiting it ("thăm viếng mộ"); a wrong birth year is personal data to amend.
  [/ (thap huong|vieng mo|tham mo) /g, ' tham vieng mo '],
  [/ (ghi sai|sai|sua|sua lai|dinh chinh) (nam sinh|ngay sinh|ho ten|que quan|thong tin ca nhan) /g, ' sua doi bo sung thong tin ca nhan '],
  // A new name is "đổi tên"; the rules of a hội or quỹ are its "điều lệ".
  [/ (lay|dat|doi sang) ten moi /g, ' doi ten '],
  [/ (sua|sua lai|sua doi|thay doi) (quy che|dieu le) /g, ' dieu le sua doi bo sung '],
];

// Said beside, never in place: names use these words themselves (doanh nghiệp dịch vụ, … cho thuê lại lao động).
// Thương binh, bệnh binh, liệt sĩ and their kin are people with meritorious service: names say "người có công".
const ALSO_CALLED: Array<[RegExp, string]> = [
  [/ doanh nghiep /g, ' nguoi su dung lao dong '],
  [/ (thuong binh|benh binh|liet si) /g, ' nguoi co cong '],
  // Papers proving who one is are, in the records' words, the identity card or the passport.
  [/ giay to (tuy than|ca nhan|chung minh nhan than) /g, ' can cuoc ho chieu '],
];

/** The official words for the everyday ones a text uses ("" when none): added to search queries and sentence matching. */
export function officialWordsFor(text: string): string {
  const form = matchingForm(text);
  const words: string[] = [];
  for (const [pattern, official] of [...EVERYDAY, ...ALSO_CALLED]) {
    for (const match of form.matchAll(pattern)) words.push(match[0].replace(new RegExp(pattern.source), official).trim());
  }
  return words.join(' ');
}

/** matchingForm with every everyday phrase replaced by its official wording, in place (for name matching). */
export function withOfficialWords(text: string): string {
  return remembered(officialForms, text, readOfficially);
}

function readOfficially(text: string): string {
  let form = matchingForm(text);
  // Applied twice: each match consumes its padding, so neighbours ("moi thang di bao") both change.
  for (let pass = 0; pass < 2; pass++) for (const [pattern, official] of EVERYDAY) form = form.replace(pattern, official);
  return form.replace(/\s+/g, ' ');
}

// The one contraction: matching patterns name the people's committee by its abbreviation.
const CONTRACTIONS: Array<[RegExp, string]> = [[/ uy ban nhan dan /g, ' ubnd ']];

/** Folded, lower-cased words, space-padded so patterns match whole words: " thu tuc thanh lap hoi ". */
export function foldedWords(text: string): string {
  return ` ${foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, ' ').trim()} `;
}

/** foldedWords with the short forms spelled out ("nop hs o dau" → "nop ho so o dau"). */
export function matchingForm(text: string): string {
  return remembered(matchingForms, text, readForMatching);
}

// The same question (and the same names) are read many times while one answer is chosen: the last readings are kept.
const FORMS_KEPT = 512;
const matchingForms = new Map<string, string>();
const officialForms = new Map<string, string>();

function remembered(forms: Map<string, string>, text: string, read: (text: string) => string): string {
  const known = forms.get(text);
  if (known !== undefined) return known;
  const form = read(text);
  if (forms.size >= FORMS_KEPT) forms.delete(forms.keys().next().value!);
  forms.set(text, form);
  return form;
}

function readForMatching(text: string): string {
  let form = spelledOut(text);
  for (const [pattern, contracted] of CONTRACTIONS) form = form.replace(pattern, contracted);
  return form;
}

/**
 * The folded words with every short form replaced by its spelling ("kh cds" → " ke hoach chuyen doi so "): the form
 * whose terms coverage and sentence scoring compare with the passages, which spell everything out. A short form
 * left in would count as a question term no passage can contain.
 */
export function spelledOut(text: string): string {
  let folded = foldedWords(text);
  // Applied twice so adjacent short forms (" hs bn ") both expand: each match consumes its padding.
  for (let pass = 0; pass < 2; pass++) for (const [pattern, spelled] of ABBREVIATIONS) folded = folded.replace(pattern, spelled);
  return folded.replace(/\s+/g, ' ');
}

/** The spelled-out forms a text's short forms stand for, to add to a search query ("" when there are none). */
export function spelledOutShortForms(text: string): string {
  const plain = foldedWords(text).split(' ');
  const spelled = matchingForm(text).split(' ');
  const added = spelled.filter((word) => word && !plain.includes(word));
  // The official words for everyday ones find the record's own wording too ("công ty" → "người sử dụng lao động").
  const official = officialWordsFor(text).split(' ').filter((word) => word && !plain.includes(word) && !added.includes(word));
  return [...added, ...official].join(' ');
}

/** True when the folded form of the text contains the pattern (patterns are written on matchingForm text). */
export function mentions(text: string, pattern: RegExp): boolean {
  return pattern.test(matchingForm(text));
}
