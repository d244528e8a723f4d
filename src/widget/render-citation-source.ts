/** Renders the source behind a citation chip: document title, section, quoted text and a safe link. */
import type { Citation } from '../protocol/chat-events';
import { createElement } from './create-element';
import { safeHttpUrl } from './safe-url';
import type { WidgetStrings } from './widget-strings';

const quoteLimit = 320;

export function renderCitationSource(citation: Citation, strings: WidgetStrings, baseUrl?: string): HTMLElement {
  const { source } = citation;
  const url = safeHttpUrl(source.url, baseUrl);
  const quote = citation.text.length > quoteLimit ? `${citation.text.slice(0, quoteLimit)}…` : citation.text;
  return createElement('div', { class: 'source', role: 'note' }, [
    createElement('p', { class: 'source-title' }, [`[${citation.n}] ${source.title}`]),
    source.section && createElement('p', { class: 'source-meta' }, [`${strings.section}: ${source.section}`]),
    source.province && createElement('p', { class: 'source-meta' }, [`${strings.province}: ${source.province}`]),
    quote && createElement('blockquote', {}, [quote]),
    url && createElement('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'link' }, [strings.openSource]),
  ]);
}
