/** Renders a procedure card (code, name, labelled fields, link) as safe DOM. */
import type { ProcedureCard } from '../protocol/chat-events';
import { createElement } from './create-element';
import { safeHttpUrl } from './safe-url';
import type { WidgetStrings } from './widget-strings';

export function renderProcedureCard(procedure: ProcedureCard, strings: WidgetStrings, baseUrl?: string): HTMLElement {
  const url = safeHttpUrl(procedure.url, baseUrl);
  const fields = createElement('dl');
  const rows = [...procedure.fields];
  if (procedure.code) rows.unshift({ label: strings.procedureCode, value: procedure.code });
  // `status` and `verifiedAt` are machine values; the server already shows them, worded, among the fields.
  for (const field of rows) {
    fields.append(createElement('dt', {}, [field.label]), createElement('dd', {}, [field.value]));
  }
  return createElement('section', { class: 'card', 'aria-label': procedure.name }, [
    createElement('p', { class: 'card-title' }, [procedure.name]),
    fields,
    url && createElement('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'link' }, [strings.procedureLink]),
  ]);
}
