/** An answer as Zalo text messages: the answer, then one "Nguồn: …" line per citation with its link, split at 2,000 characters. */
import type { Citation } from '../../protocol/chat-events';
import { splitMessage } from '../split-message';

/** The OA message API's limit for one text message. */
export const ZALO_TEXT_LIMIT = 2000;

export function sourceLines(citations: readonly Citation[]): string[] {
  return citations.map((citation) => {
    const { title, section, province, url } = citation.source;
    const place = [province, title, section].filter(Boolean).join(' — ');
    return `Nguồn [${citation.n}]: ${place}${url ? ` ${url}` : ''}`;
  });
}

export function zaloMessages(answer: string, citations: readonly Citation[]): string[] {
  const lines = sourceLines(citations);
  const text = lines.length > 0 ? `${answer.trim()}\n\n${lines.join('\n')}` : answer;
  return splitMessage(text, ZALO_TEXT_LIMIT);
}
