/** Answers for topics that moved (religion, the abolished district level…): where to go now, first. */
import type { Chunk } from '../core/types';
import type { PassageNumbering } from './passage-numbering';
import { splitSentences } from './sentence-split';

/** A routing entry's own answer, led by the body that handles it now; undefined for other chunks. */
export function composeRoutingAnswer(chunk: Chunk, numbering: PassageNumbering): string | undefined {
  if (chunk.kind !== 'routing' || !chunk.fields) return undefined;
  const current = chunk.fields['Cơ quan hiện nay'];
  const explanation = chunk.fields['Trả lời'];
  if (!current || !explanation) return undefined;
  const n = numbering.number(chunk);
  // Short as at the one-stop desk: the explanation's first pieces, up to about 45 words.
  const pieces: string[] = [];
  let words = 0;
  for (const sentence of splitSentences(explanation)) {
    if (pieces.length > 0 && words > 30) break;
    pieces.push(sentence.text.trim());
    words += sentence.text.split(/\s+/).length;
  }
  const sentences = pieces.join(' ').replace(/[;,:]+$/u, '.');
  return `Nơi giải quyết hiện nay: ${current.replace(/[.;]+$/u, '')}. ${sentences} [${n}]`;
}

/** "Cơ quan trước đây: …; cơ quan hiện nay: … [n]." — put before a procedure answer when the question names a body that moved. */
export function composeRoutingNote(chunk: Chunk, numbering: PassageNumbering): string | undefined {
  const former = chunk.fields?.['Cơ quan trước đây'];
  const current = chunk.fields?.['Cơ quan hiện nay'];
  if (chunk.kind !== 'routing' || !former || !current) return undefined;
  return `Cơ quan trước đây: ${former.replace(/[.;]+$/u, '')}; cơ quan hiện nay: ${current.replace(/[.;]+$/u, '')} [${numbering.number(chunk)}].`;
}
