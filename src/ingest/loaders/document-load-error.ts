/** The one error a document loader throws: a stable code, an HTTP status and a polite Vietnamese message. */

export type DocumentLoadErrorCode =
  | 'unsupported_format'
  | 'corrupt_file'
  | 'too_large'
  | 'too_many_pages'
  | 'empty_document'
  | 'format_mismatch';

const STATUS_BY_CODE: Record<DocumentLoadErrorCode, number> = {
  unsupported_format: 415,
  corrupt_file: 422,
  too_large: 413,
  too_many_pages: 413,
  empty_document: 422,
  format_mismatch: 415,
};

export class DocumentLoadError extends Error {
  override readonly name = 'DocumentLoadError';
  readonly code: DocumentLoadErrorCode;
  /** Shown to the user as is; never contains a stack trace or a library's wording. */
  readonly messageVi: string;
  readonly filename: string;
  readonly status: number;

  constructor(code: DocumentLoadErrorCode, filename: string, messageVi: string, options?: { detail?: string; cause?: unknown }) {
    // The English message is for logs: the code, the file and whatever detail the loader knew.
    super(`${code}: ${filename}${options?.detail ? ` (${options.detail})` : ''}`, { cause: options?.cause });
    this.code = code;
    this.filename = filename;
    this.messageVi = messageVi;
    this.status = STATUS_BY_CODE[code];
  }
}

/** Quotes a file name the way Vietnamese prose does. */
export function quoteFilename(filename: string): string {
  return `“${filename}”`;
}

export function corruptFileError(filename: string, options?: { detail?: string; cause?: unknown }): DocumentLoadError {
  return new DocumentLoadError('corrupt_file', filename, `Tệp ${quoteFilename(filename)} bị hỏng hoặc không đọc được. Vui lòng kiểm tra lại tệp rồi tải lên lần nữa.`, options);
}

export function emptyDocumentError(filename: string, scanned: boolean): DocumentLoadError {
  const messageVi = scanned
    ? `Tệp ${quoteFilename(filename)} không có lớp văn bản (có thể là bản quét dạng ảnh). Hệ thống chưa hỗ trợ nhận dạng chữ (OCR); vui lòng tải lên bản PDF có chữ chọn được, hoặc tệp DOCX.`
    : `Tệp ${quoteFilename(filename)} không có nội dung văn bản để đọc.`;
  return new DocumentLoadError('empty_document', filename, messageVi, { detail: scanned ? 'no text layer' : 'no text' });
}
