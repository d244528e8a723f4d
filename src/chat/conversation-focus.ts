/** Carries the procedure, province, topic and asked-for facts of a conversation into follow-up questions. */
import { procedureAspectSchema, type ProcedureAspect } from '../knowledge/procedure-aspect';
import { normalizeText } from '../text/normalize';
import { withoutShortAspectPhrases } from './aspect-words';
import { isWantedFact, withoutWantedWords, type QuestionAnalysis } from './question-analysis';
import { foldedSyllables, isFunctionWord } from './term-weights';

export interface ConversationFocus {
  procedureId?: string;
  province?: string;
  topic?: string;
  docId?: string;
  /** The facts and procedure aspects the last question asked for: "còn ở Lào Cai thì sao?" asks for them again. */
  wants?: string[];
  aspects?: string[];
  /** The section nouns of an overview question ("trách nhiệm gì"): "còn Sở Tài chính?" asks for that section too. */
  overview?: string[];
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
const FOLLOW_UP_WORDS = new Set('con the sao vay thi do nay tren roi vua noi ok uh'.split(' '));
// Head nouns and verbs that frame a question ("cơ quan nào", "hồ sơ nộp qua đâu", "hạn hoàn thành", "nhiệm vụ
// đó") without naming what it is about: with the question words and the asked-for facts they leave an elliptical
// question empty.
const FRAME = /\b(co quan|don vi|thu tuc|nhiem vu|ke hoach|van ban|ho so|giay to|nguoi|nop|qua|gom|dat|cap|muc tieu|chi tieu|muc|viec|han|hoan thanh|thuc hien|giai quyet|mat|bao|ra sao|nhu the nao|dau|nam|quy [ivx1-4]+|(19|20)\d\d)\b/g;
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
 * The syllables that say what a question is about: its folded form without the words that ask for a fact or a
 * procedure aspect, province names, question words, fillers and framing head nouns.
 */
export function subjectSyllables(analysis: QuestionAnalysis, provinceNames: readonly string[]): string[] {
  const tokens = withoutShortAspectPhrases(withoutWantedWords(analysis.folded)).replace(FRAME, ' ').split(' ').filter(Boolean);
  const inProvince = provinceWordIndices(tokens, provinceNames);
  return tokens.filter((token, index) => !inProvince.has(index) && !isFunctionWord(token) && !FOLLOW_UP_WORDS.has(token));
}

/** A question that points back with a demonstrative ("thủ tục đó", "nhiệm vụ này"). */
export function pointsBack(analysis: QuestionAnalysis): boolean {
  return DEMONSTRATIVE.test(analysis.text) || FOLDED_DEMONSTRATIVE.test(analysis.folded);
}

/** A question with no subject of its own ("thời hạn?", "Thái Nguyên đặt tỷ lệ bao nhiêu?"): it needs the conversation. */
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
 * The question as a follow-up reads it: one that asks for nothing of its own ("còn ở Lào Cai thì sao?") asks for
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

/** Focus recovered from the last user turn when the caller keeps only a transcript (OpenAI-style clients). */
export function focusFromHistory(
  history: ReadonlyArray<{ role: 'user' | 'assistant'; text: string }> | undefined,
  detectProvince: (text: string) => string | undefined,
  provinceNames: readonly string[],
): ConversationFocus | undefined {
  const last = [...(history ?? [])].reverse().find((turn) => turn.role === 'user');
  if (!last) return undefined;
  const province = detectProvince(last.text);
  return { ...(province ? { province } : {}), topic: topicOf(last.text, provinceNames) };
}
