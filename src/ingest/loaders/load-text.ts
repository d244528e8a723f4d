/** Loads a plain-text upload (UTF-8 or UTF-16). */
import { emptyDocumentError } from './document-load-error';
import { decodeText } from './decode-text';
import type { LoadedDocument } from './loaded-document';
import { hasReadableText, tidyText } from './tidy-text';

export function loadText(bytes: Uint8Array, filename: string): LoadedDocument {
  const { text, warnings } = decodeText(bytes, filename);
  const tidied = tidyText(text);
  if (!hasReadableText(tidied)) throw emptyDocumentError(filename, false);
  return { format: 'txt', text: tidied, warnings };
}
