/** Carries the procedure, province, topic and asked-for facts of a conversation into follow-up questions. */
import { procedureAspectSchema, type ProcedureAspect } from '../knowledge/procedure-aspect';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { normalizeText } from '../text/normalize';
import { withoutShortAspectPhrases } from './aspect-words';
import type { ProcedureMatch } from './procedure-match';
import { isWantedFact, withoutWantedWords, type QuestionAnalysis } from './question-analysis';
import { foldedSyllables, isFunctionWord } from './term-weights';
import { matchingForm } from './vocabulary';

export interface ConversationFocus {
  procedureId?: string;
  province?: string;
  topic?: string;
  docId?: string;
  /** The facts and procedure aspects the last question asked for: "thế còn tỉnh X?" asks for them again. */
  wants?: string[];
  aspects?: string[];
  /** The section nouns of an overview question ("trách nhiệm gì"): "còn Sở Tài chính?" asks for that section too. */
  overview?: string[];
  /** The last question as understood (masked): "còn Sở Tài chính?" is that question about another body. */
  question?: string;
  /** The passage the last answer cited first: "năm 2022 thì sao?" asks it again. */
  passageId?: string;
}

export interface ResolvedQuestion {
  /** What retrieval searches for: the question, plus the focus topic when it is a follow-up. */
  retrievalText: string;
  /** Province named now, or carried from the focus on a follow-up. */
  province?: string;
  /** True when the question named no province and the focus supplied it. */
  provinceFromFocus: boolean;
  procedureId?: string;
  usedFocus: boolean;
  /** The follow-up names a subject of its own ("còn Sở Tài chính?"): it replaces the carried topic. */
  ownSubject?: boolean;
}

const TOPIC_WORDS = 14;
// Words that only make a follow-up a follow-up; they say nothing about the subject.
// ("nói" of "vừa nói" is left in: folded it is also the "nội" of "Nội vụ".)
const FOLLOW_UP_WORDS = new Set('con the sao vay thi do nay tren roi vua ok uh'.split(' '));
// Head nouns and verbs that frame a question ("cơ quan nào", "hồ sơ nộp qua đâu", "hạn hoàn thành", "nhiệm vụ
// đó") without naming what it is about: with the question words and the asked-for facts they leave an elliptical
// question empty.
const FRAME = /\b(co quan|don vi|thu tuc|nhiem vu|ke hoach|van ban|ho so|giay to|nguoi|nop|qua|gom|dat|cap|muc tieu|chi tieu|muc|viec|han|hoan thanh|thuc hien|giai quyet|mat|bao|ra sao|nhu the nao|dau)\b/g;
// A year or quarter narrows a question ("năm 2022 thì sao?") without giving it a subject.
const TIME = /\b(nam|quy [ivx1-4]+|(19|20)\d\d)\b/g;
/** A follow-up with more subject syllables than this names its own subject. */
const OWN_SUBJECT_SYLLABLES = 0;
// "thủ tục đó", "nhiệm vụ này", "giấy phép ấy": a noun pointing back at what was just discussed.
const DEMONSTRATIVE = /\S\s+(đó|này|ấy|nói trên|vừa rồi|vừa nói)(?=[\s?.,!]|$)/iu;
const FOLDED_DEMONSTRATIVE = /\b(thu tuc|ke hoach|van ban|nhiem vu|giay phep|chung chi|ho so|tinh) (do|nay|ay|tren|vua roi|vua noi)\b/;

/** The subject words of a question (original spelling), without provinces, question words or fillers. */
export function topicOf(question: string, provinceNames: readonly string[]): string {
  const words = normalizeText(question)
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter(Boolean);
  const inProvince = provinceWordIndices(words.map((word) => foldedSyllables(word).join(' ')), provinceNames);
  const kept = words.filter((word, index) => {
    const folded = foldedSyllables(word);
    return folded.length > 0 && !inProvince.has(index) && !folded.every((token) => isFunctionWord(token) || FOLLOW_UP_WORDS.has(token));
  });
  return kept.slice(0, TOPIC_WORDS).join(' ');
}

/**
 * The positions of words that spell a province's whole name: "Lào Cai" goes, the "lao" of "lao động" stays.
 * `words` are folded, one word (syllable) each.
 */
function provinceWordIndices(words: readonly string[], provinceNames: readonly string[]): Set<number> {
  const indices = new Set<number>();
  for (const name of provinceNames) {
    const parts = foldedSyllables(name);
    if (parts.length === 0) continue;
    for (let start = 0; start + parts.length <= words.length; start++) {
      if (parts.every((part, offset) => words[start + offset] === part)) for (let offset = 0; offset < parts.length; offset++) indices.add(start + offset);
    }
  }
  return indices;
}

