/** Content-addressed chunk ids: the same document, place and text always give the same id. */
import type { Chunk, ChunkDraft } from '../core/types';

/** Two independent 53-bit string hashes (cyrb53), hex-joined: sync and runtime-agnostic. */
export function contentHash(text: string): string {
  return cyrb53(text, 0x9e3779b1).toString(16).padStart(14, '0') + cyrb53(text, 0x85ebca6b).toString(16).padStart(14, '0');
}

function cyrb53(text: string, seed: number): number {
  let first = 0xdeadbeef ^ seed;
  let second = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return 4294967296 * (2097151 & second) + (first >>> 0);
}

export function withChunkIds(drafts: ChunkDraft[]): Chunk[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    // Search-only words count too, so a passage's vector is made anew when they change.
    const keywords = draft.keywords ? `\u0000${draft.keywords}` : '';
    let id = contentHash(`${draft.docId}\u0000${draft.section}\u0000${draft.text}${keywords}`).slice(0, 20);
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    if (count > 0) id = `${id}-${count}`; // identical text twice in one section keeps both
    return { id, ...draft };
  });
}
