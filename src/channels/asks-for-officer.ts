/** Whether a message asks to speak with a person ("gặp cán bộ", "cho tôi nói chuyện với nhân viên"), on any channel. */
import { foldDiacritics } from '../text/fold';

// A verb of meeting or reaching, then (a few words later at most) a word for a human officer. Folded, so
// "gap can bo" typed without tone marks counts too. A question *about* officers has no such verb.
const VERB = '(?:gap|lien he|lien lac|noi chuyen|trao doi|ket noi|chuyen (?:cho|sang|toi|den|qua)|goi|hoi truc tiep)';
const PERSON = '(?:can bo|nhan vien|chuyen vien|nguoi that|tong dai vien|tu van vien|nguoi truc)';
const ASKS = new RegExp(`\\b${VERB}(?:\\s+\\S+){0,3}?\\s+${PERSON}\\b`);

export function asksForOfficer(message: string): boolean {
  const folded = foldDiacritics(message.normalize('NFC').toLowerCase()).replace(/\s+/g, ' ');
  // Short requests only: a long question that mentions an officer is still a question for the assistant.
  // "liên hệ cán bộ nào" asks which office to contact: a question the assistant answers, not a hand-off.
  return folded.length <= 120 && ASKS.test(folded) && !/\b(?:nao|o dau)\b/.test(folded);
}
