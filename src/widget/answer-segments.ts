/** Splits answer text into plain text and citation markers ([1], [2], [1, 3]) for chip rendering. */

export type AnswerSegment = { kind: 'text'; text: string } | { kind: 'citation'; n: number };

const markerPattern = /\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]/g;

/** Markers whose number has no known citation stay as text, so nothing points at a missing source. */
export function splitAnswer(text: string, knownNumbers: ReadonlySet<number>): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  const pushText = (value: string): void => {
    if (value === '') return;
    const last = segments[segments.length - 1];
    if (last?.kind === 'text') last.text += value;
    else segments.push({ kind: 'text', text: value });
  };
  let position = 0;
  for (const match of text.matchAll(markerPattern)) {
    const numbers = (match[1] ?? '').split(/[,;]/).map((part) => Number(part.trim()));
    const index = match.index ?? 0;
    pushText(text.slice(position, index));
    if (numbers.every((n) => knownNumbers.has(n))) {
      for (const n of numbers) segments.push({ kind: 'citation', n });
    } else {
      pushText(match[0]);
    }
    position = index + match[0].length;
  }
  pushText(text.slice(position));
  return segments;
}
