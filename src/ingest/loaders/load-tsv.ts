/** Loads a tab-separated table: one row per line, quoted cells (as spreadsheets export them) unwrapped. */
import { quoteFilename } from './document-load-error';
import { decodeText } from './decode-text';
import type { LoadedDocument } from './loaded-document';
import { tidyText } from './tidy-text';

/** Rows of cells; a cell in double quotes may hold tabs, line breaks and `""` for a quote. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  let atCellStart = true;
  while (index < text.length) {
    const character = text[index]!;
    if (atCellStart && character === '"') {
      const closing = findClosingQuote(text, index + 1);
      if (closing >= 0) {
        cell = text.slice(index + 1, closing).replace(/""/g, '"');
        index = closing + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (character === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (character === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += character;
    index++;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

function findClosingQuote(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] !== '"') continue;
    if (text[index + 1] === '"') index++;
    else return index;
  }
  return -1;
}

export function loadTsv(bytes: Uint8Array, filename: string): LoadedDocument {
  const decoded = decodeText(bytes, filename);
  const rows = parseTsv(decoded.text.replace(/\r\n?/g, '\n'));
  // A cell's own line breaks and tabs would break the one-row-per-line shape downstream.
  const lines = rows.map((cells) => cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join('\t'));
  const widths = new Set(rows.filter((cells) => cells.some((cell) => cell.trim() !== '')).map((cells) => cells.length));
  const warnings = [...decoded.warnings];
  if (widths.size > 1) warnings.push(`Các dòng trong tệp ${quoteFilename(filename)} có số cột không đều nhau; vui lòng kiểm tra lại bảng.`);
  return { format: 'tsv', text: tidyText(lines.join('\n')), warnings };
}
