/**
 * The kind of fact a question asks for (a rate, a period, an amount, a count, a form number, an age, a size, a
 * grade, or what happens when an obligation is missed) and whether a sentence states one: a question is answered by
 * the sentence holding the kind of fact asked, wherever in the record it stands. Patterns read matchingForm text.
 */
import { foldDiacritics } from '../text/fold';
import { matchingForm } from './vocabulary';

export type FactKind = 'percent' | 'period' | 'money' | 'count' | 'form' | 'age' | 'size' | 'grade' | 'consequence' | 'start';

const ASKED: Array<[FactKind, RegExp]> = [
  ['percent', /\b(bao nhieu|may) ?(%|phan tram)|\bty le\b|\bphan tram\b|\bmuc dong\b|(?<!\bdieu kien )\bdong ((hang|moi) (thang|quy|nam) )?(bao nhieu|(nhu )?the nao)\b|\btrich (bao nhieu|luong)\b|\bgiam (xuong )?(bao nhieu|con bao nhieu)\b/],
  ['period', /\bbao lau\b|\bmay (ngay|thang|nam|tuan)\b|\bbao nhieu (ngay|thang|nam|tuan)\b|\bthoi han (nao|bao lau)\b|\bhan chot\b|\bcham nhat\b|\bkhi nao (phai|thi phai)\b|\bthoi gian (toi thieu|it nhat)\b|\bmay thang lien\b|\b(khoang )?thoi gian (nao|bao lau)\b/],
  ['money', /\bbao nhieu tien\b|\bton (bao nhieu|tien)\b|\bmat (bao nhieu )?tien\b|\bmuc (tro cap|ho tro|huong|chi tra)\b|\b(phi|le phi) (la )?bao nhieu\b/],
  // "có bao nhiêu tỉnh" counts things; a span of time, an amount or a share is asked otherwise.
  ['count', /\bmay lan\b|\bbao nhieu lan\b|\bbao nhieu (nguoi|lao dong)\b|\bmay nguoi\b|\bco (bao nhieu|may) (?!(ngay|thang|nam|tuan|gio|tien|dong|phan tram|tuoi|lan|nguoi|ban|bo)\b)[a-z]+\b|\b(bao nhieu|may) (vong|buoc|giai doan|mon|bai thi)\b|\b(toi da|toi thieu|nhieu nhat|it nhat) (la )?(bao nhieu|may)\b(?! (ngay|thang|nam|tuan|tien|tuoi|phan tram)\b)/],
  ['form', /\bmau (so )?(may|nao|gi|bao nhieu)\b|\btheo mau\b|\bphu luc (nao|so may|may|gi)\b/],
  ['age', /\bdo tuoi\b|\bbao nhieu tuoi\b|\bmay tuoi\b|\btuoi nao\b/],
  // "Cỡ" folds to "có": only a photo's or a paper's size ("ảnh cỡ nào"), never a bare "có bao nhiêu".
  ['size', /\b(anh|hinh)\b.{0,20}\bco (bao nhieu|nao|gi)\b|\b(anh|hinh) (the|mau|chan dung|nop|dan|kem)\b.{0,80}\bco (bao nhieu|nao|gi)\b|\bkich (thuoc|co)\b/],
  ['grade', /\bbac (may|nao)\b|\btu bac\b/],
  // From when a procedure or rule applies ("áp dụng từ ngày nào", "bắt đầu thực hiện khi nào").
  ['start', /\b(bat dau|ap dung|thuc hien|hieu luc|trien khai)\b.{0,20}\b(tu )?(ngay nao|khi nao|bao gio|thoi diem nao|luc nao)\b|\btu (ngay|thoi diem|luc|nam) nao\b/],
  ['consequence', /\bthi sao\b|\bbi xu ly\b|\bbi (gi|sao)\b|\bco bi\b.{0,50}\bkhong\b|\bse bi\b|\bbi (cat|dung|tam dung|cham dut|thu hoi|huy)\b|\bkhong (den|di|nop|thong bao|nhan|bao)\b.{0,50}\b(thi|se)\b/],
];

