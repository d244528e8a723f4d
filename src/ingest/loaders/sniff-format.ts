/** Decides a file's format from its name and its first bytes, and refuses files whose content belies the name. */
import { DocumentLoadError, corruptFileError, quoteFilename } from './document-load-error';
import { tryDecodeText } from './decode-text';
import type { DocumentFormat } from './loaded-document';
import { readZipDirectory } from './read-zip-directory';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  tsv: 'tsv',
  tab: 'tsv',
  pdf: 'pdf',
  docx: 'docx',
};

/** Formats people often try, with the advice that helps them most. */
const ADVICE_BY_EXTENSION: Record<string, string> = {
  doc: 'định dạng Word cũ (.doc). Vui lòng mở bằng Word và lưu lại thành .docx hoặc PDF',
  rtf: 'định dạng RTF. Vui lòng lưu lại thành .docx hoặc PDF',
  odt: 'định dạng OpenDocument (.odt). Vui lòng lưu lại thành .docx hoặc PDF',
  xls: 'bảng tính Excel. Vui lòng lưu từng trang tính thành tệp .tsv (văn bản phân cách bằng tab)',
  xlsx: 'bảng tính Excel. Vui lòng lưu từng trang tính thành tệp .tsv (văn bản phân cách bằng tab)',
  csv: 'tệp CSV. Vui lòng lưu thành tệp .tsv (văn bản phân cách bằng tab)',
  jpg: 'tệp ảnh. Hệ thống chưa hỗ trợ nhận dạng chữ (OCR); vui lòng tải lên bản PDF có chữ hoặc tệp DOCX',
  jpeg: 'tệp ảnh. Hệ thống chưa hỗ trợ nhận dạng chữ (OCR); vui lòng tải lên bản PDF có chữ hoặc tệp DOCX',
  png: 'tệp ảnh. Hệ thống chưa hỗ trợ nhận dạng chữ (OCR); vui lòng tải lên bản PDF có chữ hoặc tệp DOCX',
};

export type ContentKind = 'pdf' | 'docx' | 'zip' | 'corrupt-zip' | 'legacy-office' | 'executable' | 'image' | 'archive' | 'text' | 'binary';

const CONTENT_LABEL_VI: Record<ContentKind, string> = {
  pdf: 'tệp PDF',
  docx: 'tài liệu Word (.docx)',
  zip: 'tệp nén ZIP không phải tài liệu Word',
  'corrupt-zip': 'tệp nén ZIP bị hỏng',
  'legacy-office': 'tài liệu Office đời cũ (.doc/.xls)',
  executable: 'tệp chương trình',
  image: 'tệp ảnh',
  archive: 'tệp nén',
  text: 'văn bản thuần',
  binary: 'dữ liệu nhị phân',
};

const SIGNATURES: Array<{ kind: ContentKind; bytes: number[] }> = [
  { kind: 'legacy-office', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'executable', bytes: [0x4d, 0x5a] }, // MZ: Windows .exe/.dll
  { kind: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { kind: 'executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] }, // Mach-O
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'archive', bytes: [0x1f, 0x8b] }, // gzip
  { kind: 'archive', bytes: [0x52, 0x61, 0x72, 0x21] }, // RAR
  { kind: 'archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] }, // 7z
];

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
// The PDF specification lets readers tolerate junk before the header, within the first kilobyte.
const PDF_HEADER_WINDOW = 1024;

/** What the bytes are, regardless of the file name. */
export function sniffContent(bytes: Uint8Array): ContentKind {
  const window = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let offset = 0; offset <= window; offset++) if (startsWith(bytes, PDF_MAGIC, offset)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const directory = readZipDirectory(bytes);
    if (!directory) return 'corrupt-zip';
    return directory.names.includes('word/document.xml') ? 'docx' : 'zip';
  }
  for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) return signature.kind;
  return tryDecodeText(bytes) ? 'text' : 'binary';
}

function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a file name promises, or null when the extension is not one we load. */
export function formatFromFilename(filename: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[extensionOf(filename)] ?? null;
}

const TEXT_FORMATS = new Set<DocumentFormat>(['txt', 'md', 'html', 'tsv']);

/**
 * The format to load the file as. The extension chooses among the text formats; for PDF and
 * DOCX the content must agree with it, so a renamed program or archive is refused before parsing.
 */
export function sniffFormat(bytes: Uint8Array, filename: string): DocumentFormat {
  const extension = extensionOf(filename);
  const declared = formatFromFilename(filename);
  if (!declared) {
    const advice = ADVICE_BY_EXTENSION[extension];
    const messageVi = advice
      ? `Tệp ${quoteFilename(filename)} là ${advice}.`
      : `Tệp ${quoteFilename(filename)} có định dạng chưa được hỗ trợ. Vui lòng tải lên tệp PDF, DOCX, HTML, Markdown (.md), TXT hoặc TSV.`;
    throw new DocumentLoadError('unsupported_format', filename, messageVi, { detail: `extension "${extension}"` });
  }
  const content = sniffContent(bytes);
  if (declared === 'docx' && content === 'corrupt-zip') throw corruptFileError(filename, { detail: 'zip directory unreadable' });
  const agrees = TEXT_FORMATS.has(declared) ? content === 'text' : content === declared;
  if (!agrees) {
    throw new DocumentLoadError(
      'format_mismatch',
      filename,
      `Nội dung tệp ${quoteFilename(filename)} không khớp với phần mở rộng .${extension}: tệp này là ${CONTENT_LABEL_VI[content]}. Vui lòng kiểm tra lại tệp trước khi tải lên.`,
      { detail: `declared ${declared}, content ${content}` },
    );
  }
  return declared;
}
