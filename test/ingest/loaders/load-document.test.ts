import { describe, expect, it } from 'vitest';
import { DocumentLoadError, loadDocument } from '../../../src/ingest/loaders/index';
import { fakeExecutable, readFixture, realExecutableHead, utf16, utf8 } from './fixtures';
import { writeStoredZip } from './write-stored-zip';

async function loadError(bytes: Uint8Array, filename: string, options?: Parameters<typeof loadDocument>[2]): Promise<DocumentLoadError> {
  const error = await loadDocument(bytes, filename, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DocumentLoadError);
  return error as DocumentLoadError;
}

describe('loadDocument: PDF', () => {
  it('reads a Vietnamese PDF page by page, keeping diacritics, lines and paragraphs', async () => {
    const document = await loadDocument(readFixture('thu-tuc-thanh-lap-hoi.pdf'), 'thu-tuc-thanh-lap-hoi.pdf');
    expect(document.format).toBe('pdf');
    expect(document.pages).toBe(2);
    expect(document.pageTexts).toHaveLength(2);
    expect(document.text.split('\n')[0]).toBe('Thủ tục thành lập hội');
    expect(document.text).toContain('Cơ quan thực hiện: Sở Nội vụ tỉnh Đắk Lắk.');
    expect(document.text).toContain('Thủ tục thành lập hội\n\nCơ quan thực hiện');
    expect(document.pageTexts![1]).toBe('Điều 2. Phí, lệ phí\nKhông thu phí đối với thủ tục này.');
    expect(document.text).toBe(document.text.normalize('NFC'));
    expect(document.warnings).toEqual([]);
  });

  it('rebuilds words from letter-spaced glyphs and says so', async () => {
    const document = await loadDocument(readFixture('gian-chu.pdf'), 'gian-chu.pdf');
    expect(document.text).toBe('Sở Nội vụ tỉnh Đắk Lắk\nThủ tục thành lập hội');
    expect(document.warnings).toHaveLength(1);
    expect(document.warnings[0]).toContain('giãn cách');
  });

  it('refuses a PDF without a text layer, explaining that OCR is not supported', async () => {
    const error = await loadError(readFixture('ban-quet.pdf'), 'ban-quet.pdf');
    expect(error.code).toBe('empty_document');
    expect(error.messageVi).toContain('“ban-quet.pdf”');
    expect(error.messageVi).toContain('OCR');
  });

  it('refuses a truncated PDF as corrupt', async () => {
    const whole = readFixture('thu-tuc-thanh-lap-hoi.pdf');
    const error = await loadError(whole.slice(0, Math.floor(whole.length * 0.6)), 'hong.pdf');
    expect(error.code).toBe('corrupt_file');
    expect(error.messageVi).toBe('Tệp “hong.pdf” bị hỏng hoặc không đọc được. Vui lòng kiểm tra lại tệp rồi tải lên lần nữa.');
  });

  it('refuses a PDF over the page limit', async () => {
    const error = await loadError(readFixture('thu-tuc-thanh-lap-hoi.pdf'), 'dai.pdf', { maxPages: 1 });
    expect(error.code).toBe('too_many_pages');
    expect(error.messageVi).toContain('2 trang');
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = readFixture('thu-tuc-thanh-lap-hoi.pdf');
    await loadDocument(bytes, 'a.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('loadDocument: DOCX', () => {
  it('keeps the heading, the paragraph and the table as tab-separated rows', async () => {
    const document = await loadDocument(readFixture('thu-tuc-thanh-lap-hoi.docx'), 'thu-tuc-thanh-lap-hoi.docx');
    expect(document).toEqual({
      format: 'docx',
      text: 'Thủ tục thành lập hội\n\nCơ quan thực hiện: Sở Nội vụ tỉnh Đắk Lắk.\n\nBước\tNội dung\tThời hạn\n1\tNộp hồ sơ\t30 ngày',
      warnings: [],
    });
  });

  it('refuses a truncated DOCX as corrupt', async () => {
    const whole = readFixture('thu-tuc-thanh-lap-hoi.docx');
    const error = await loadError(whole.slice(0, 2000), 'hong.docx');
    expect(error.code).toBe('corrupt_file');
  });

  it('refuses a ZIP archive that is not a Word document', async () => {
    const zip = writeStoredZip({ 'ghi-chu.txt': 'không phải Word' });
    const error = await loadError(zip, 'gia.docx');
    expect(error.code).toBe('format_mismatch');
    expect(error.messageVi).toContain('tệp nén ZIP');
  });
});

describe('loadDocument: text formats', () => {
  const sample = 'Thủ tục thành lập hội\n\nSở Nội vụ tỉnh Đắk Lắk tiếp nhận hồ sơ.\n';

  it('reads UTF-8 text, with or without a BOM and Windows line ends', async () => {
    const document = await loadDocument(utf8('\uFEFF' + sample.replace(/\n/g, '\r\n')), 'ghi-chu.txt');
    expect(document).toEqual({ format: 'txt', text: sample.trim(), warnings: [] });
  });

  it('reads UTF-16 little- and big-endian, by BOM or by NUL bytes', async () => {
    for (const [order, withBom] of [['le', true], ['be', true], ['le', false], ['be', false]] as const) {
      const document = await loadDocument(utf16(sample, order, withBom), 'utf16.txt');
      expect(document.text, `${order} bom=${withBom}`).toBe(sample.trim());
    }
  });

  it('normalises decomposed Vietnamese to NFC', async () => {
    const document = await loadDocument(utf8('Đắk Lắk'.normalize('NFD')), 'nfd.txt');
    expect(document.text).toBe('Đắk Lắk');
  });

  it('reads Markdown, keeping headings and turning pipe tables into tab rows', async () => {
    const markdown = '# Thủ tục thành lập hội\n\nNộp tại **Sở Nội vụ**.\n\n| Bước | Nội dung |\n|---|:---:|\n| 1 | Nộp hồ sơ |\n';
    const document = await loadDocument(utf8(markdown), 'thu-tuc.md');
    expect(document.text).toBe('# Thủ tục thành lập hội\n\nNộp tại **Sở Nội vụ**.\n\nBước\tNội dung\n1\tNộp hồ sơ');
  });

  it('reads HTML without scripts or styles, with entities decoded and table rows tab-separated', async () => {
    const html = `<!DOCTYPE html><html><head><style>td{color:red}</style><script>alert("x")</script></head><body>
      <h1>Thủ tục thành lập hội</h1>
      <p>Cơ quan: Sở Nội vụ tỉnh&nbsp;Đắk Lắk &amp; UBND tỉnh</p>
      <script>document.write('<p>chèn</p>')</script>
      <table><tr><th>Bước</th><th>Nội dung</th></tr><tr><td>1</td><td>Nộp hồ sơ</td></tr></table>
    </body></html>`;
    const document = await loadDocument(utf8(html), 'trang.html');
    expect(document.text).toBe('Thủ tục thành lập hội\n\nCơ quan: Sở Nội vụ tỉnh Đắk Lắk & UBND tỉnh\n\nBước\tNội dung\n1\tNộp hồ sơ');
  });

  it('reads TSV rows as tab-separated lines and warns about ragged rows', async () => {
    const tsv = 'Tỉnh\tCơ quan\nĐắk Lắk\t"Sở Nội vụ\ntỉnh Đắk Lắk"\nHà Nội\n';
    const document = await loadDocument(utf8(tsv), 'co-quan.tsv');
    expect(document.text).toBe('Tỉnh\tCơ quan\nĐắk Lắk\tSở Nội vụ tỉnh Đắk Lắk\nHà Nội');
    expect(document.warnings).toHaveLength(1);
  });

  it('refuses an empty or blank text file', async () => {
    expect((await loadError(new Uint8Array(0), 'rong.txt')).code).toBe('empty_document');
    expect((await loadError(utf8(' \n\n\t \n'), 'trang.txt')).code).toBe('empty_document');
    expect((await loadError(utf8('<html><script>x()</script></html>'), 'trang.html')).code).toBe('empty_document');
  });
});

describe('loadDocument: refusals before parsing', () => {
  it('refuses an oversized file by size alone', async () => {
    const bytes = new Uint8Array(2048).fill(0x41);
    const error = await loadError(bytes, 'lon.pdf', { maxBytes: 1024 });
    expect(error.code).toBe('too_large');
    expect(error.status).toBe(413);
    expect(error.messageVi).toContain('“lon.pdf”');
  });

  it('applies the 20 MB default limit', async () => {
    const error = await loadError(new Uint8Array(20 * 1024 * 1024 + 1), 'lon.txt');
    expect(error.code).toBe('too_large');
    expect(error.messageVi).toContain('20 MB');
  });

  it('refuses a program renamed as a PDF or a Word file', async () => {
    for (const [bytes, filename] of [
      [fakeExecutable(), 'cai-dat.pdf'],
      [realExecutableHead(), 'node.pdf'],
      [realExecutableHead(), 'node.docx'],
    ] as const) {
      const error = await loadError(bytes, filename);
      expect(error.code, filename).toBe('format_mismatch');
      expect(error.messageVi).toContain('tệp chương trình');
    }
  });

  it('refuses binary content in a text file', async () => {
    expect((await loadError(realExecutableHead(), 'ghi-chu.txt')).code).toBe('format_mismatch');
  });

  it('refuses extensions it does not load, with advice for old Word files', async () => {
    const legacy = await loadError(utf8('x'), 'quyet-dinh.doc');
    expect(legacy.code).toBe('unsupported_format');
    expect(legacy.messageVi).toContain('.docx');
    expect((await loadError(fakeExecutable(), 'cai-dat.exe')).code).toBe('unsupported_format');
  });

  it('rejects invalid limits at the boundary', async () => {
    await expect(loadDocument(utf8('a'), 'a.txt', { maxBytes: -1 })).rejects.toThrow();
  });
});
