/** Serialises a built lexical index (postings delta-encoded), so a runtime can load it instead of re-analysing every chunk. */
import { z } from 'zod';
import type { Chunk } from '../core/types';
import { FIELD_NAMES, LexicalIndex, type LexicalFieldData } from './lexical-index';

/** Bump whenever text analysis changes: an older snapshot is then rebuilt from the chunks. */
export const LEXICAL_SNAPSHOT_VERSION = 4;

const fieldSchema = z.object({
  terms: z.array(z.string()),
  counts: z.array(z.number().int().nonnegative()),
  documentGaps: z.array(z.number().int().nonnegative()),
  frequencies: z.array(z.number().int().nonnegative()),
  lengths: z.array(z.number().nonnegative()),
});

export const lexicalSnapshotSchema = z.object({
  version: z.literal(LEXICAL_SNAPSHOT_VERSION),
  chunkIds: z.array(z.string()),
  parameters: z.object({ k1: z.number(), b: z.number() }),
  fields: z.object({ folded: fieldSchema, marked: fieldSchema, heading: fieldSchema }),
});
export type LexicalSnapshot = z.infer<typeof lexicalSnapshotSchema>;

export function lexicalToSnapshot(index: LexicalIndex): LexicalSnapshot {
  const fields = {} as LexicalSnapshot['fields'];
  for (const name of FIELD_NAMES) {
    const data = index.fieldData(name);
    const snapshot = { terms: [] as string[], counts: [] as number[], documentGaps: [] as number[], frequencies: [] as number[], lengths: Array.from(data.lengths) };
    for (const [term, postings] of data.postings) {
      snapshot.terms.push(term);
      snapshot.counts.push(postings.documents.length);
      let previous = 0;
      postings.documents.forEach((document, position) => {
        snapshot.documentGaps.push(document - previous);
        snapshot.frequencies.push(postings.frequencies[position]!);
        previous = document;
      });
    }
    fields[name] = snapshot;
  }
  return { version: LEXICAL_SNAPSHOT_VERSION, chunkIds: index.chunkIds, parameters: index.bm25Parameters, fields };
}

/** Rebuilds the index from a snapshot; the chunks must be the very ones it was built from, in order. */
export function lexicalFromSnapshot(json: unknown, chunks: Chunk[]): LexicalIndex {
  const snapshot = lexicalSnapshotSchema.parse(json);
  if (snapshot.chunkIds.length !== chunks.length || snapshot.chunkIds.some((id, index) => chunks[index]!.id !== id)) {
    throw new Error('lexical snapshot does not belong to these chunks');
  }
  const unpack = (field: LexicalSnapshot['fields']['folded']): LexicalFieldData => {
    const postings: LexicalFieldData['postings'] = new Map();
    let cursor = 0;
    field.terms.forEach((term, termIndex) => {
      const count = field.counts[termIndex]!;
      const documents = new Int32Array(count);
      const frequencies = new Uint16Array(count);
      let document = 0;
      for (let position = 0; position < count; position++, cursor++) {
        document += field.documentGaps[cursor]!;
        documents[position] = document;
        frequencies[position] = field.frequencies[cursor]!;
      }
      postings.set(term, { documents, frequencies });
    });
    return { postings, lengths: Float32Array.from(field.lengths) };
  };
  return LexicalIndex.fromData(chunks, { folded: unpack(snapshot.fields.folded), marked: unpack(snapshot.fields.marked), heading: unpack(snapshot.fields.heading) }, snapshot.parameters);
}
