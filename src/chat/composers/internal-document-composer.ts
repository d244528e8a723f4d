/**
 * Staff scope: an internal document competes with the public sources on equal terms. A named procedure would
 * otherwise always win (its record answers at full score), so the instruction a Sở uploaded about who receives
 * "thành lập hội" files lost to the public card. Here the best internal passage among the top hits answers when it
 * covers the question at least as well as the best public one; sections and lists of internal documents go
 * through the outline and list composers like any other document. Internal procedure records are no documents
 * here: the procedure composer answers them from their fields.
 */
import type { Chunk } from '../../core/types';
import { composeSentences, factShapeOf, selectSentences } from '../extractive-answer';
import { PassageNumbering } from '../passage-numbering';
import type { Composer } from './composer';
import { coverageOf, extractiveContext } from './coverage';

const TOP_HITS = 3;

export const internalDocumentComposer: Composer = {
  name: 'internal-document',
  compose(context) {
    if (!context.scopes.includes('internal')) return [];
    const top = context.hits.slice(0, TOP_HITS);
    // An internal procedure record is answered from its fields by the procedure composer, as any record is.
    const isRecord = (chunk: Chunk) => chunk.kind === 'procedure' && Boolean(chunk.procedureId && context.catalog?.records.some((record) => record.id === chunk.procedureId));
    const internal = top.filter((hit) => hit.chunk.scope === 'internal' && !isRecord(hit.chunk));
    if (internal.length === 0) return [];
    const publicBest = top.find((hit) => hit.chunk.scope !== 'internal')?.chunk;
    const internalCoverage = Math.max(...internal.map((hit) => coverageOf(context, [hit.chunk])));
    if (publicBest && coverageOf(context, [publicBest]) > internalCoverage) return [];
    const extractive = extractiveContext(context);
    const chosen = selectSentences(internal, extractive);
    if (chosen.length === 0) return [];
    const numbering = new PassageNumbering();
    const answer = composeSentences(chosen, internal, numbering, extractive, factShapeOf(context.analysis));
    const passages: readonly Chunk[] = numbering.passages;
    return [{ kind: 'internal-document', answer, passages, score: coverageOf(context, passages) }];
  },
};
