/** Per-answer feedback: 👍 hài lòng sends at once; 👎 không hài lòng asks for an optional reason first. */
import { createElement } from './create-element';
import type { WidgetStrings } from './widget-strings';

export type SubmitFeedback = (rating: 'up' | 'down', reason?: string) => Promise<boolean>;

export function renderFeedbackControls(strings: WidgetStrings, rated: boolean, submit: SubmitFeedback): HTMLElement {
  const container = createElement('div', { class: 'actions' });
  if (rated) {
    container.append(strings.feedbackThanks);
    return container;
  }
  const emoji = (symbol: string): HTMLElement => createElement('span', { 'aria-hidden': 'true' }, [symbol]);
  const up = createElement('button', { type: 'button', class: 'pill', 'aria-pressed': 'false' }, [emoji('👍 '), strings.feedbackUp]);
  const down = createElement('button', { type: 'button', class: 'pill', 'aria-pressed': 'false' }, [emoji('👎 '), strings.feedbackDown]);
  const status = createElement('span', { role: 'status' });
  container.append(createElement('span', {}, [strings.feedbackQuestion]), up, down, status);

  const finish = async (rating: 'up' | 'down', reason?: string): Promise<void> => {
    if (await submit(rating, reason)) {
      container.replaceChildren(strings.feedbackThanks);
    } else {
      status.textContent = strings.feedbackFailed;
    }
  };
  up.addEventListener('click', () => void finish('up'));
  down.addEventListener('click', () => {
    if (container.querySelector('.reason')) return;
    down.setAttribute('aria-pressed', 'true');
    const reason = createElement('textarea', { class: 'reason', maxlength: '500', 'aria-label': strings.feedbackReason, placeholder: strings.feedbackReason });
    const submitButton = createElement('button', { type: 'button', class: 'pill' }, [strings.feedbackSubmit]);
    submitButton.addEventListener('click', () => void finish('down', reason.value.trim() || undefined));
    container.append(reason, submitButton);
    reason.focus();
  });
  return container;
}