/**
 * What a follow-up's evidence must cover: the question without its asking words (facts, aspects, framing nouns),
 * and the carried topic. "tỉnh X đặt mức nào?" after a question on online procedures is covered by
 * the row on online procedures, which never says "đặt tỷ lệ".
 */
export function followUpEvidenceText(question: string, topic: string | undefined): string {
  const own = withoutShortAspectPhrases(withoutWantedWords(` ${matchingForm(question).trim()} `)).replace(FRAME, ' ');
  const carried = topic ? matchingForm(topic) : '';
  return `${own} ${carried}`.replace(/\s+/g, ' ').trim();
}

/**
 * The syllables that say what a question is about: its folded form without the words that ask for a fact or a
 * procedure aspect, province names, question words, fillers and framing head nouns.
 */
export function subjectSyllables(analysis: QuestionAnalysis, provinceNames: readonly string[]): string[] {
  const tokens = withoutShortAspectPhrases(withoutWantedWords(analysis.folded)).replace(FRAME, ' ').replace(TIME, ' ').split(' ').filter(Boolean);
  const inProvince = provinceWordIndices(tokens, provinceNames);
  return tokens.filter((token, index) => !inProvince.has(index) && !isFunctionWord(token) && !FOLLOW_UP_WORDS.has(token));
}

/** The question's subject shares a word with this name ("mất giấy phép" and "Cấp lại giấy phép lao động"). */
export function sharesSubject(analysis: QuestionAnalysis, name: string, provinceNames: readonly string[]): boolean {
  const words = new Set(matchingForm(name).trim().split(' ').filter((word) => !isFunctionWord(word)));
  return subjectSyllables(analysis, provinceNames).some((syllable) => words.has(syllable));
}

/** A question that points back with a demonstrative ("thủ tục đó", "nhiệm vụ này"). */
export function pointsBack(analysis: QuestionAnalysis): boolean {
  return DEMONSTRATIVE.test(analysis.text) || FOLDED_DEMONSTRATIVE.test(analysis.folded);
}

/** A question with no subject of its own ("thời hạn?", "tỉnh X đặt mức nào?"): it needs the conversation. */
export function isElliptical(analysis: QuestionAnalysis, provinceNames: readonly string[]): boolean {
  return subjectSyllables(analysis, provinceNames).length === 0 || pointsBack(analysis);
}

export function resolveFollowUp(analysis: QuestionAnalysis, focus: ConversationFocus | undefined, provinceNames: readonly string[] = []): ResolvedQuestion {
  const named = analysis.provinces[0];
  if (!focus || !analysis.followUp) {
    return { retrievalText: analysis.text, province: named, provinceFromFocus: false, usedFocus: false };
  }
  // "Còn Sở Tài chính?" after a question about Công an tỉnh: the new subject replaces the old one, whose words
  // would pull the old subject's passages back; the document and province stay.
  const ownSubject = subjectSyllables(analysis, provinceNames).length > OWN_SUBJECT_SYLLABLES && !pointsBack(analysis);
  const pieces = [analysis.text];
  if (focus.topic && !ownSubject) pieces.push(focus.topic);
  return {
    retrievalText: pieces.join(' '),
    province: named ?? focus.province,
    provinceFromFocus: !named && Boolean(focus.province),
    procedureId: focus.procedureId,
    usedFocus: true,
    ...(ownSubject ? { ownSubject } : {}),
  };
}

/**
 * The question as a follow-up reads it: one that asks for nothing of its own ("thế còn tỉnh X?") asks for
 * what the previous question asked for.
 */
export function withCarriedAsks(analysis: QuestionAnalysis, focus: ConversationFocus | undefined): QuestionAnalysis {
  if (!focus || !analysis.followUp || analysis.wants.length > 0 || analysis.aspects.length > 0 || analysis.overview) return analysis;
  // The focus comes back from the session store: only names the analysis knows are carried.
  const aspects = (focus.aspects ?? []).flatMap((aspect): ProcedureAspect[] => {
    const parsed = procedureAspectSchema.safeParse(aspect);
    return parsed.success ? [parsed.data] : [];
  });
  const overview = focus.overview?.filter((noun) => typeof noun === 'string');
  return { ...analysis, wants: (focus.wants ?? []).filter(isWantedFact), aspects, ...(overview?.length ? { overview } : {}) };
}

/**
 * "thế cấp lại loại giấy đó?" while a work permit for one programme is discussed: of the records whose names hold
 * the words that named a procedure, the one closest to the procedure under discussion (most shared name words).
 * The plain match stands when no other record is closer.
 */
