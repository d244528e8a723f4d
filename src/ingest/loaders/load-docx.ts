/** Loads a Word .docx: mammoth turns it into HTML so headings and tables keep their shape, then the HTML renderer makes lines. */
import mammoth from 'mammoth';
import { DocumentLoadError, corruptFileError, quoteFilename } from './document-load-error';
import { htmlToText } from './html-to-text';
import type { LoadedDocument, ResolvedLoadOptions } from './loaded-document';
import { readZipDirectory } from './read-zip-directory';
import { tidyText } from './tidy-text';

/** Word XML compresses about tenfold; far more than that is a zip bomb, not a document. */
const MAX_INFLATION = 10;

export async function loadDocx(bytes: Uint8Array, filename: string, options: ResolvedLoadOptions): Promise<LoadedDocument> {
  const directory = readZipDirectory(bytes);
  if (!directory) throw corruptFileError(filename, { detail: 'zip directory unreadable' });
  if (directory.uncompressedBytes > options.maxBytes * MAX_INFLATION) {
    throw new DocumentLoadError('too_large', filename, `Tệp ${quoteFilename(filename)} khi giải nén quá lớn để xử lý. Vui lòng tách thành các tệp nhỏ hơn.`, {
      detail: `${directory.uncompressedBytes} bytes uncompressed`,
    });
  }
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both so this stays runtime-agnostic.
  const input = { arrayBuffer: bytes.slice().buffer, buffer: bytes };
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true });
  } catch (error) {
    throw corruptFileError(filename, { detail: error instanceof Error ? error.message : 'unreadable docx', cause: error });
  }
  const errors = result.messages.filter((message) => message.type === 'error').length;
  const warnings = errors > 0 ? [`Một số phần của tệp ${quoteFilename(filename)} không đọc được và đã bị bỏ qua (${errors} lỗi).`] : [];
  return { format: 'docx', text: tidyText(htmlToText(result.value)), warnings };
}
