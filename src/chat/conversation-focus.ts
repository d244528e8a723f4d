/** Carries the procedure, province and topic of a conversation into follow-up questions. */
import { normalizeText } from '../text/normalize';
import type { QuestionAnalysis } from './question-analysis';
import { foldedSyllables, isFunctionWord } from './term-weights';

export interface ConversationFocus {
  procedureId?: string;
  province?: string;
  topic?: string;
  docId?: string;
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
}

const TOPIC_WORDS = 14;
// Words that only make a follow-up a follow-up; they say nothing about the subject.
const FOLLOW_UP_WORDS = new Set('con the sao vay thi do nay tren roi vua noi ok uh'.split(' '));

/** The subject words of a question (original spelling), without provinces, question words or fillers. */
export function topicOf(question: string, provinceNames: readonly string[]): string {
  const provinceTokens = new Set(provinceNames.flatMap((name) => foldedSyllables(name)));
  const words = normalizeText(question)
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter(Boolean);
  const kept = words.filter((word) => {
    const folded = foldedSyllables(word);
    return folded.length > 0 && folded.every((token) => !provinceTokens.has(token)) && !folded.every((token) => isFunctionWord(token) || FOLLOW_UP_WORDS.has(token));
  });
  return kept.slice(0, TOPIC_WORDS).join(' ');
}

export function resolveFollowUp(analysis: QuestionAnalysis, focus: ConversationFocus | undefined): ResolvedQuestion {
  const named = analysis.provinces[0];
  if (!focus || !analysis.followUp) {
    return { retrievalText: analysis.text, province: named, provinceFromFocus: false, usedFocus: false };
  }
  const pieces = [analysis.text];
  if (focus.topic) pieces.push(focus.topic);
  return {
    retrievalText: pieces.join(' '),
    province: named ?? focus.province,
    provinceFromFocus: !named && Boolean(focus.province),
    procedureId: focus.procedureId,
    usedFocus: true,
  };
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
