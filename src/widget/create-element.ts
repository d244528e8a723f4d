/** The only way the widget builds DOM: createElement + attributes + text nodes, never innerHTML. */

export type Child = Node | string | null | undefined | false;

export function createElement<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | undefined> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  // append() turns strings into text nodes, so untrusted text is never parsed as markup.
  for (const child of children) if (child) element.append(child);
  return element;
}
