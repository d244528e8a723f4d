/** Per-answer feedback: hài lòng sends at once; không hài lòng asks for an optional reason first. */
import { createElement } from './create-element';
import { iconPaths, svgIcon } from './svg-icon';
import type { WidgetStrings } from './widget-strings';

export type SubmitFeedback = (rating: 'up' | 'down', reason?: string) => Promise<boolean>;

export function renderFeedbackControls(strings: WidgetStrings, rated: boolean, submit: SubmitFeedback): HTMLElement {
  const container = createElement('div', { class: 'actions' });
  if (rated) {
    container.append(strings.feedbackThanks);
    return container;
  }
  // SVG rather than 👍/👎: many desktops and kiosks have no emoji font and would draw empty boxes.
  const up = createElement('button', { type: 'button', class: 'pill', 'aria-pressed': 'false' }, [svgIcon(iconPaths.thumb), strings.feedbackUp]);
  const down = createElement('button', { type: 'button', class: 'pill', 'aria-pressed': 'false' }, [svgIcon(iconPaths.thumb, 'down'), strings.feedbackDown]);
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
