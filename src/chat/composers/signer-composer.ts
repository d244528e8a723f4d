/** "Ai ký …?": the signature block of the document the top passages come from. */
import { PassageNumbering } from '../passage-numbering';
import { composeSignerAnswer } from '../signer-answer';
import type { Composer } from './composer';
import { retrievalCoverage } from './coverage';

export const signerComposer: Composer = {
  name: 'signer',
  compose(context) {
    if (!context.analysis.wants.includes('signer')) return [];
    const docIds = [...new Set(context.hits.map((hit) => hit.chunk.docId))];
    const numbering = new PassageNumbering();
    const answer = composeSignerAnswer(docIds.flatMap((docId) => context.retriever.documentChunks(docId)), numbering);
    return answer ? [{ kind: 'signer', answer, passages: numbering.passages, score: retrievalCoverage(context) }] : [];
  },
};
