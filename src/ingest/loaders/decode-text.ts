/** Turns the bytes of a text file into a string: UTF-8, or UTF-16 told by its BOM or its NUL bytes. */
import { DocumentLoadError, quoteFilename } from './document-load-error';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const SAMPLE_BYTES = 4096;

/** Guesses the encoding from a BOM, or from where NUL bytes fall in ASCII-heavy UTF-16. */
export function detectTextEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const sampleLength = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sampleLength; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const pairs = sampleLength / 2;
  // Latin text in UTF-16 has a NUL in most code units, always on the same side.
  if (pairs > 0 && oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (pairs > 0 && evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

const BINARY_CONTROLS = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

/** Decoded text, or null when the bytes are not text in an encoding we read. */
export function tryDecodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding; replaced: number } | null {
  const { encoding, bomLength } = detectTextEncoding(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding !== 'utf-8' && body.length % 2 !== 0) return null;
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  const controls = text.match(BINARY_CONTROLS)?.length ?? 0;
  // A handful of bad bytes is a damaged text file; more than that is not text at all.
  if (replaced > Math.max(2, text.length / 1000) || controls > Math.max(2, text.length / 1000)) return null;
  return { text, encoding, replaced };
}

/** Decodes a text upload or explains, in Vietnamese, why it cannot be read as text. */
export function decodeText(bytes: Uint8Array, filename: string): { text: string; warnings: string[] } {
  const decoded = tryDecodeText(bytes);
  if (!decoded) {
    throw new DocumentLoadError(
      'format_mismatch',
      filename,
      `Tệp ${quoteFilename(filename)} không phải tệp văn bản UTF-8 hoặc UTF-16 hợp lệ. Vui lòng lưu lại tệp với bảng mã UTF-8 rồi tải lên.`,
      { detail: 'not text' },
    );
  }
  const warnings =
    decoded.replaced > 0 ? [`Tệp ${quoteFilename(filename)} có ${decoded.replaced} ký tự lỗi bảng mã; các ký tự này đã được thay bằng “�”.`] : [];
  return { text: decoded.text, warnings };
}
