/** The public face of a chunk's origin, as the HTTP contract shapes it. */
import type { Chunk, SourceRef } from '../core/types';

export function toSourceRef(chunk: Chunk): SourceRef {
  const source: SourceRef = { docId: chunk.docId, title: chunk.title };
  if (chunk.province) source.province = chunk.province;
  if (chunk.section) source.section = chunk.section;
  if (chunk.url) source.url = chunk.url;
  return source;
}
