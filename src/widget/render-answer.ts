/** Renders answer text safely: plain text nodes plus numbered citation chips for [n] markers. */
import type { Citation } from '../protocol/chat-events';
import { splitAnswer } from './answer-segments';
import { createElement } from './create-element';

export function renderAnswer(
  text: string,
  citations: readonly Citation[],
  citationLabel: string,
  onCitation: (citation: Citation, chip: HTMLButtonElement) => void,
): HTMLElement {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  const container = createElement('div', { class: 'answer-text' });
  for (const segment of splitAnswer(text, new Set(byNumber.keys()))) {
    if (segment.kind === 'text') {
      container.append(segment.text);
      continue;
    }
    const citation = byNumber.get(segment.n);
    if (!citation) continue;
    const chip = createElement(
      'button',
      { type: 'button', class: 'chip', 'aria-expanded': 'false', 'aria-label': `${citationLabel} ${citation.n}: ${citation.source.title}` },
      [String(citation.n)],
    );
    chip.addEventListener('click', () => onCitation(citation, chip));
    container.append(chip);
  }
  return container;
}
