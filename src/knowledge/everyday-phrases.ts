/**
 * How people describe the need a procedure serves, in their own words ("mẹ tôi từng đi thanh niên xung phong, giờ già yếu"), kept in
 * `knowledge/everyday-phrases.json` beside the records. Search vocabulary, not facts: it helps the assistant
 * recognise a procedure from a situation told, and is never shown to anyone. It lives outside the record files so a
 * re-import of the official pages never loses it.
 */
import { z } from 'zod';
import type { ProcedureRecord } from './procedure-schema';

export const EVERYDAY_PHRASES_PATH = 'knowledge/everyday-phrases.json';

const phrase = z
  .string()
  .min(1)
  .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
  .refine((value) => value.split(' ').length >= 2, 'mỗi cách gọi cần ít nhất hai từ')
  // A phrase is never a fact: a number in it would be a fee, a time or a date no source backs.
  .refine((value) => !/\d/.test(value), 'cách gọi không được chứa chữ số (không phải dữ kiện)');

export const everydayPhrasesFileSchema = z.strictObject({
  description: z.string().optional(),
  /** Record id → the ways people describe that procedure's need. */
  records: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id phải là kebab-case'), z.array(phrase).min(1)),
});
export type EverydayPhrasesFile = z.infer<typeof everydayPhrasesFileSchema>;

/** The records with their phrases attached, and the ids the file names that no record has (to report). */
export function attachEverydayPhrases(records: readonly ProcedureRecord[], file: EverydayPhrasesFile): { records: ProcedureRecord[]; unknownIds: string[] } {
  const known = new Set(records.map((record) => record.id));
  const unknownIds = Object.keys(file.records).filter((id) => !known.has(id));
  const attached = records.map((record) => {
    const phrases = file.records[record.id];
    return phrases ? { ...record, phrases: [...new Set([...(record.phrases ?? []), ...phrases])] } : record;
  });
  return { records: attached, unknownIds };
}
