/**
 * What a citizen wishes to do, told after the wish ("…, muốn chuyển hồ sơ trợ cấp"): what comes before it is the
 * circumstance ("đang làm hội viên, giờ muốn lập quỹ"). Asking to know ("muốn hỏi", "muốn biết") is
 * no wish for a procedure.
 */
import { matchingForm } from './vocabulary';

// Folded, "định" is also the "định" of "gia đình", "quy định": only "dự/đang/có định" intend. "Đề nghị" filed, sent
// or written ("nộp đề nghị", "mẫu đề nghị") is the paper, not a wish. "Để được" states the aim ("báo lại để được
// hưởng tiếp").
// "Giờ" (now) before what the citizen does next turns from what happened to what is wished ("bị cắt …, giờ báo lại").
const WISH = /\b(muon|(?:du|dang|co) dinh|can phai|de duoc|(?<!\b(?:nop|gui|lam|viet|mau|giay|van ban|don|to|ban|phieu) )de nghi|(?:bay )?gio(?= (?:toi |em |minh |chung toi )?(?:bao|xin|lam|nop|dang ky|thong bao)\b))\b(?! (hoi|biet|tim hieu|duoc tu van|xin hoi)\b)/g;

/** The matching form of the question from its last wish on, or undefined when it states none. */
export function wishedPart(question: string): string | undefined {
  const form = matchingForm(question);
  const wishes = [...form.matchAll(WISH)];
  if (wishes.length > 0) return ` ${form.slice(wishes.at(-1)!.index).trim()} `;
  // "Đang hưởng X thì hằng tháng phải …": what one is going through ("đang …") is the circumstance of what follows
  // "thì", when that says enough of its own.
  // The state may end at a comma too ("Tôi đang nhận X, tháng nào cũng phải …").
  // A death told next ("đang hưởng X thì mất") is the event the family asks about: names say it with the state.
  const then = form.match(STATE_THEN)?.[1] ?? question.normalize('NFC').match(STATE_CLAUSE)?.[1];
  if (then !== undefined && DEATH.test(matchingForm(then))) return undefined;
  const rest = then === undefined ? undefined : matchingForm(then).trim();
  return rest && rest.split(' ').length >= STATE_THEN_WORDS ? ` ${rest} ` : undefined;
}

const STATE_THEN = /^(?: \S+){0,4} dang(?: \S+){2,10}? thi (.+)$/;
const STATE_CLAUSE = /^(?:\S+\s+){0,4}(?:đang|dang)\s[^,.;?!]{3,80}[,;.]\s*(.+)$/iu;
const STATE_THEN_WORDS = 6;
const DEATH = /^ (mat|chet|qua doi|tu tran|tu vong|hy sinh)\b/;
