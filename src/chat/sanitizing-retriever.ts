/**
 * A retriever whose passages never carry a planted instruction: every way the chat layer reads passages
 * (search hits, a whole document for outlines and lists, one passage) goes through the same filter.
 */
import type { Chunk, ChunkKind, SearchHit } from '../core/types';
import type { RetrieverPort } from '../ports/retriever';
import { withoutPlantedInstructions } from './injection-detector';

// Records curated in knowledge/ (procedures, FAQ, routing) are official data, never judged as instructions.
const CURATED: ReadonlySet<ChunkKind> = new Set(['procedure', 'faq', 'routing']);

/** Wraps a retriever; `onRedaction` hears of each passage that lost a sentence (once per passage and call). */
export function sanitizingRetriever(retriever: RetrieverPort, onRedaction: (chunkId: string) => void = () => undefined): RetrieverPort {
  const cleaned = new WeakMap<Chunk, Chunk>();
  const clean = (chunk: Chunk): Chunk => {
    if (CURATED.has(chunk.kind)) return chunk;
    let result = cleaned.get(chunk);
    if (!result) {
      result = sanitizeChunk(chunk);
      cleaned.set(chunk, result);
    }
    if (result !== chunk) onRedaction(chunk.id);
    return result;
  };
  return {
    retrieve: async (query, options) => (await retriever.retrieve(query, options)).map((hit): SearchHit => {
      const chunk = clean(hit.chunk);
      return chunk === hit.chunk ? hit : { ...hit, chunk };
    }),
    documentChunks: (docId) => retriever.documentChunks(docId).map(clean),
    chunk: (id) => {
      const chunk = retriever.chunk(id);
      return chunk && clean(chunk);
    },
    describeCorpus: () => retriever.describeCorpus(),
    documentFrequency: (term) => retriever.documentFrequency(term),
  };
}

function sanitizeChunk(chunk: Chunk): Chunk {
  const text = withoutPlantedInstructions(chunk.text);
  const fields = chunk.fields && Object.entries(chunk.fields).map(([label, value]) => [label, withoutPlantedInstructions(value)] as const);
  if (text.removed === 0 && !fields?.some(([, value]) => value.removed > 0)) return chunk;
  return { ...chunk, text: text.text, ...(fields ? { fields: Object.fromEntries(fields.map(([label, value]) => [label, value.text])) } : {}) };
}
