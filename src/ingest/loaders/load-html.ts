/** Loads an HTML upload: decoded as text, then rendered to lines. */
import { decodeText } from './decode-text';
import type { LoadedDocument } from './loaded-document';
import { htmlToText } from './html-to-text';
import { tidyText } from './tidy-text';

export function loadHtml(bytes: Uint8Array, filename: string): LoadedDocument {
  const { text, warnings } = decodeText(bytes, filename);
  return { format: 'html', text: tidyText(htmlToText(text)), warnings };
}
