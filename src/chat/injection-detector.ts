/** Recognises attempts to override the assistant's instructions, extract its prompt or make it invent facts. */
import { foldDiacritics } from '../text/fold';

// Matched on folded, lower-cased text so "bo qua huong dan" and "Bỏ qua hướng dẫn" are the same attack.
const ATTACKS: RegExp[] = [
  /\b(bo qua|phot lo|quen|lo di|vut bo|huy bo|khong (can )?tuan theo|dung tuan theo)\b.{0,40}\b(huong dan|chi dan|chi thi|menh lenh|lenh|quy tac|quy dinh cua ban|vai tro|thiet lap|rang buoc|gioi han)/,
  /\b(ignore|disregard|forget|override)\b.{0,30}\b(instructions?|prompts?|rules|guidelines|above|previous|prior)\b/,
  /\bsystem ?prompt\b|\bprompt (he thong|goc|ban dau|an)\b|\b(cau lenh|loi nhac|chi dan|huong dan) (he thong|goc|ban dau|an)\b/,
  /\b(in|hien thi|tiet lo|cho (toi )?xem|lap lai|nhac lai|chep lai|xuat)\b.{0,30}\b(prompt|huong dan (cua ban|duoc giao)|chi dan cua ban|cau hinh cua ban)\b/,
  /\b(reveal|print|show|repeat)\b.{0,30}\b(prompt|instructions)\b/,
  /\b(tu (gio|bay gio|nay|day)|ke tu (gio|bay gio|nay)|bay gio|gio)\s*,?\s*(ban|may|em)\s+(la|se la|hay la|dong vai|phai)\b/,
  /\b(ban|may|em) (la|hay la|se la) (mot |1 )?(ai|tri tue nhan tao|chatbot|tro ly|mo hinh|hacker|chuyen gia)\b.{0,40}\b(khong (bi )?gioi han|tu do|khong kiem duyet|bat ky)/,
  /\b(hay )?dong vai\b|\bact as\b|\byou are now\b|\bpretend\b|\bjailbreak\b|\bdan mode\b|\bdeveloper mode\b|\bche do (nha phat trien|khong gioi han)\b/,
  /\b(bia ra|bia dat|tu bia|hay bia|tu che|nguy tao|lam gia)\b/,
  /\b(dung|khong|dung co) (dung|can|su dung|dua vao|can cu) (den |vao )?(tai lieu|nguon|van ban)\b/,
  /\b(hay|phai|cu) (tra loi|noi|khang dinh|xac nhan|viet) (rang|la)\b/,
  /\b(xam nhap|hack|tan cong|vuot (qua )?bao mat|danh cap)\b/,
];

/** True when the text tries to change the assistant's role or rules; used on questions and to neutralise passages. */
export function looksLikeInjection(text: string): boolean {
  const folded = foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');
  return ATTACKS.some((pattern) => pattern.test(folded));
}

/** Passage text with instruction-like sentences replaced: documents are data, so a planted order is never quoted or obeyed. */
export function withoutPlantedInstructions(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text
    .split(/(?<=[.!?;:])\s+|\n/)
    .map((sentence) => {
      if (!looksLikeInjection(sentence)) return sentence;
      removed++;
      return '[nội dung không phải thông tin hành chính đã được lược bỏ]';
    })
    .join(' ');
  return { text: removed > 0 ? cleaned : text, removed };
}
