/** Numbers, percentages, dates, fees, deadlines and document numbers in a text, in a comparable form. */
import { foldDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { tokenize } from '../text/tokenize';

const DIGIT = /\p{N}/u;
const CITATION_MARK = /\[\d+\]/g;
// "Thành phần hồ sơ: 1. Đơn …; 2. Dự thảo …", "› 2. Mục tiêu", "3.2. Nhiệm vụ": list and section numbers
// order the text, they state nothing. Only 1–2 digit ordinals right after a line start, ":", ";", "(" or "›"
// and before a word count as such; "Điều 5", "đạt 95%" and "năm 2026." stay facts.
// A web address is a link, not a stated fact: its digits ("ma_thu_tuc=1.003918") are not checked.
const WEB_ADDRESS = /https?:\/\/\S+/gu;
const LIST_MARKER = /(^|[\n:;(›]\s*)(?:\d{1,2}\.)*\d{1,2}[.)](?=\s+\p{L})/gu;

/** One comparable form per fact: lower case, folded, dashes unified, trailing punctuation dropped. */
export function canonicalFact(token: string): string {
  return foldDiacritics(token.toLowerCase())
    .replace(/[–—]/g, '-')
    .replace(/[.,]+$/, '');
}

/** Every token that carries a digit (95%, 26/02/2026, 350/QĐ-TTg, 4.780, IV/2026), citation marks excluded. */
export function numericFacts(text: string): string[] {
  const cleaned = normalizeText(text).replace(WEB_ADDRESS, ' ').replace(CITATION_MARK, ' ').replace(LIST_MARKER, '$1');
  return [...new Set(tokenize(cleaned).filter((token) => DIGIT.test(token)).map(canonicalFact))];
}

/** The facts of `claim` that `source` does not contain. Leading zeros in day/month parts are forgiven (01/3/2026 = 1/03/2026). */
export function unsupportedFacts(claim: string, source: string): string[] {
  const { available, sourceDigits } = sourceFacts(source);
  return numericFacts(claim).filter((fact) => {
    if (available.has(fact) || available.has(withoutLeadingZeros(fact))) return false;
    // A fact glued differently (e.g. "2026-2030" vs "2026 - 2030") still counts when its digits appear in that order.
    const digits = digitSequence(fact);
    return !(digits.trim().length >= 4 && !/\p{L}/u.test(fact) && sourceDigits.includes(digits));
  });
}

// The guard reads every sentence against the passages it cites: sentences citing the same passages share one reading.
const readSources = new Map<string, { available: Set<string>; sourceDigits: string }>();

function sourceFacts(source: string): { available: Set<string>; sourceDigits: string } {
  let read = readSources.get(source);
  if (!read) {
    read = { available: new Set(numericFacts(source).flatMap((fact) => [fact, withoutLeadingZeros(fact)])), sourceDigits: digitSequence(source) };
    if (readSources.size >= 256) readSources.clear();
    readSources.set(source, read);
  }
  return read;
}

function withoutLeadingZeros(fact: string): string {
  return fact.replace(/(^|[/.-])0+(\d)/g, '$1$2');
}

function digitSequence(text: string): string {
  return ` ${canonicalFact(text).replace(/[^\p{N}]+/gu, ' ').trim()} `;
}
