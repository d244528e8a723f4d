/** Sentences of a record's prose fields, and the ones that set a filing window or name a place to submit. */
import { foldForMatching } from './abolished-bodies';
import type { ProcedureRecord } from './procedure-schema';
import { isKnown } from './sourced';
import { bestByOverlap } from './term-overlap';

export interface SourcedSentence {
  text: string;
  source: string;
}

/** Splits on line breaks, "Bước n" runs (flattened pages) and full stops before a capital or a list mark. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.;:])\s+(?=Bước \d)|(?<=[^\s.]{2}[.!?])\s+(?=[\p{Lu}(\-+])/u)
    .map((sentence) => sentence.replace(/^[-+*•]\s*/u, '').trim())
    .filter((sentence) => sentence.length > 0);
}

/** Steps, conditions and description, sentence by sentence, each with the source it was read in. */
export function proseSentences(record: ProcedureRecord): SourcedSentence[] {
  const sentences: SourcedSentence[] = [];
  const seen = new Set<string>();
  const add = (text: string, source: string) => {
    for (const sentence of splitSentences(text)) {
      const key = foldForMatching(sentence);
      if (!seen.has(key)) sentences.push({ text: sentence, source });
      seen.add(key);
    }
  };
  if (isKnown(record.steps)) for (const step of record.steps.value) add(step, record.steps.source);
  if (record.conditions && isKnown(record.conditions)) add(record.conditions.value, record.conditions.source);
  if (record.description && isKnown(record.description)) add(record.description.value, record.description.source);
  return sentences;
}

/**
 * The sentences of the channel rows' descriptions, once each: where the time cell is empty ("N/A") a page often
 * states there what the applicant must do and by when ("Trước thời hạn 10 ngày làm việc … gửi báo cáo").
 */
function channelSentences(record: ProcedureRecord): SourcedSentence[] {
  if (!record.channels || !isKnown(record.channels)) return [];
  const { value: rows, source } = record.channels;
  const prose = new Set(proseSentences(record).map((sentence) => foldForMatching(sentence.text)));
  const seen = new Set<string>();
  const sentences: SourcedSentence[] = [];
  for (const row of rows) {
    if (row.description === 'unknown') continue;
    for (const sentence of splitSentences(row.description)) {
      const key = foldForMatching(sentence);
      if (!seen.has(key) && !prose.has(key)) sentences.push({ text: sentence, source });
      seen.add(key);
    }
  }
  return sentences;
}

// A span of time counted against an event: "trước (thời hạn) (ít nhất) 30 (ba mươi) ngày", "trong thời hạn 03 tháng kể từ",
// "chậm nhất 10 ngày", "trong vòng 7 ngày", "hằng tháng", "trước ngày".
const WINDOW = /\b(truoc|sau)( thoi han)?( it nhat| toi thieu| toi da)? \d+( \([a-z ]+\))? (ngay|thang|nam)|\btrong( thoi han| vong| thoi gian)? (\d+|[a-z]+ \(\d+\))( \([a-z ]+\))? (ngay|thang|nam)\b.*?\b(ke tu|tinh den|truoc)\b|\bcham nhat\b|\bhang thang\b|\btruoc ngay\b|\bnhung khong (it|qua) hon \d+ ngay/;
// The agency's own processing time, which is not a window the applicant must keep.
const PROCESSING = /\bke tu (ngay )?(nhan|tiep nhan) (du |duoc )?(ho so|van ban|de nghi)/;

export function isFilingWindow(sentence: string): boolean {
  const folded = foldForMatching(sentence);
  return WINDOW.test(folded) && !PROCESSING.test(folded);
}

