/** Builds the widget's static DOM inside a shadow root: launcher, panel header, message list, form, footer. */
import { themeFor } from './colour-contrast';
import { createElement } from './create-element';
import type { WidgetConfig } from './widget-config';
import { iconPaths, svgIcon } from './svg-icon';
import { widgetStyles } from './widget-styles';

export interface WidgetShell {
  host: HTMLElement;
  shadow: ShadowRoot;
  root: HTMLElement;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  list: HTMLElement;
  form: HTMLFormElement;
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  newConversation: HTMLButtonElement;
  close: HTMLButtonElement;
  /** "Liên hệ cán bộ": opens a hand-off ticket for the conversation. */
  handoff: HTMLButtonElement;
  live: HTMLElement;
  /** The footer line with the conversation id, hidden until the server has assigned one. */
  reference: HTMLElement;
  referenceId: HTMLElement;
}

/** Constructable stylesheets are not subject to the page's style-src; <style> is the fallback. */
function applyStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetStyles);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(createElement('style', {}, [widgetStyles]));
  }
}

export function buildWidgetShell(config: WidgetConfig): WidgetShell {
  const { strings } = config;
  const host = createElement('tro-ly-ao-noi-vu' as 'div');
  // Open mode lets assistive tooling and tests see inside; page CSS still cannot reach in.
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  const theme = themeFor(config.primaryColour, '#b31b1b');
  const root = createElement('div', { class: config.position === 'bottom-left' ? 'root left' : 'root', lang: 'vi' });
  root.style.setProperty('--primary', theme.primary);
  root.style.setProperty('--on-primary', theme.onPrimary);
  root.style.setProperty('--accent', theme.accent);

  const launcher = createElement('button', { type: 'button', class: 'launcher', 'aria-label': strings.openLabel, 'aria-expanded': 'false', 'aria-controls': 'tlnv-panel', title: config.title }, [svgIcon(iconPaths.chat)]);
  const close = createElement('button', { type: 'button', class: 'icon', 'aria-label': strings.closeLabel, title: strings.closeLabel }, ['×']);
  const newConversation = createElement('button', { type: 'button', class: 'icon', 'aria-label': strings.newConversation, title: strings.newConversation }, ['↻']);
  const list = createElement('div', { class: 'list', role: 'region', 'aria-label': strings.conversationLabel, tabindex: '-1' });
  const input = createElement('textarea', { class: 'input', id: 'tlnv-input', rows: '1', maxlength: '1000', placeholder: strings.inputPlaceholder, 'aria-label': strings.inputLabel, enterkeyhint: 'send' });
  const send = createElement('button', { type: 'submit', class: 'send' }, [strings.send]);
  const form = createElement('form', { class: 'form' }, [input, send]);
  const live = createElement('div', { class: 'sr', 'aria-live': 'polite', role: 'status' });
  const contactLabel = config.hotline ? `${strings.hotline} ${config.hotline}` : strings.contactPage;
  const handoff = createElement('button', { type: 'button', class: 'link handoff' }, [strings.contact]);
  // The id is what an admin looks up to export or erase the conversation; no translation, one click selects it.
  const referenceId = createElement('span', { class: 'ref-id', translate: 'no' });
  const reference = createElement('p', { class: 'ref', hidden: '' }, [strings.conversationReference, ' ', referenceId]);

  const panel = createElement('div', { class: 'panel', id: 'tlnv-panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'tlnv-title', hidden: '' }, [
    createElement('div', { class: 'header' }, [
      config.logoUrl && createElement('img', { class: 'logo', src: config.logoUrl, alt: '' }),
      createElement('div', { class: 'heading' }, [
        createElement('h2', { class: 'title', id: 'tlnv-title' }, [config.title]),
        config.agency && createElement('p', { class: 'agency' }, [config.agency]),
      ]),
      newConversation,
      close,
    ]),
    list,
    form,
    createElement('div', { class: 'footer' }, [
      createElement('p', {}, [handoff]),
      config.contactUrl && createElement('p', {}, [createElement('a', { class: 'link', href: config.contactUrl, target: '_blank', rel: 'noopener noreferrer' }, [contactLabel])]),
      createElement('p', {}, [strings.disclaimer]),
      createElement('p', {}, [strings.privacy]),
      reference,
    ]),
  ]);
  root.append(launcher, panel, live);
  shadow.append(root);
  return { host, shadow, root, launcher, panel, list, form, input, send, newConversation, close, handoff, live, reference, referenceId };
}
