/** "Ai ký kế hoạch?": reads the signature block (TM./KT. CHỦ TỊCH … name) at the end of the document. */
import type { Chunk } from '../core/types';
import { withMarker } from './extractive-answer';
import type { PassageNumbering } from './passage-numbering';

// Title lines in capitals (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH, GIÁM ĐỐC), then a personal name of 2–5 capitalised words.
const SIGNATURE = /((?:^|\n)(?:(?:TM|KT|Q|TL|TUQ)\.\s*)?[\p{Lu}\s.]*(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|PHÓ GIÁM ĐỐC)[\p{Lu}\s.]*)\n(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,4})\s*(?:\n|$)/u;

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

/** The signer of the first document, among these passages in document order, that has a signature block. */
export function composeSignerAnswer(chunks: readonly Chunk[], numbering: PassageNumbering): string | undefined {
  for (const chunk of chunks) {
    const signature = findSignature(chunk);
    if (signature) return withMarker(`Văn bản do ông/bà ${signature.name} ký (${signature.titles})`, numbering.number(chunk));
  }
  return undefined;
}