/** Window sentences; with a question, those sharing the most words with it. */
export function filingWindowSentences(record: ProcedureRecord, question?: string): SourcedSentence[] {
  const candidates = [...proseSentences(record), ...channelSentences(record)].filter((sentence) => isFilingWindow(sentence.text));
  if (candidates.length <= 1 || !question) return candidates.slice(0, 4);
  // Asked by when to file ("hạn gửi hồ sơ là khi nào"), the window for filing comes before other duties
  // with a deadline (repaying, reporting back) that share more of the procedure's words.
  const filing = FILES.test(foldForMatching(question)) ? candidates.filter((candidate) => WINDOW_FILES.test(foldForMatching(candidate.text))) : [];
  const pool = filing.length > 0 ? filing : candidates;
  return bestByOverlap(question, pool.map((candidate) => candidate.text)).map((index) => pool[index]!).slice(0, 3);
}

// Handing in the file, the act a filing window is set for.
const FILES = /\b(nop|gui)( \S+){0,3} (ho so|to khai|don|van ban de nghi)\b/;
// … in the clause of the span of time itself, not in a later duty of the same step.
const WINDOW_FILES = new RegExp(`\\d+( \\([a-z ]+\\))? (ngay|thang|nam)\\b[^.;]{0,300}${FILES.source}`);

const SUBMIT = /\b(nop|gui|chuyen) (01 \(mot\) bo |mot bo |01 bo )?(ho so|van ban|to khai|de nghi|don)\b.*\b(toi|den|tai|cho|ve)\b|\btiep nhan ho so\b|\bnop .*\b(toi|den|tai)\b|\b(truy cap|dang nhap) (vao )?(san|cong|he thong|ung dung|trang)\b|\b(gui|nop) (ve |den |toi |cho |qua |len |tren )?(uy ban|ubnd|so|phong|co quan|bo phan|trung tam|bao hiem xa hoi|cong|he thong)\b/;

/** Step sentences that say where the file is handed in, or the portal one files on (used when no receiving office is on record). */
export function submitSentences(record: ProcedureRecord): SourcedSentence[] {
  return stepSentences(record, (sentence) => [sentence], SUBMIT);
}

/** Up to two step sentences (or parts of them) matching the pattern on their folded form, with the steps' source. */
function stepSentences(record: ProcedureRecord, parts: (sentence: string) => string[], pattern: RegExp): SourcedSentence[] {
  if (!isKnown(record.steps)) return [];
  const steps = record.steps;
  return steps.value
    .flatMap((step) => splitSentences(step))
    .flatMap(parts)
    .filter((sentence) => pattern.test(foldForMatching(sentence)))
    .slice(0, 2)
    .map((text) => ({ text, source: steps.source }));
}

// A step naming who signs the decision ("Giám đốc Sở Nội vụ ra quyết định …", "Chủ tịch … ký quyết định").
// Or an office holder or council who considers and grants ("Bộ trưởng Bộ Nội vụ xem xét và cấp Giấy phép").
// "cấp" of a level ("cấp xã", "cấp tỉnh") grants nothing.
// A body that examines the file and decides ("Sở Nội vụ tiến hành thẩm định hồ sơ, quyết định việc hỗ trợ") too.
const DECIDES = /\b(ra|ky|ban hanh) quyet dinh\b|\b(bo truong|chu tich|giam doc|thu truong|nguoi dung dau|hoi dong)\b.{0,80}\b(cap(?! (xa|tinh|huyen|trung uong|bo|co so)\b)|phe duyet|duyet|cong nhan|quyet dinh)\b|\b(so|bo|cuc|uy ban nhan dan|ubnd)\b[^.]{0,40}\b(tham dinh|xem xet)\b[^.]{0,30}\bquyet dinh\b/;

/** Step sentences that name who issues the decision: the precise answer to "ai ra quyết định". */
export function deciderSentences(record: ProcedureRecord): SourcedSentence[] {
  // A flattened step holds its items inline ("Bước 4: Sở …: - Ghép hồ sơ …; - Giám đốc Sở … ra quyết định …").
  return stepSentences(record, (sentence) => sentence.split(/(?<=[:;])\s*-\s+/u), DECIDES);
}
