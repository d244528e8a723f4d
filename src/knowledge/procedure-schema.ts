/** The zod shape of one Nội vụ procedure record in knowledge/procedures/. */
import { z } from 'zod';
import { findAbolishedBody } from './abolished-bodies';
import { isoDateSchema, readDateSchema, sourceSchema, sourced, sourcedFields, unknownSchema } from './sourced';

const text = z.string().min(1);
const orUnknown = <Value extends z.ZodType>(value: Value) => z.union([unknownSchema, value]);

export const levelSchema = z.enum(['trung ương', 'tỉnh', 'xã']);
export const onlineLevelSchema = z.enum(['toàn trình', 'một phần', 'không']);
export const statusSchema = z.enum(['current', 'outdated', 'uncertain']);

const componentFields = {
  name: text,
  formNumber: orUnknown(text),
  copies: orUnknown(text),
  originalOrCopy: orUnknown(z.enum(['bản chính', 'bản sao', 'bản sao chứng thực', 'bản chính hoặc bản sao', 'bản gốc'])),
  /** The source cell was cut mid-sentence or garbled: the name is what survived. */
  flagged: z.boolean().optional(),
};
/** One nested line of a dossier item (an alternative or a sub-item); nesting stops here. */
export const dossierLeafSchema = z.strictObject(componentFields);

export const dossierComponentSchema = z.strictObject({
  ...componentFields,
  /** "một trong các giấy tờ sau": any one of these satisfies the item. */
  alternatives: z.array(dossierLeafSchema).optional(),
  /** Sub-items that together make up the item, e.g. (7.1)…(7.6). */
  items: z.array(dossierLeafSchema).optional(),
});

/** A per-case dossier (1.1, 1.2 … on the national page), kept apart from the others. */
export const dossierCaseSchema = z.strictObject({
  heading: text,
  components: z.array(dossierComponentSchema),
});

export const dossierSchema = z.strictObject({
  components: z.array(dossierComponentSchema),
  /** False when the source listed only part of the components. */
  complete: z.boolean(),
  /** Number of sets, e.g. "01 bộ". */
  sets: orUnknown(text),
  /** Per-case lists; when present, `components` holds what every case shares (often nothing). */
  cases: z.array(dossierCaseSchema).optional(),
});

export const channelKindSchema = z.enum(['trực tiếp', 'trực tuyến', 'bưu chính']);
/** One row of "Cách thức thực hiện": a channel, and for split rows the outcome it applies to. */
export const channelSchema = z.strictObject({
  channel: channelKindSchema,
  time: orUnknown(text),
  fee: orUnknown(text),
  description: orUnknown(text),
  /** E.g. "trường hợp không cấp": the outcome this row's time limit is for. */
  outcome: text.optional(),
  flagged: z.boolean().optional(),
});

export const carriedOutBySchema = z.enum(['địa phương', 'trung ương', 'bảo hiểm xã hội']);

export const legalBasisSchema = z.strictObject({
  number: text,
  date: orUnknown(isoDateSchema),
  title: text,
  ...sourcedFields,
});

export const caveatSchema = z.strictObject({
  text,
  /** The date after which the caveat must be re-checked (e.g. 2027-03-01). */
  until: isoDateSchema.optional(),
  ...sourcedFields,
});

