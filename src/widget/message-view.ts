/** Renders one stored message: user text, or an answer with chips, sources, procedure card, feedback, retry. */
import { AI_DISCLOSURE } from '../channels/ai-disclosure';
import type { Citation } from '../protocol/chat-events';
import type { StoredMessage } from './conversation-store';
import { createElement } from './create-element';
import { renderFeedbackControls, type SubmitFeedback } from './feedback-controls';
import { renderAnswer } from './render-answer';
import { renderCitationSource } from './render-citation-source';
import { renderProcedureCard } from './render-procedure-card';
import type { WidgetStrings } from './widget-strings';

export interface MessageViewContext {
  strings: WidgetStrings;
  apiOrigin: string;
  onRetry(message: StoredMessage): void;
  onFeedback(message: StoredMessage): SubmitFeedback;
}

/** Scrolls the message list just enough to show a newly opened source, without pushing its chip out of view. */
function revealInList(target: HTMLElement, chip: HTMLElement): void {
  const list = target.closest('.list');
  if (!list) return;
  const view = list.getBoundingClientRect();
  const hiddenBelow = target.getBoundingClientRect().bottom - view.bottom;
  const roomAboveChip = chip.getBoundingClientRect().top - view.top - 8;
  if (hiddenBelow > 0) list.scrollTop += Math.min(hiddenBelow, Math.max(0, roomAboveChip));
}

function typingIndicator(strings: WidgetStrings): HTMLElement {
  return createElement('div', { class: 'typing', role: 'img', 'aria-label': strings.typing }, [
    createElement('span'), createElement('span'), createElement('span'),
  ]);
}

export function renderMessage(message: StoredMessage, context: MessageViewContext): HTMLElement {
  const { strings } = context;
  if (message.role === 'user') {
    return createElement('div', { class: 'message user' }, [createElement('span', { class: 'sr' }, [strings.you]), message.text]);
  }
  const element = createElement('div', { class: 'message assistant' }, [createElement('span', { class: 'sr' }, [strings.assistant])]);
  if (message.notice) {
    element.append(message.text);
    return element;
  }
  if (message.status === 'failed') {
    element.classList.add('error');
    const retry = createElement('button', { type: 'button', class: 'pill' }, [strings.retry]);
    retry.addEventListener('click', () => context.onRetry(message));
    element.append(message.errorText ?? strings.networkError, createElement('div', { class: 'actions' }, [retry]));
    return element;
  }
  if (message.status === 'streaming' && message.text === '') {
    element.append(typingIndicator(strings));
    return element;
  }
  // One source box per message: clicking a chip shows its source there, clicking again hides it.
  const sourceSlot = createElement('div');
  let openChip: HTMLButtonElement | undefined;
  const showSource = (citation: Citation, chip: HTMLButtonElement): void => {
    openChip?.setAttribute('aria-expanded', 'false');
    if (openChip === chip) {
      openChip = undefined;
      sourceSlot.replaceChildren();
      return;
    }
    openChip = chip;
    chip.setAttribute('aria-expanded', 'true');
    sourceSlot.replaceChildren(renderCitationSource(citation, strings, context.apiOrigin));
    revealInList(sourceSlot, chip);
  };
  element.append(renderAnswer(message.text, message.citations, strings.citation, showSource), sourceSlot);
  if (message.procedure) element.append(renderProcedureCard(message.procedure, strings, context.apiOrigin));
  if (message.status === 'done') element.append(renderFeedbackControls(strings, message.rating !== undefined, context.onFeedback(message)));
  return element;
}

/** The first bubble: the portal's greeting, then the AI law's notice, which a portal cannot override away. */
export function renderGreeting(greeting: string): HTMLElement {
  return createElement('div', { class: 'message assistant' }, [greeting, createElement('p', { class: 'notice' }, [AI_DISCLOSURE])]);
}

export function renderSuggestions(strings: WidgetStrings, suggestions: string[], ask: (text: string) => void): HTMLElement {
  const container = createElement('div', { class: 'suggestions' }, [createElement('p', {}, [strings.suggestionsTitle])]);
  for (const suggestion of suggestions) {
    const button = createElement('button', { type: 'button', class: 'suggestion' }, [suggestion]);
    button.addEventListener('click', () => ask(suggestion));
    container.append(button);
  }
  return container;
}
