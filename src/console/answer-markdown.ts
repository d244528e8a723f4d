/** An answer with its numbered sources as Markdown, for pasting into a report or a reply. */
import type { Citation } from '../protocol/chat-events';

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function answerMarkdown(question: string, answer: string, citations: Citation[]): string {
  const lines = [`**Hỏi:** ${escapeMarkdown(question)}`, '', answer.trim()];
  if (citations.length > 0) {
    lines.push('', '**Nguồn:**');
    for (const citation of citations) {
      const where = [citation.source.title, citation.source.section].filter(Boolean).map((part) => escapeMarkdown(part!)).join(' › ');
      const link = citation.source.url ? ` (${citation.source.url})` : '';
      lines.push(`${citation.n}. ${where}${link}`, `   > ${escapeMarkdown(citation.text.replace(/\s+/g, ' ').trim())}`);
    }
  }
  return lines.join('\n') + '\n';
}