export const procedureRecordSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id phải là kebab-case'),
    code: sourced(text),
    name: text,
    aliases: z.array(text),
    field: text,
    level: sourced(levelSchema),
    implementingAgency: sourced(text),
    receivingAgency: sourced(text),
    applicants: sourced(text),
    steps: sourced(z.array(text).min(1)),
    dossier: sourced(dossierSchema),
    processingTime: sourced(text),
    fees: sourced(text),
    result: sourced(text),
    legalBasis: z.array(legalBasisSchema),
    submission: z.strictObject({ inPerson: sourced(z.boolean()), post: sourced(z.boolean()), online: sourced(z.boolean()) }),
    onlineLevel: sourced(onlineLevelSchema),
    officialUrls: z.array(z.url()),
    /** When the record's source was read (a page's capture), YYYY-MM-DD or YYYY-MM; not when it was imported. */
    verifiedAt: readDateSchema,
    status: statusSchema,
    statusReason: text,
    caveats: z.array(caveatSchema),
    sources: z.array(sourceSchema).min(1),
    // Additive fields of the national import; optional so hand records still validate.
    /** `internal`: a procedure between agencies (staff scope), citizens do not file it. */
    scope: z.enum(['public', 'internal']).optional(),
    carriedOutBy: carriedOutBySchema.optional(),
    /** Every level the official page lists; `level` stays the one a citizen files at. */
    levels: sourced(z.array(levelSchema).min(1)).optional(),
    /** Số quyết định that published the procedure. */
    decision: sourced(text).optional(),
    channels: sourced(z.array(channelSchema).min(1)).optional(),
    /** Yêu cầu, điều kiện thực hiện: one line per condition, as the source lays them out. */
    conditions: sourced(text).optional(),
    description: sourced(text).optional(),
    /** Fields whose source cells were cut or garbled (e.g. "steps", "channels", "conditions"). */
    flaggedFields: z.array(text).optional(),
    /** `catalogue`: only code, name, field, level and link are known from the national catalogue. */
    detail: z.enum(['full', 'catalogue']).optional(),
    /** How people describe the need it serves (knowledge/everyday-phrases.json): searched, never shown, no fact. */
    phrases: z.array(text).optional(),
  })
  .superRefine((record, context) => {
    const ids = new Set(record.sources.map((source) => source.id));
    for (const [path, sourceId] of sourceReferences(record)) {
      if (!ids.has(sourceId)) context.addIssue({ code: 'custom', path, message: `nguồn "${sourceId}" không có trong sources` });
    }
    if (record.status !== 'current') return;
    for (const key of ['implementingAgency', 'receivingAgency'] as const) {
      const field = record[key];
      if (field === 'unknown') continue;
      const body = findAbolishedBody(field.value);
      if (body) context.addIssue({ code: 'custom', path: [key], message: `bản ghi current nêu cơ quan đã bãi bỏ: ${body.name}` });
    }
  });

export type ProcedureRecord = z.infer<typeof procedureRecordSchema>;

type UnknownFacts = Pick<ProcedureRecord, 'receivingAgency' | 'applicants' | 'steps' | 'dossier' | 'processingTime' | 'fees' | 'result' | 'legalBasis' | 'submission' | 'onlineLevel'>;

/** A record's facts before any source is read: every one unknown, none invented (catalogue-only and test records). */
export function unknownProcedureFacts(): UnknownFacts {
  return {
    receivingAgency: 'unknown',
    applicants: 'unknown',
    steps: 'unknown',
    dossier: 'unknown',
    processingTime: 'unknown',
    fees: 'unknown',
    result: 'unknown',
    legalBasis: [],
    submission: { inPerson: 'unknown', post: 'unknown', online: 'unknown' },
    onlineLevel: 'unknown',
  };
}
export type DossierComponent = z.infer<typeof dossierComponentSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type DossierLeaf = z.infer<typeof dossierLeafSchema>;
export type DossierCase = z.infer<typeof dossierCaseSchema>;
export type Dossier = z.infer<typeof dossierSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type ChannelKind = z.infer<typeof channelKindSchema>;

type SourcedKey = 'code' | 'level' | 'implementingAgency' | 'receivingAgency' | 'applicants' | 'steps' | 'dossier' | 'processingTime' | 'fees' | 'result' | 'onlineLevel';
export const sourcedKeys: readonly SourcedKey[] = ['code', 'level', 'implementingAgency', 'receivingAgency', 'applicants', 'steps', 'dossier', 'processingTime', 'fees', 'result', 'onlineLevel'];

/** Every `[path, sourceId]` a record cites, so the check can prove each one resolves. */
export function sourceReferences(record: Omit<ProcedureRecord, never>): Array<[Array<string | number>, string]> {
  const references: Array<[Array<string | number>, string]> = [];
  for (const key of sourcedKeys) {
    const field = record[key];
    if (field !== 'unknown') references.push([[key], field.source]);
  }
  for (const channel of ['inPerson', 'post', 'online'] as const) {
    const field = record.submission[channel];
    if (field !== 'unknown') references.push([['submission', channel], field.source]);
  }
  for (const key of ['levels', 'decision', 'channels', 'conditions', 'description'] as const) {
    const field = record[key];
    if (field && field !== 'unknown') references.push([[key], field.source]);
  }
  record.legalBasis.forEach((basis, index) => references.push([['legalBasis', index], basis.source]));
  record.caveats.forEach((caveat, index) => references.push([['caveats', index], caveat.source]));
  return references;
}

/** Names of the fields still `unknown` in a record (for the coverage table). */
export function unknownFields(record: ProcedureRecord): string[] {
  const names: string[] = sourcedKeys.filter((key) => record[key] === 'unknown');
  for (const channel of ['inPerson', 'post', 'online'] as const) if (record.submission[channel] === 'unknown') names.push(`submission.${channel}`);
  if (record.legalBasis.length === 0) names.push('legalBasis');
  if (record.officialUrls.length === 0) names.push('officialUrls');
  return names;
}
