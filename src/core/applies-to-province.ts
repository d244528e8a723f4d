/**
 * Whether a passage holds under a province filter. National knowledge (procedure records, FAQ, routing entries)
 * names no province and applies in every one; a plan passage holds only in its own province.
 */
import type { Chunk, ChunkKind } from './types';

const NATIONAL_KINDS: ReadonlySet<ChunkKind> = new Set(['procedure', 'faq', 'routing']);

export function appliesToProvince(chunk: Pick<Chunk, 'kind' | 'province'>, province: string, same: (left: string, right: string) => boolean = (left, right) => left === right): boolean {
  return chunk.province ? same(chunk.province, province) : NATIONAL_KINDS.has(chunk.kind);
}
