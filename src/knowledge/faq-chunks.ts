/** Turns FAQ and routing entries into one retrieval chunk each. */
import type { ChunkDraft } from '../core/types';
import type { FaqEntry } from './faq-schema';
import { formatDate } from './procedure-text';
import type { RoutingEntry } from './routing-schema';

export function faqToChunkDrafts(entry: FaqEntry): ChunkDraft[] {
  const url = entry.sources.find((source) => entry.answerSources.includes(source.id) && source.url)?.url;
  const paraphrases = entry.paraphrases.length > 0 ? ` Câu hỏi tương tự: ${entry.paraphrases.join('; ')}.` : '';
  return [{
    docId: `faq:${entry.id}`,
    title: entry.question,
    section: `Hỏi đáp › ${entry.category} › ${entry.question}`,
    lineStart: 0,
    lineEnd: 0,
    scope: 'public',
    kind: 'faq',
    text: `Hỏi: ${entry.question}${paraphrases} Đáp: ${entry.answer} Ngày kiểm tra: ${formatDate(entry.verifiedAt)}.`,
    ...(url ? { url } : {}),
  }];
}

export function routingToChunkDrafts(entry: RoutingEntry): ChunkDraft[] {
  const url = entry.sources.find((source) => entry.answerSources.includes(source.id) && source.url)?.url;
  const since = entry.effectiveFrom === 'unknown' ? '' : ` từ ngày ${formatDate(entry.effectiveFrom)}`;
  return [{
    docId: `routing:${entry.id}`,
    title: entry.topic,
    section: `Chuyển hướng › ${entry.topic}`,
    lineStart: 0,
    lineEnd: 0,
    scope: 'public',
    kind: 'routing',
    fields: { 'Cơ quan trước đây': entry.formerBody, 'Cơ quan hiện nay': entry.currentBody, 'Trả lời': entry.answer },
    text: `${entry.topic} (${entry.keywords.join(', ')}). Cơ quan trước đây: ${entry.formerBody}. Cơ quan hiện nay${since}: ${entry.currentBody}. ${entry.answer} Ngày kiểm tra: ${formatDate(entry.verifiedAt)}.`,
    ...(url ? { url } : {}),
  }];
}