// Tested on folded text with its punctuation ("mười (10) ngày", "30 (ba mươi) ngày", "4 cm x 6 cm", "1%").
const STATED: Record<FactKind, RegExp> = {
  percent: /\d ?%|\bphan tram\b/,
  period: /\d+\)?( \([a-z ]+\))? ?(ngay|thang|nam|tuan)\b|\b(mot|hai|ba|sau|muoi) (ngay|thang|nam)\b/,
  money: /\d[\d.,]* ?(dong|d\b|vnd|trieu)/,
  count: /\b\d+\)? ?(lan|nguoi|lao dong|vong|buoc|giai doan|mon)\b|\b(mot|hai|ba|bon|nam) (lan|vong|buoc|giai doan)\b|\b(vong|giai doan) \d\b|\d ?%|\b(toi da|toi thieu|khong qua) \d+/,
  form: /\bmau (so )?([a-z]{1,4} ?)?\d+|\bphu luc (so )?([ivx]+|\d+)\b/,
  age: /\d+\)? ?tuoi\b/,
  size: /\d+ ?(cm|mm|x ?\d)/,
  grade: /\bbac \d/,
  start: /\b(tu|ke tu)( ngay)? \d{1,2} ?\/ ?\d{1,2} ?\/ ?\d{4}/,
  consequence: /\btam dung\b|\bcham dut\b|\bthu hoi\b|\bkhong (duoc|con duoc) (huong|cap|xem xet|giai quyet)\b|\bbi (xu ly|phat|tu choi|huy)\b|\bkhong co nhu cau\b|\bcoi nhu\b|\bhuy bo\b|\bkhong du dieu kien\b/,
};

/**
 * The kinds of fact the question asks for, in the order above. With a procedure's name, words of that name
 * ask nothing: "khám giám định lại tỷ lệ tổn thương" names a procedure, it does not ask for a rate.
 */
export function askedFactKinds(question: string, name?: string): FactKind[] {
  const form = matchingForm(question);
  const named = name ? new Set(matchingForm(name).trim().split(' ')) : undefined;
  const asks = (index: number) => {
    if (!named) return ASKED[index]![1].test(form);
    for (const match of form.matchAll(ASKED_PHRASES[index]!)) if (match[0].trim().split(' ').some((word) => !named.has(word))) return true;
    return false;
  };
  return ASKED.filter((_, index) => asks(index)).map(([kind]) => kind);
}

/** The question without the words that ask for a kind of fact ("mấy ngày", "thì sao"). */
export function withoutFactWords(form: string): string {
  let rest = form;
  // A long match ("không báo cáo … thì") holds the question's own words: only the short asking phrases go.
  for (const pattern of ASKED_PHRASES) rest = rest.replace(pattern, (match) => (match.trim().split(' ').length <= MAX_ASKING_WORDS ? ' ' : match));
  return rest;
}

const ASKED_PHRASES = ASKED.map(([, pattern]) => new RegExp(pattern.source, 'g'));
const MAX_ASKING_WORDS = 4;

/** True when the sentence (any form) states a fact of this kind. */
export function statesFact(kind: FactKind, sentence: string): boolean {
  return STATED[kind].test(folded(sentence));
}

// Record sentences are tested again and again: their folded form is kept (bounded, cleared when full).
const FOLDED_LIMIT = 20_000;
const foldedSentences = new Map<string, string>();

function folded(sentence: string): string {
  let form = foldedSentences.get(sentence);
  if (form === undefined) {
    if (foldedSentences.size >= FOLDED_LIMIT) foldedSentences.clear();
    form = foldDiacritics(sentence.normalize('NFC')).toLowerCase();
    foldedSentences.set(sentence, form);
  }
  return form;
}
