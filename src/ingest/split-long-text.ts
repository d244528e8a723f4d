/** Splits a paragraph longer than the chunk bound at sentence ends, then at ';' or ',' as a last resort. */
import { tokenize } from '../text/tokenize';
import type { PlanLine } from './plan-lines';

export interface TextPiece {
  text: string;
  lineStart: number;
  lineEnd: number;
}

const SEPARATORS: Array<[RegExp, string]> = [
  [/(?<=[.!?…])\s+(?=[\p{Lu}“"(\-])/u, 'câu'],
  [/(?<=;)\s+/u, ';'],
  [/(?<=,)\s+/u, ','],
];

/** Splits `text` into pieces of at most `maxTokens` tokens, cutting at the coarsest boundary that works. */
export function splitBoundedText(text: string, maxTokens: number, level = 0, warnings?: string[]): Array<{ text: string; start: number }> {
  if (tokenize(text).length <= maxTokens || level >= SEPARATORS.length) return [{ text, start: 0 }];
  const [separator, name] = SEPARATORS[level]!;
  const parts: Array<{ text: string; start: number }> = [];
  const pattern = new RegExp(separator.source, 'gu');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push({ text: text.slice(last, match.index), start: last });
    last = match.index! + match[0].length;
  }
  parts.push({ text: text.slice(last), start: last });
  if (level > 0 && parts.length > 1) warnings?.push(`đoạn dài hơn ${maxTokens} âm tiết được tách tại dấu "${name}"`);
  const pieces: Array<{ text: string; start: number }> = [];
  let current: { text: string; start: number } | undefined;
  for (const part of parts) {
    const joined = current ? text.slice(current.start, part.start + part.text.length) : part.text;
    if (current && tokenize(joined).length <= maxTokens) {
      current = { text: joined, start: current.start };
      continue;
    }
    if (current) pieces.push(current);
    current = part;
  }
  if (current) pieces.push(current);
  return pieces.flatMap((piece) =>
    splitBoundedText(piece.text, maxTokens, level + 1, warnings).map((inner) => ({ text: inner.text.trim(), start: piece.start + inner.start })),
  );
}

/** Splits an unwrapped line, giving each piece the input line span it came from. */
export function splitLongText(line: PlanLine, text: string, maxTokens: number, warnings: string[]): TextPiece[] {
  const offsets = line.lineOffsets ?? [{ offset: 0, line: line.lineStart }];
  const lineAt = (offset: number) => {
    let found = line.lineStart;
    for (const entry of offsets) if (entry.offset <= offset) found = entry.line;
    return found;
  };
  const shift = line.text.indexOf(text.slice(0, 20));
  return splitBoundedText(text, maxTokens, 0, warnings).map((piece) => ({
    text: piece.text,
    lineStart: lineAt(Math.max(0, shift) + piece.start),
    lineEnd: lineAt(Math.max(0, shift) + piece.start + Math.max(0, piece.text.length - 1)),
  }));
}
