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
  [/ ldtbxh /g, ' lao dong thuong binh va xa hoi '],
  [/ dvc /g, ' dich vu cong '],
  [/ nld /g, ' nguoi lao dong '],
  [/ (nc|nuoc) ngoai /g, ' nuoc ngoai '],
  [/ cty /g, ' cong ty '],
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
  [/ (tgian) /g, ' thoi gian '],
  [/ (dk|dky|dki) /g, ' dang ky '],
  [/ (xai|sd) /g, ' su dung '],
  [/ (wifi|wi fi) /g, ' mang khong day '],
  [/ snv /g, ' so noi vu '],
  [/ bnv /g, ' bo noi vu '],
  [/ cbccvc /g, ' can bo cong chuc vien chuc '],
  [/ cbcc /g, ' can bo cong chuc '],
  [/ qd /g, ' quyet dinh '],
  [/ lq /g, ' lien quan '],
  // Spoken short of "tìm kiếm việc làm", the records' wording.
  [/ tim viec (?!lam )/g, ' tim kiem viec lam '],
  [/ onl /g, ' online '],
  [/ kq /g, ' ket qua '],
  [/ tg /g, ' thoi gian '],
  [/ ntn /g, ' nhu the nao '],
  [/ j /g, ' gi '],
  [/ sdt /g, ' so dien thoai '],
];

// Everyday words for what the records name officially (folded): the official words are added beside them, never
// put in their place, so a pattern reading the everyday word still sees it. "mất" alone is also "died" or "takes".
const EVERYDAY: Array<[RegExp, string]> = [
  [/ (cong ty|doanh nghiep|chu su dung|noi lam viec|don vi) /, 'nguoi su dung lao dong'],
  [/ (thue|tuyen|nhan) (nguoi|lao dong) nuoc ngoai /, 'su dung nguoi lao dong nuoc ngoai'],
  [/ het han /, 'gia han'],
  [/ (lam mat|bi mat|danh mat|bi hong|hong|rach|bi rach) /, 'cap lai'],
  [/ (di bao|bao cao hang thang|bao (tim|viec)) /, 'thong bao'],
  [/ (moi|hang) thang /, 'hang thang'],
  [/ (cat|ngung|thoi) (tro cap|huong|chi tra) /, 'cham dut huong'],
  [/ bi dung /, 'tam dung'],
  [/ (huong|nhan|linh) (lai|tiep) /, 'tiep tuc huong'],
  [/ (nhan|linh) (tro cap|luong huu|tien) /, 'huong'],
  [/ rut (bao hiem xa hoi|bhxh|so) /, 'huong bao hiem xa hoi mot lan'],
  [/ 1 lan /, 'mot lan'],
  [/ (nghi viec|mat viec|bi duoi|cho nghi|thoi viec) /, 'cham dut hop dong lao dong'],
  [/ (xuat khau lao dong|xkld|di lao dong nuoc ngoai|di lam o nuoc ngoai|di lam nuoc ngoai) /, 'di lam viec o nuoc ngoai theo hop dong'],
  [/ (qua doi|tu vong|mat rui ro) /, 'chet'],
  [/ dong (bao hiem|bhtn|bhxh|tien bao hiem) /, 'tham gia'],
];

/** The official words for the everyday ones a text uses ("" when none): added to search queries and name matching. */
export function officialWordsFor(text: string): string {
  const form = matchingForm(text);
  return EVERYDAY.filter(([pattern]) => pattern.test(form)).map(([, official]) => official).join(' ');
}

/** matchingForm with the official words for its everyday ones after it. */
export function withOfficialWords(text: string): string {
  const extra = officialWordsFor(text);
  return extra ? `${matchingForm(text)}${extra} ` : matchingForm(text);
}

// The one contraction: matching patterns name the people's committee by its abbreviation.
const CONTRACTIONS: Array<[RegExp, string]> = [[/ uy ban nhan dan /g, ' ubnd ']];

/** Folded, lower-cased words, space-padded so patterns match whole words: " thu tuc thanh lap hoi ". */
export function foldedWords(text: string): string {
  return ` ${foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, ' ').trim()} `;
}

/** foldedWords with the short forms spelled out ("nop hs o dau" → "nop ho so o dau"). */
export function matchingForm(text: string): string {
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
