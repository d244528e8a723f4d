/**
 * Passage families for term statistics. Plan passages (prose and table rows of ingested documents) and knowledge
 * records (procedures, FAQ, routing) are written in different registers and in very different numbers: a thousand
 * short, formulaic procedure passages beside a few hundred plan passages. Pooled, the records' volume sets the
 * idf and the average length that plan passages are scored with (a word every plan repeats, "kế hoạch", looks
 * rare because the records never use it). Each family is therefore scored with its own statistics.
 */
import type { ChunkKind } from '../core/types';

export type PassageFamily = 0 | 1;

export const DOCUMENT_FAMILY: PassageFamily = 0;
export const KNOWLEDGE_FAMILY: PassageFamily = 1;
export const FAMILY_COUNT = 2;

const KNOWLEDGE_KINDS: ReadonlySet<ChunkKind> = new Set(['procedure', 'faq', 'routing']);

export function passageFamily(kind: ChunkKind): PassageFamily {
  return KNOWLEDGE_KINDS.has(kind) ? KNOWLEDGE_FAMILY : DOCUMENT_FAMILY;
}