export function procedurePointedAt(match: ProcedureMatch, current: ProcedureRecord, records: readonly ProcedureRecord[]): ProcedureMatch {
  const words = (name: string) => new Set(matchingForm(name).trim().split(' '));
  const asked = match.phrase.split(' ').filter(Boolean);
  const discussed = words(current.name);
  const closeness = (record: ProcedureRecord) => [...words(record.name)].filter((word) => discussed.has(word)).length;
  let best = match.record;
  for (const record of records) {
    const name = words(record.name);
    if (asked.length > 0 && asked.every((word) => name.has(word)) && closeness(record) > closeness(best)) best = record;
  }
  return best === match.record ? match : { ...match, record: best };
}

// The heads of body names ("Sở …", "Công an tỉnh", "Văn phòng UBND tỉnh"), longest first, with their tone marks:
// "số" (digital) is no "Sở". Typed without any tone mark, a word matches a head by its folded form.
const BODY_HEADS = ['chi cục', 'tổng cục', 'văn phòng', 'trung tâm', 'công an', 'ủy ban nhân dân', 'ubnd', 'bảo hiểm xã hội', 'bhxh', 'ngân hàng nhà nước', 'kho bạc nhà nước', 'sở', 'bộ', 'ban', 'cục', 'thuế'].map((head) => head.split(' '));
// Where a body's name ends: the predicate or a question word begins ("Sở Nội vụ | chủ trì …", "Công an tỉnh | có …").
// ("tài" is not here: folded it is also "tại", and "Sở tài chính" is typed in lower case.)
const AFTER_NAME = new Set('co la chu phoi duoc phai can thuc trien giao nhan lam da se dang nhung cac nao gi sao ai dau o trong cua theo ve voi cho thi hay hoac ke nhiem trach bao mat'.split(' '));
const NAME_WORDS = 8;

