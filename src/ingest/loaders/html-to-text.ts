/** Renders HTML as the loaders' plain-text shape: blocks as lines, table rows as tab-separated cells. */
import { HTMLElement, type Node, NodeType, TextNode, parse } from 'node-html-parser';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'iframe', 'object', 'select']);
/** Blocks that stand apart from their neighbours by a blank line. */
const PARAGRAPH_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'hr', 'figure', 'address', 'fieldset']);
/** Blocks that only start a new line. */
const LINE_BLOCKS = new Set(['div', 'li', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'form', 'legend', 'details', 'summary', 'body', 'html']);

/** Collects text and the line breaks asked for between blocks; collapses whitespace as a browser would. */
class LineWriter {
  private output = '';
  private pendingBreaks = 0;

  write(text: string, preformatted = false): void {
    let chunk = preformatted ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
    if (!chunk) return;
    // Whitespace between blocks is layout, not text, as in a browser.
    if (!preformatted && chunk === ' ' && (this.pendingBreaks > 0 || this.output === '' || /[ \n]$/.test(this.output))) return;
    if (this.pendingBreaks > 0 && this.output) {
      this.output = this.output.replace(/ +$/, '') + '\n'.repeat(this.pendingBreaks);
    }
    this.pendingBreaks = 0;
    if (!preformatted && (this.output === '' || /[ \n]$/.test(this.output))) chunk = chunk.replace(/^ /, '');
    this.output += chunk;
  }

  /** Asks for at least `count` line breaks before the next text (1: new line, 2: blank line). */
  requestBreak(count: 1 | 2): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** A `<br>`: each one adds a line break, so two of them leave a blank line. */
  lineBreak(): void {
    this.pendingBreaks = Math.min(2, this.pendingBreaks + 1);
  }

  toString(): string {
    return this.output;
  }
}

function tagOf(node: Node): string {
  return node instanceof HTMLElement ? node.rawTagName?.toLowerCase() ?? '' : '';
}

function renderChildren(element: HTMLElement, writer: LineWriter, preformatted: boolean): void {
  for (const child of element.childNodes) renderNode(child, writer, preformatted);
}

function renderNode(node: Node, writer: LineWriter, preformatted: boolean): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    writer.write((node as TextNode).text, preformatted);
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = tagOf(node);
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') return writer.lineBreak();
  if (tag === 'table') {
    writer.requestBreak(2);
    renderTable(node, writer);
    writer.requestBreak(2);
    return;
  }
  const breaks = PARAGRAPH_BLOCKS.has(tag) ? 2 : LINE_BLOCKS.has(tag) ? 1 : 0;
  if (breaks) writer.requestBreak(breaks as 1 | 2);
  if (tag === 'li') writer.write(listMarker(node));
  renderChildren(node, writer, preformatted || tag === 'pre');
  if (breaks) writer.requestBreak(breaks as 1 | 2);
}

function listMarker(item: HTMLElement): string {
  const list = item.parentNode;
  if (!list || tagOf(list) !== 'ol') return '- ';
  const position = list.childNodes.filter((sibling) => tagOf(sibling) === 'li').indexOf(item);
  return `${position + 1}. `;
}

/** One cell's text on one line: tabs and line breaks inside a cell would split the row. */
function cellText(cell: HTMLElement): string {
  const writer = new LineWriter();
  renderChildren(cell, writer, false);
  return writer.toString().replace(/\s+/g, ' ').trim();
}

function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child as HTMLElement);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...rowsOf(child as HTMLElement));
  }
  return rows;
}

function renderTable(table: HTMLElement, writer: LineWriter): void {
  const caption = table.childNodes.find((child) => tagOf(child) === 'caption');
  if (caption) {
    writer.write(cellText(caption as HTMLElement));
    writer.requestBreak(1);
  }
  for (const row of rowsOf(table)) {
    const cells: string[] = [];
    for (const cell of row.childNodes) {
      const tag = tagOf(cell);
      if (tag !== 'td' && tag !== 'th') continue;
      cells.push(cellText(cell as HTMLElement));
      // Empty cells after a spanning one keep later columns under their headers.
      const span = Number.parseInt((cell as HTMLElement).getAttribute('colspan') ?? '1', 10);
      for (let extra = 1; extra < Math.min(span, 50); extra++) cells.push('');
    }
    if (cells.every((text) => text === '')) continue;
    writer.write(cells.join('\t'), true);
    writer.requestBreak(1);
  }
}

/** Plain text of an HTML document (not yet normalised: the caller tidies it). */
export function htmlToText(html: string): string {
  // The parser would keep a doctype or an XML declaration as text.
  const body = html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, '');
  const root = parse(body, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  const writer = new LineWriter();
  renderChildren(root, writer, false);
  return writer.toString();
}
