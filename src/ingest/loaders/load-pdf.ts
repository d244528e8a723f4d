/** Loads a PDF with unpdf (PDF.js): page count checked first, then text rebuilt page by page from item positions. */
import { getDocumentProxy } from 'unpdf';
import { DocumentLoadError, corruptFileError, emptyDocumentError, quoteFilename } from './document-load-error';
import type { LoadedDocument, ResolvedLoadOptions } from './loaded-document';
import { type PdfTextItem, pdfPageText } from './pdf-page-text';
import { hasReadableText, tidyText } from './tidy-text';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

async function openPdf(bytes: Uint8Array, filename: string): Promise<PdfDocument> {
  try {
    // PDF.js may transfer the buffer it is given to its worker; hand it a copy so the caller's bytes survive.
    return await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new DocumentLoadError(
        'corrupt_file',
        filename,
        `Tệp ${quoteFilename(filename)} được đặt mật khẩu nên không đọc được. Vui lòng gỡ mật khẩu rồi tải lên lại.`,
        { detail: 'password protected', cause: error },
      );
    }
    throw corruptFileError(filename, { detail: error instanceof Error ? error.message : 'unreadable PDF', cause: error });
  }
}

async function pageItems(document: PdfDocument, pageNumber: number): Promise<PdfTextItem[]> {
  const content = await (await document.getPage(pageNumber)).getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue; // marked-content markers carry no text
    const [, , skewX = 0, scaleY = 0, x = 0, y = 0] = item.transform as number[];
    items.push({ str: item.str, x, y, width: item.width, fontSize: Math.hypot(skewX, scaleY) || item.height });
  }
  return items;
}

export async function loadPdf(bytes: Uint8Array, filename: string, options: ResolvedLoadOptions): Promise<LoadedDocument> {
  const document = await openPdf(bytes, filename);
  try {
    const pages = document.numPages;
    if (pages > options.maxPages) {
      throw new DocumentLoadError(
        'too_many_pages',
        filename,
        `Tệp ${quoteFilename(filename)} có ${pages} trang, vượt quá giới hạn ${options.maxPages} trang. Vui lòng tách thành các tệp nhỏ hơn rồi tải lên.`,
        { detail: `${pages} pages` },
      );
    }
    const pageTexts: string[] = [];
    let repairedLines = 0;
    for (let pageNumber = 1; pageNumber <= pages; pageNumber++) {
      let items: PdfTextItem[];
      try {
        items = await pageItems(document, pageNumber);
      } catch (error) {
        throw corruptFileError(filename, { detail: `page ${pageNumber}: ${error instanceof Error ? error.message : 'unreadable'}`, cause: error });
      }
      const page = pdfPageText(items);
      repairedLines += page.repairedLines;
      pageTexts.push(tidyText(page.text));
    }
    const textPages = pageTexts.filter(hasReadableText).length;
    if (textPages === 0) throw emptyDocumentError(filename, true);
    const warnings: string[] = [];
    if (textPages < pages) {
      warnings.push(`${pages - textPages}/${pages} trang của tệp ${quoteFilename(filename)} không có chữ (có thể là ảnh quét) nên đã bị bỏ qua; hệ thống chưa hỗ trợ nhận dạng chữ (OCR).`);
    }
    if (repairedLines > 0) {
      warnings.push(`${repairedLines} dòng chữ giãn cách trong tệp ${quoteFilename(filename)} đã được ghép lại tự động; vui lòng kiểm tra lại nếu thấy từ bị dính hoặc tách sai.`);
    }
    return { format: 'pdf', text: pageTexts.filter((text) => text !== '').join('\n\n'), pages, pageTexts, warnings };
  } finally {
    await document.loadingTask.destroy();
  }
}
