/** Writes the small PDF and DOCX fixtures that test/ingest/loaders reads (run once, commit the output). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

const OUTPUT_DIRECTORY = join(import.meta.dirname, '../../test/fixtures/loaders');
// DejaVu Sans carries every Vietnamese glyph; CI can get it with `apt-get install fonts-dejavu-core`,
// but only this script needs it because the generated fixtures are committed.
const FONT_PATH = process.env.FIXTURE_FONT ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

const FIRST_PAGE_LINES = [
  'Thủ tục thành lập hội',
  '',
  'Cơ quan thực hiện: Sở Nội vụ tỉnh Đắk Lắk.',
  'Hồ sơ gồm đơn đề nghị thành lập hội và dự thảo điều lệ hội,',
  'danh sách những người trong ban vận động thành lập hội.',
  '',
  'Thời hạn giải quyết: 30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
];
const SECOND_PAGE_LINES = ['Điều 2. Phí, lệ phí', '', 'Không thu phí đối với thủ tục này.'];

function drawLines(page: PDFPage, font: PDFFont, lines: string[]): void {
  let y = 780;
  for (const line of lines) {
    if (line) page.drawText(line, { x: 56, y, size: 12, font });
    y -= line ? 16 : 10; // an empty entry is extra paragraph space, as a word processor leaves
  }
}

/** Draws every glyph as its own text object with wide tracking, like letter-spaced PDFs from some producers. */
function drawLetterSpaced(page: PDFPage, font: PDFFont, text: string, y: number): void {
  const size = 12;
  const tracking = 1.5;
  let x = 56;
  for (const character of text) {
    if (character !== ' ') page.drawText(character, { x, y, size, font });
    x += font.widthOfTextAtSize(character, size) + tracking;
  }
}

async function makePdf(font: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const embedded = await document.embedFont(font, { subset: true });
  drawLines(document.addPage([595, 842]), embedded, FIRST_PAGE_LINES);
  drawLines(document.addPage([595, 842]), embedded, SECOND_PAGE_LINES);
  return document.save({ useObjectStreams: true });
}

async function makeLetterSpacedPdf(font: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const embedded = await document.embedFont(font, { subset: true });
  const page = document.addPage([595, 842]);
  drawLetterSpaced(page, embedded, 'Sở Nội vụ tỉnh Đắk Lắk', 780);
  drawLetterSpaced(page, embedded, 'Thủ tục thành lập hội', 760);
  return document.save({ useObjectStreams: true });
}

/** A page with only drawn shapes: what a scanned document looks like to a text extractor. */
async function makeScannedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawRectangle({ x: 56, y: 600, width: 480, height: 180, color: rgb(0.85, 0.85, 0.85) });
  return document.save();
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

async function makeDocx(): Promise<Uint8Array> {
  const document = new Document({
    creator: 'tro-ly-ao-noi-vu fixtures',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Thủ tục thành lập hội', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Cơ quan thực hiện: '), new TextRun({ text: 'Sở Nội vụ tỉnh Đắk Lắk', bold: true }), new TextRun('.')] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Bước'), cell('Nội dung'), cell('Thời hạn')] }),
              new TableRow({ children: [cell('1'), cell('Nộp hồ sơ'), cell('30 ngày')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function main(): Promise<void> {
  mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
  const font = new Uint8Array(readFileSync(FONT_PATH));
  const outputs: Record<string, Uint8Array> = {
    'thu-tuc-thanh-lap-hoi.pdf': await makePdf(font),
    'gian-chu.pdf': await makeLetterSpacedPdf(font),
    'ban-quet.pdf': await makeScannedPdf(),
    'thu-tuc-thanh-lap-hoi.docx': await makeDocx(),
  };
  for (const [name, bytes] of Object.entries(outputs)) {
    writeFileSync(join(OUTPUT_DIRECTORY, name), bytes);
    console.log(`${name}: ${bytes.byteLength} bytes`);
  }
}

await main();
