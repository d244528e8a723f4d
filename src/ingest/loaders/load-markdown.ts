/** Loads a Markdown upload: kept as written (headings keep their `#`), pipe tables become tab rows. */
import { decodeText } from './decode-text';
import type { LoadedDocument } from './loaded-document';
import { tidyText } from './tidy-text';

const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** Cells of a pipe-table row; `\|` is a literal bar inside a cell. */
function splitPipeRow(line: string): string[] {
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Rewrites GitHub-style pipe tables as tab-separated rows, leaving code fences alone. */
export function pipeTablesToTabRows(markdown: string): string {
  const lines = markdown.split('\n');
  const output: string[] = [];
  let inFence = false;
  let inTable = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) {
      output.push(line);
      continue;
    }
    const next = lines[index + 1];
    if (!inTable && line.includes('|') && next !== undefined && DELIMITER_ROW.test(next)) {
      inTable = true;
      output.push(splitPipeRow(line).join('\t'));
      index++; // the delimiter row only carries alignment
      continue;
    }
    if (inTable && line.includes('|') && line.trim() !== '') {
      output.push(splitPipeRow(line).join('\t'));
      continue;
    }
    inTable = false;
    output.push(line);
  }
  return output.join('\n');
}

export function loadMarkdown(bytes: Uint8Array, filename: string): LoadedDocument {
  const { text, warnings } = decodeText(bytes, filename);
  return { format: 'md', text: tidyText(pipeTablesToTabRows(text.replace(/\r\n?/g, '\n'))), warnings };
}