/** The [start, end) word span of the first body name in the words, if any. */
function bodySpan(words: readonly string[]): [number, number] | undefined {
  const folded = words.map((word) => foldedSyllables(word).join(' '));
  const written = words.map((word) => normalizeText(word).toLocaleLowerCase('vi').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const isHead = (part: string, at: number) => written[at] === part || (written[at] === folded[at] && folded[at] === foldedSyllables(part).join(' '));
  for (let start = 0; start < words.length; start++) {
    const head = BODY_HEADS.find((parts) => parts.every((part, offset) => isHead(part, start + offset)));
    if (!head) continue;
    let end = start + head.length;
    // The name proper: words up to the predicate; "và" only between two parts of one name ("Khoa học và Công nghệ").
    // A capitalised word is always part of the name ("Ban Thi đua"); a lowercase one ends it if it starts a predicate.
    const ends = (at: number) => (AFTER_NAME.has(folded[at]!) && !/^\p{Lu}/u.test(words[at]!)) || (folded[at] === 'va' && !/^\p{Lu}/u.test(words[at + 1] ?? ''));
    while (end < words.length && end - start < NAME_WORDS && !ends(end)) {
      end++;
      if (/[,;:?.!]$/u.test(words[end - 1]!)) break;
    }
    if (end > start + head.length || head.length > 1) return [start, end];
  }
  return undefined;
}

/**
 * "Còn Sở Tài chính?" after "Công an tỉnh có trách nhiệm gì?": the previous question with the new body in the old
 * one's place, so it is analysed, searched and answered as a whole question. Undefined when the follow-up is more
 * than a body's name (with "còn", "thế/vậy", "thì sao") or the previous question names no body.
 */
export function withBodySwapped(question: string, previous: string | undefined): string | undefined {
  if (!previous) return undefined;
  const words = question.trim().split(/\s+/u);
  const frame = (word: string) => ['the', 'vay', 'con', 'thi', 'sao', 'the nao'].includes(foldedSyllables(word).join(' '));
  const span = bodySpan(words);
  if (!span || !words.slice(0, span[0]).every(frame) || !words.slice(span[1]).every(frame)) return undefined;
  const before = previous.trim().split(/\s+/u);
  const old = bodySpan(before);
  if (!old) return undefined;
  const name = words.slice(span[0], span[1]).join(' ').replace(/[?.!,;:]+$/u, '');
  const trailing = /[,;:?.!]+$/u.exec(before[old[1] - 1]!)?.[0] ?? '';
  return [...before.slice(0, old[0]), `${name}${trailing}`, ...before.slice(old[1])].join(' ');
}

/**
 * "thế còn tỉnh Y?" after a question naming province X: the previous question with the new province in the
 * old one's place. Undefined when the follow-up is more than a province (with "còn", "ở", "tỉnh", "thì sao") or
 * the previous question names no province or the same one.
 */
export function withProvinceSwapped(question: string, previous: string | undefined, provinceNames: readonly string[]): string | undefined {
  if (!previous) return undefined;
  const words = question.trim().split(/\s+/u);
  const frame = (word: string) => ['the', 'vay', 'con', 'o', 'tai', 'tinh', 'thi', 'sao', 'the nao', 'nhi'].includes(foldedSyllables(word).join(' '));
  const asked = provinceSpan(words, provinceNames);
  if (!asked || !words.slice(0, asked.start).every(frame) || !words.slice(asked.end).every(frame)) return undefined;
  const before = previous.trim().split(/\s+/u);
  const old = provinceSpan(before, provinceNames);
  if (!old || old.name === asked.name) return undefined;
  const trailing = /[,;:?.!]+$/u.exec(before[old.end - 1]!)?.[0] ?? '';
  return [...before.slice(0, old.start), `${words.slice(asked.start, asked.end).join(' ').replace(/[?.!,;:]+$/u, '')}${trailing}`, ...before.slice(old.end)].join(' ');
}

// A year or quarter as people write one: "năm 2027", "2027", "quý III", "quý 3/2027", "quý II năm 2026".
const WRITTEN_TIME = /(?<![\p{L}\p{N}])(?:quý\s+(?:iv|iii|ii|i|[1-4])(?:\s*\/\s*(?:19|20)\d{2}|\s+năm\s+(?:19|20)\d{2})?|(?:năm\s+)?(?:19|20)\d{2})(?![\p{L}\p{N}])/giu;
const TIME_FRAME = ['the', 'vay', 'con', 'thi', 'sao', 'the nao', 'nhi', 'trong', 'vao', 'den', 'han'];

/**
 * "Còn năm 2027 thì sao?" after a question about 2026: the previous question with the new year (or quarter) in
 * place of its last one of the same kind. Undefined when the follow-up is more than a time, or nothing to replace.
 */
export function withTimeSwapped(question: string, previous: string | undefined): string | undefined {
  if (!previous) return undefined;
  const asked = [...question.matchAll(WRITTEN_TIME)];
  if (asked.length !== 1) return undefined;
  const time = asked[0]!;
  const rest = `${question.slice(0, time.index)} ${question.slice(time.index! + time[0].length)}`.trim().split(/\s+/u).filter(Boolean);
  if (!rest.every((word) => TIME_FRAME.includes(foldedSyllables(word).join(' ')) || /^[?.!,]+$/u.test(word))) return undefined;
  const quarter = /^quý/iu.test(time[0]);
  // The year in a plan's name ("Kế hoạch chuyển đổi số năm 2026") names the plan; it is not the time asked about.
  const namesPlan = (at: number) => PLAN_NAMED.test(previous.slice(0, at)) && !DUE_BEFORE.test(previous.slice(0, at));
  const old = [...previous.matchAll(WRITTEN_TIME)].filter((match) => /^quý/iu.test(match[0]) === quarter && !namesPlan(match.index!)).at(-1);
  if (!old || old[0] === time[0]) return undefined;
  // "quý 4" after "quý II/2026" keeps the year; the new words take the case of the old place in the sentence.
  const year = quarter && !/\d{4}/u.test(time[0]) ? (/(\s*\/\s*|\s+năm\s+)(?:19|20)\d{2}$/u.exec(old[0])?.[0] ?? '') : '';
  const written = /^\p{Ll}/u.test(old[0]) ? time[0].charAt(0).toLocaleLowerCase('vi') + time[0].slice(1) : time[0];
  return `${previous.slice(0, old.index)}${written}${year}${previous.slice(old.index! + old[0].length)}`;
}
const PLAN_NAMED = /(kế hoạch|chương trình|đề án|giai đoạn)[^,:;?]{0,30}$/iu;
const DUE_BEFORE = /(xong|hoàn thành|hạn|trước|trong|đến)\s+[^,:;?]{0,12}$/iu;

/** The first province named in the words, by its whole folded name. */
function provinceSpan(words: readonly string[], provinceNames: readonly string[]): { start: number; end: number; name: string } | undefined {
  const folded = words.map((word) => foldedSyllables(word).join(' '));
  for (let start = 0; start < words.length; start++) {
    for (const name of provinceNames) {
      const parts = foldedSyllables(name);
      if (parts.length > 0 && parts.every((part, offset) => folded[start + offset] === part)) return { start, end: start + parts.length, name };
    }
  }
  return undefined;
}

/** Focus recovered from the last user turn when the caller keeps only a transcript (OpenAI-style clients). */
export function focusFromHistory(
  history: ReadonlyArray<{ role: 'user' | 'assistant'; text: string }> | undefined,
  detectProvince: (text: string) => string | undefined,
  provinceNames: readonly string[],
): ConversationFocus | undefined {
  const last = [...(history ?? [])].reverse().find((turn) => turn.role === 'user');
  if (!last) return undefined;
  const province = detectProvince(last.text);
  return { ...(province ? { province } : {}), topic: topicOf(last.text, provinceNames), question: last.text };
}
