/** Splits a long reply into messages a chat platform accepts (Zalo: 2,000 characters), at sentence ends where possible. */

// A sentence ends at . ! ? … (then a space or line break) or at a line break; the split keeps the mark.
const SENTENCE_END = /[.!?…](?=\s)|\n/g;

function cutPoint(window: string): number {
  let best = -1;
  for (const match of window.matchAll(SENTENCE_END)) best = match.index + match[0].length;
  // A sentence end in the first half would leave a stub; a word boundary does better then.
  if (best >= window.length / 2) return best;
  const space = window.lastIndexOf(' ');
  return space > 0 ? space : window.length;
}

export function splitMessage(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    // One past the limit: a sentence mark exactly at the limit still counts as a cut.
    const cut = cutPoint(rest.slice(0, limit + 1).replace(/\s$/, ' '));
    const at = Math.min(cut, limit);
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}
