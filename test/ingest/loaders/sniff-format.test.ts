import { describe, expect, it } from 'vitest';
import { DocumentLoadError } from '../../../src/ingest/loaders/document-load-error';
import { detectTextEncoding } from '../../../src/ingest/loaders/decode-text';
import { readZipDirectory } from '../../../src/ingest/loaders/read-zip-directory';
import { formatFromFilename, sniffContent, sniffFormat } from '../../../src/ingest/loaders/sniff-format';
import { fakeExecutable, readFixture, utf16, utf8 } from './fixtures';
import { writeStoredZip } from './write-stored-zip';

function sniffError(bytes: Uint8Array, filename: string): DocumentLoadError {
  try {
    sniffFormat(bytes, filename);
  } catch (error) {
    if (error instanceof DocumentLoadError) return error;
    throw error;
  }
  throw new Error(`${filename} was accepted`);
}

describe('sniffFormat', () => {
  it.each([
    ['thu-tuc-thanh-lap-hoi.pdf', 'pdf'],
    ['thu-tuc-thanh-lap-hoi.docx', 'docx'],
  ] as const)('recognises the fixture %s', (name, format) => {
    expect(sniffFormat(readFixture(name), name)).toBe(format);
    expect(sniffFormat(readFixture(name), name.toUpperCase())).toBe(format);
  });

  it('lets the extension choose among the text formats', () => {
    const text = utf8('Sở Nội vụ');
    expect(['a.txt', 'a.md', 'a.markdown', 'a.htm', 'a.html', 'a.tsv', 'thu muc/b.TXT'].map((name) => sniffFormat(text, name))).toEqual([
      'txt',
      'md',
      'md',
      'html',
      'html',
      'tsv',
      'txt',
    ]);
  });

  it('names the mismatch in Vietnamese', () => {
    const error = sniffError(fakeExecutable(), 'quyet-dinh.pdf');
    expect(error.code).toBe('format_mismatch');
    expect(error.messageVi).toBe(
      'Nội dung tệp “quyet-dinh.pdf” không khớp với phần mở rộng .pdf: tệp này là tệp chương trình. Vui lòng kiểm tra lại tệp trước khi tải lên.',
    );
    expect(sniffError(readFixture('thu-tuc-thanh-lap-hoi.pdf'), 'a.docx').code).toBe('format_mismatch');
    expect(sniffError(readFixture('thu-tuc-thanh-lap-hoi.docx'), 'a.txt').code).toBe('format_mismatch');
    expect(sniffError(utf8('chỉ là chữ'), 'a.pdf').code).toBe('format_mismatch');
  });

  it('refuses unknown extensions and files without one', () => {
    expect(sniffError(utf8('x'), 'bang.xlsx').messageVi).toContain('.tsv');
    expect(sniffError(utf8('x'), 'README').code).toBe('unsupported_format');
    expect(formatFromFilename('a.exe')).toBeNull();
  });
});

describe('sniffContent', () => {
  it('tells archives, images and text apart', () => {
    expect(sniffContent(writeStoredZip({ 'word/document.xml': '<w:document/>' }))).toBe('docx');
    expect(sniffContent(writeStoredZip({ 'xl/workbook.xml': '<workbook/>' }))).toBe('zip');
    expect(sniffContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image');
    expect(sniffContent(utf16('Đắk Lắk', 'le', false))).toBe('text');
    expect(sniffContent(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]))).toBe('binary');
  });

  it('finds a PDF header after leading junk', () => {
    expect(sniffContent(utf8('\r\n%PDF-1.7\n'))).toBe('pdf');
  });
});

describe('detectTextEncoding and readZipDirectory', () => {
  it('detects UTF-16 by BOM or NUL placement', () => {
    expect(detectTextEncoding(utf16('Hồ sơ', 'be', true))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    expect(detectTextEncoding(utf16('Ho so nop tai', 'le', false))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectTextEncoding(utf8('\uFEFFHồ sơ'))).toEqual({ encoding: 'utf-8', bomLength: 3 });
  });

  it('lists a real DOCX and refuses a truncated archive', () => {
    const docx = readFixture('thu-tuc-thanh-lap-hoi.docx');
    expect(readZipDirectory(docx)?.names).toContain('word/document.xml');
    expect(readZipDirectory(docx.slice(0, docx.length - 30))).toBeNull();
  });
});
