/** Entry point of the document loaders: checks size and format, then hands the bytes to the loader for the format. */
import { DocumentLoadError, emptyDocumentError, quoteFilename } from './document-load-error';
import { type LoadOptions, type LoadedDocument, loadOptionsSchema } from './loaded-document';
import { loadDocx } from './load-docx';
import { loadHtml } from './load-html';
import { loadMarkdown } from './load-markdown';
import { loadPdf } from './load-pdf';
import { loadText } from './load-text';
import { loadTsv } from './load-tsv';
import { sniffFormat } from './sniff-format';
import { hasReadableText } from './tidy-text';

export { DocumentLoadError, type DocumentLoadErrorCode } from './document-load-error';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DOCUMENT_FORMATS, type DocumentFormat, type LoadOptions, type LoadedDocument } from './loaded-document';
export { formatFromFilename, sniffContent, sniffFormat } from './sniff-format';
export { htmlToText } from './html-to-text';

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Reads an uploaded or ingested file into plain text. Throws DocumentLoadError (with a Vietnamese
 * message for the uploader) when the file is too large, of an unsupported or disguised format,
 * corrupt, over the page limit, or without any text.
 */
export async function loadDocument(bytes: Uint8Array, filename: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const limits = loadOptionsSchema.parse(options);
  // Checked before anything looks inside the file, so an oversized upload costs nothing to refuse.
  if (bytes.byteLength > limits.maxBytes) {
    throw new DocumentLoadError(
      'too_large',
      filename,
      `Tệp ${quoteFilename(filename)} quá lớn (${formatMegabytes(bytes.byteLength)}). Dung lượng tối đa là ${formatMegabytes(limits.maxBytes)}.`,
      { detail: `${bytes.byteLength} bytes` },
    );
  }
  const format = sniffFormat(bytes, filename);
  if (bytes.byteLength === 0) throw emptyDocumentError(filename, false);
  let document: LoadedDocument;
  switch (format) {
    case 'txt':
      return loadText(bytes, filename);
    case 'md':
      document = loadMarkdown(bytes, filename);
      break;
    case 'html':
      document = loadHtml(bytes, filename);
      break;
    case 'tsv':
      document = loadTsv(bytes, filename);
      break;
    case 'pdf':
      return loadPdf(bytes, filename, limits);
    case 'docx':
      document = await loadDocx(bytes, filename, limits);
      break;
  }
  if (!hasReadableText(document.text)) throw emptyDocumentError(filename, false);
  return document;
}
