/** The record's own caveat on an aspect it leaves unknown ("Lệ phí do HĐND cấp tỉnh quy định…"), to say after "chưa có thông tin". */
import type { Chunk } from '../core/types';
import { foldDiacritics } from '../text/fold';
import { withMarker } from './extractive-answer';
import type { PassageNumbering } from './passage-numbering';
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import { splitSentences } from './sentence-split';
import { trimSentence } from './sentence-trim';

// What a caveat must speak of to belong to the aspect asked (folded).
const TOPIC: Partial<Record<ProcedureAspect, RegExp>> = {
  fee: /\b(le phi|phi)\b/,
  processingTime: /\b(thoi han|ngay lam viec)\b/,
  submitWhere: /\b(nop|tiep nhan)\b/,
  dossier: /\b(ho so|giay to)\b/,
  online: /\b(truc tuyen|dich vu cong)\b/,
};
const CAVEAT_WORDS = 30;

/** "Lưu ý: <the first caveat sentence on that aspect> [n]." or undefined when the record has none. */
export function caveatOn(field: ProcedureAspect, chunks: readonly Chunk[], numbering: PassageNumbering): string | undefined {
  const topic = TOPIC[field];
  if (!topic) return undefined;
  for (const chunk of chunks) {
    // Caveats sit between "Lưu ý: " and the status footer of the legal-basis passage.
    const notes = chunk.text.match(/Lưu ý: (.+?)(?= Tình trạng thông tin:|$)/su)?.[1];
    if (!notes) continue;
    const sentence = splitSentences(notes).find((candidate) => topic.test(foldDiacritics(candidate.text).toLowerCase()));
    if (!sentence) continue;
    const text = trimSentence(sentence.text.trim(), { maxWords: CAVEAT_WORDS, queryTerms: [], weight: () => 0 }).replace(/[.;]+$/u, '');
    return withMarker(`Lưu ý: ${text}`, numbering.number(chunk));
  }
  return undefined;
}
