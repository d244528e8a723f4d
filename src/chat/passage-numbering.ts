/** Numbers the passages an answer uses ([1], [2]…) in first-use order and turns them into citations. */
import type { Chunk } from '../core/types';
import type { Citation } from '../protocol/chat-events';

export class PassageNumbering {
  private readonly order: Chunk[] = [];

  /** The citation number of a passage, assigning the next one on first use. */
  number(chunk: Chunk): number {
    let index = this.order.findIndex((known) => known.id === chunk.id);
    if (index < 0) index = this.order.push(chunk) - 1;
    return index + 1;
  }

  get passages(): readonly Chunk[] {
    return this.order;
  }
}

export function toCitation(chunk: Chunk, n: number): Citation {
  return {
    n,
    text: chunk.text,
    source: {
      docId: chunk.docId,
      title: chunk.title,
      ...(chunk.province ? { province: chunk.province } : {}),
      ...(chunk.section ? { section: chunk.section } : {}),
      ...(chunk.url ? { url: chunk.url } : {}),
    },
  };
}

/**
 * Citations for the numbers still used in the answer. With `renumber` they become 1..k without gaps;
 * without it (text already streamed) the numbers stay as the reader saw them.
 */
export function citationsFor(answer: string, passages: readonly Chunk[], options: { renumber: boolean } = { renumber: true }): { answer: string; citations: Citation[] } {
  const used: number[] = [];
  for (const match of answer.matchAll(/\[(\d+)\]/g)) {
    const n = Number(match[1]);
    if (n >= 1 && n <= passages.length && !used.includes(n)) used.push(n);
  }
  if (!options.renumber) {
    const sorted = [...used].sort((left, right) => left - right);
    return { answer, citations: sorted.map((n) => toCitation(passages[n - 1]!, n)) };
  }
  const renumber = new Map(used.map((n, index) => [n, index + 1]));
  const text = answer.replace(/\[(\d+)\]/g, (whole, digits: string) => {
    const next = renumber.get(Number(digits));
    return next ? `[${next}]` : '';
  });
  return { answer: text, citations: used.map((n, index) => toCitation(passages[n - 1]!, index + 1)) };
}
