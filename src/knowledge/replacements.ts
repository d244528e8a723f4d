/**
 * Legal texts known to be replaced (knowledge/replacements.json) and the currency flags they
 * raise: a record not marked outdated that still rests on a replaced text, and a caveat whose
 * re-check date (e.g. the 01/3/2027 end of the 2025 decentralisation) has passed.
 */
import { z } from 'zod';
import { isoDateSchema, unknownSchema } from './sourced';
import type { ProcedureRecord } from './procedure-schema';

export const replacementSchema = z.strictObject({
  replaced: z.string().min(1),
  by: z.string().min(1),
  from: z.union([unknownSchema, isoDateSchema]),
  note: z.string().min(1),
  source: z.strictObject({ title: z.string().min(1), url: z.url().optional() }),
});
export const replacementsFileSchema = z.strictObject({ about: z.string(), replacements: z.array(replacementSchema) });
export type Replacement = z.infer<typeof replacementSchema>;

/** "Nghị định số 04/2023/NĐ-CP" and "4/2023/NĐ-CP" are the same text. */
export function normaliseNumber(number: string): string {
  const core = number.normalize('NFC').match(/\d+\/(?:\d{4}\/)?[\p{L}\d-]+/u)?.[0] ?? number;
  return core.replace(/^0+(\d)/, '$1').toUpperCase();
}

export interface CurrencyFlag {
  id: string;
  kind: 'replaced-basis' | 'caveat-expired';
  message: string;
}

export function currencyFlags(records: readonly ProcedureRecord[], replacements: readonly Replacement[], today: string): CurrencyFlag[] {
  const replaced = new Map(replacements.map((replacement) => [normaliseNumber(replacement.replaced), replacement]));
  const flags: CurrencyFlag[] = [];
  for (const record of records) {
    if (record.status !== 'outdated') {
      const cited = [...record.legalBasis.map((basis) => basis.number), ...(record.decision && record.decision !== 'unknown' ? [record.decision.value] : [])];
      for (const number of cited) {
        const replacement = replaced.get(normaliseNumber(number));
        if (replacement) flags.push({ id: record.id, kind: 'replaced-basis', message: `dựa trên ${number}, đã được thay bằng ${replacement.by}${replacement.from === 'unknown' ? '' : ` từ ${replacement.from}`} (${replacement.note})` });
      }
    }
    for (const caveat of record.caveats) {
      if (caveat.until && caveat.until <= today) flags.push({ id: record.id, kind: 'caveat-expired', message: `lưu ý hết hạn ngày ${caveat.until}, cần kiểm tra lại: ${caveat.text}` });
    }
  }
  return flags;
}
