/** A fact read in a named source, or the explicit marker that no source gave it. */
import { z } from 'zod';

export const UNKNOWN = 'unknown' as const;
export const unknownSchema = z.literal(UNKNOWN);

/** Where a fact was read: an entry in the record's `sources` list, plus article or section. */
export const sourcedFields = {
  /** Id of an entry in the record's `sources` array. */
  source: z.string().min(1),
  /** Article, clause or portal section the value was read in, e.g. "Điều 22 khoản 2". */
  article: z.string().min(1).optional(),
  /** Why the value is worded as it is (conflicts, partial reads). */
  note: z.string().min(1).optional(),
};

/**
 * A field that is either `"unknown"` or `{ value, source }`. A value without a source is
 * rejected (strict object), which is how "every filled field is traceable" is enforced.
 */
export function sourced<Value extends z.ZodType>(value: Value) {
  return z.union([unknownSchema, z.strictObject({ value, ...sourcedFields })]);
}

export interface SourcedValue<Value> {
  value: Value;
  source: string;
  article?: string;
  note?: string;
}
export type Sourced<Value> = typeof UNKNOWN | SourcedValue<Value>;

export function isKnown<Value>(field: Sourced<Value>): field is SourcedValue<Value> {
  return field !== UNKNOWN;
}

/** Kinds of source, strongest first; the assistant may weigh them. */
export const sourceKindSchema = z.enum(['law', 'portal', 'gov-news', 'press', 'secondary', 'project']);

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  url: z.url().optional(),
  kind: sourceKindSchema,
  /** Legal texts are cited by number and article even without a URL. */
  number: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày theo dạng YYYY-MM-DD');
/** When a source was read: a day, or only a month when that is all the capture states (YYYY-MM). */
export const readDateSchema = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'ngày theo dạng YYYY-MM-DD (hoặc YYYY-MM khi nguồn chỉ ghi tháng)');

/** Every id an answer cites must be one of the entry's own sources (FAQ and routing entries alike). */
export function checkAnswerSources(entry: { answerSources: string[]; sources: { id: string }[] }, context: z.RefinementCtx): void {
  const ids = new Set(entry.sources.map((source) => source.id));
  entry.answerSources.forEach((id, index) => {
    if (!ids.has(id)) context.addIssue({ code: 'custom', path: ['answerSources', index], message: `nguồn "${id}" không có trong sources` });
  });
}
