/**
 * "Ai ký …?": the signature block (TM./KT. CHỦ TỊCH … name) of the document the top passages come from, read in
 * the passages the caller may see.
 */
import type { Chunk } from '../../core/types';
import { withMarker } from '../extractive-answer';
import { PassageNumbering } from '../passage-numbering';
import type { Composer } from './composer';
import { retrievalCoverage } from './coverage';
import { documentsInScope, readableChunks } from './document-scope';

// Title lines in capitals (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH, GIÁM ĐỐC), then a personal name of 2–5 capitalised words.
const SIGNATURE = /((?:^|\n)(?:(?:TM|KT|Q|TL|TUQ)\.\s*)?[\p{Lu}\s.]*(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|PHÓ GIÁM ĐỐC)[\p{Lu}\s.]*)\n(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,4})\s*(?:\n|$)/u;

export const signerComposer: Composer = {
  name: 'signer',
  compose(context) {
    if (!context.analysis.wants.includes('signer')) return [];
    const numbering = new PassageNumbering();
    // The first document, in rank order, that has a signature block: the one the question is about.
    for (const docId of documentsInScope(context)) {
      const signed = readableChunks(context, docId).map((chunk) => ({ chunk, signature: findSignature(chunk) })).find((entry) => entry.signature);
      if (!signed) continue;
      const { name, titles } = signed.signature!;
      const answer = withMarker(`Văn bản do ông/bà ${name} ký (${titles})`, numbering.number(signed.chunk));
      return [{ kind: 'signer', answer, passages: numbering.passages, score: retrievalCoverage(context) }];
    }
    return [];
  },
};

export function findSignature(chunk: Chunk): { titles: string; name: string } | undefined {
  const match = chunk.text.match(SIGNATURE);
  if (!match) return undefined;
  const titles = match[1]!
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');
  return { titles, name: match[2]! };
}
