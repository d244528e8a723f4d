/**
 * The import of national procedure pages (and the catalogue) into knowledge/procedures, as a pure
 * step: pages + catalogue + existing records in, records to write and a report out. A page that
 * fails to parse or validate is listed as an error and nothing of it is written; the rest go on.
 * A record's `verifiedAt` is when its source was read (the capture), never the day the import runs,
 * so importing the same capture twice changes nothing ("unchanged"); a newer capture of an unchanged
 * page updates only the date.
 */
import { foldDiacritics } from '../text/fold';
import { foldForMatching } from './abolished-bodies';
import { baseName, mergeProcedureRecords } from './merge-procedure-records';
import { pageCaptureDate } from './capture-date';
import { recordFromCatalogue, type CatalogueRow } from './national-catalogue';
import { levelSuffix, type Level } from './national-levels';
import { NationalPageError, parseNationalPage } from './national-page';
import { recordFromPage } from './national-record';
import { procedureRecordSchema, unknownFields, type ProcedureRecord } from './procedure-schema';
import type { Source } from './sourced';

export interface PageFile {
  name: string;
  text: string;
}

/** A hand record the catalogue names under another title: which code it is, and whether its facts still hold. */
export interface HandLink {
  id: string;
  code: string;
  keepFacts: boolean;
  reason: string;
  /** Why the hand facts went (a replaced rule), kept on the record with its source. */
  caveat?: { text: string; source: Source };
}

export interface ImportInput {
  pages: readonly PageFile[];
  /** Rows of catalogue.tsv; with `includeCatalogue`, rows without a page become catalogue-only records. */
  catalogue?: readonly CatalogueRow[];
  includeCatalogue?: boolean;
  existing: readonly ProcedureRecord[];
  links?: readonly HandLink[];
  /**
   * When the pages and the catalogue were read from the portal (YYYY-MM-DD, or YYYY-MM when only the
   * month is known): the `verifiedAt` of their records. A page's own capture line wins.
   */
  capturedAt: string;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Records an earlier import created that a hand record now carries (their files go). */
  removed: string[];
  /** Record id → fields the official source leaves unknown. */
  unknown: Record<string, string[]>;
  errors: Array<{ file: string; message: string }>;
}

export interface ImportOutcome {
  /** Created or updated records (unchanged ones are not rewritten). */
  records: ProcedureRecord[];
  removed: string[];
  report: ImportReport;
}

function newId(name: string, code: string): string {
  const words = foldDiacritics(baseName(name).normalize('NFC')).toLowerCase().replace(/đ/g, 'd').replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  let slug = '';
  for (const word of words) if ((slug + word).length <= 60) slug = slug ? `${slug}-${word}` : word;
  return `${slug || 'thu-tuc'}-${code.replace(/\./g, '-')}`;
}

function nationalCode(record: ProcedureRecord): string | undefined {
  return record.code === 'unknown' ? undefined : record.code.value.match(/^\d\.\d{6}/)?.[0];
}


/** Names shared by records at different levels carry their level: "Thành lập hội (cấp tỉnh)". */
export function nameLevels(records: ProcedureRecord[]): ProcedureRecord[] {
  const groups = new Map<string, ProcedureRecord[]>();
  for (const record of records) {
    if (!nationalCode(record)) continue;
    const key = foldForMatching(baseName(record.name));
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return records.map((record) => {
    const group = groups.get(foldForMatching(baseName(record.name)));
    const levels = new Set(group?.map((member) => (member.level === 'unknown' ? undefined : member.level.value)));
    if (!group || group.length < 2 || levels.size < 2 || record.level === 'unknown') return record;
    const name = `${baseName(record.name)} ${levelSuffix(record.level.value as Level)}`;
    return name === record.name ? record : { ...record, name };
  });
}

const QUALIFIER = /\s+(?:đối với|cho|theo|tại|trong trường hợp|khi)\s+/u;

/**
 * A long official name also answers to its head, the part before its first qualifier ("Cấp giấy
 * phép lao động" of "… đối với người lao động nước ngoài làm việc tại Việt Nam"), when no other
 * record shares that head: people name a procedure by its head.
 */
export function headAliases(records: ProcedureRecord[]): ProcedureRecord[] {
  const headOf = (record: ProcedureRecord) => {
    const name = baseName(record.name);
    const head = name.split(QUALIFIER)[0]!.trim();
    return head !== name && head.split(/\s+/u).length >= 3 ? head : undefined;
  };
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const key of new Set([foldForMatching(baseName(record.name)), ...(headOf(record) ? [foldForMatching(headOf(record)!)] : [])])) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const wordSets = records.map((record) => ({ id: record.id, words: new Set(foldForMatching(record.name).split(/[^\p{L}\p{N}]+/u)) }));
  // A head whose every word another record's name also holds would name that record too.
  const ambiguous = (head: string, id: string) => {
    const words = foldForMatching(head).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return wordSets.some((other) => other.id !== id && words.every((word) => other.words.has(word)));
  };
  return records.map((record) => {
    const head = nationalCode(record) ? headOf(record) : undefined;
    if (!head || counts.get(foldForMatching(head)) !== 1 || ambiguous(head, record.id)) return record;
    if (record.aliases.some((alias) => foldForMatching(alias) === foldForMatching(head))) return record;
    return { ...record, aliases: [...record.aliases, head] };
  });
}

export function importProcedurePages(input: ImportInput): ImportOutcome {
  const report: ImportReport = { created: [], updated: [], unchanged: [], removed: [], unknown: {}, errors: [] };
  const byCode = new Map<string, ProcedureRecord>();
  const keepFacts = new Map<string, boolean>();
  const linkCaveats = new Map<string, NonNullable<HandLink['caveat']>>();
  const existingById = new Map(input.existing.map((record) => [record.id, record]));
  for (const record of input.existing) {
    const code = nationalCode(record);
    if (code && !byCode.has(code)) byCode.set(code, record);
  }
  const removed: string[] = [];
  for (const link of input.links ?? []) {
    const record = existingById.get(link.id);
    const code = record ? nationalCode(record) : undefined;
    if (!record || (code && code !== link.code)) continue;
    keepFacts.set(link.id, link.keepFacts);
    if (link.caveat) linkCaveats.set(link.id, link.caveat);
    if (code) continue;
    // A record an earlier import created for this code gives way to the hand record it duplicates.
    const earlier = byCode.get(link.code);
    if (earlier && earlier.id !== record.id) removed.push(earlier.id);
    byCode.set(link.code, record);
  }
  const catalogue = new Map((input.catalogue ?? []).map((row) => [row.code, row]));
  const produced = new Map<string, ProcedureRecord>();
  const fromPages = new Set<string>();

  const accept = (file: string, official: ProcedureRecord, previous: ProcedureRecord | undefined) => {
    const merged = previous ? mergeProcedureRecords(previous, official, keepFacts.get(previous.id) ?? previous.status !== 'outdated') : official;
    const linked = previous ? linkCaveats.get(previous.id) : undefined;
    if (linked && !merged.caveats.some((caveat) => caveat.text === linked.text)) {
      merged.caveats = [...merged.caveats, { text: linked.text, source: linked.source.id }];
      if (!merged.sources.some((source) => source.id === linked.source.id)) merged.sources = [...merged.sources, linked.source];
    }
    const parsed = procedureRecordSchema.safeParse(merged);
    if (!parsed.success) {
      report.errors.push({ file, message: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(gốc)'}: ${issue.message}`).join('; ') });
      return;
    }
    produced.set(parsed.data.id, parsed.data);
  };

  for (const page of input.pages) {
    try {
      const parsed = parseNationalPage(page.text);
      const code = parsed.info.get('Mã thủ tục')!;
      const previous = byCode.get(code);
      const row = catalogue.get(code);
      const url = row?.url ?? previous?.officialUrls.find((candidate) => /(^|\.)dichvucong\.gov\.vn$/.test(new URL(candidate).hostname));
      if (!url) throw new NationalPageError(`không có đường dẫn chính thức cho mã ${code}: cần danh mục (catalogue.tsv) hoặc bản ghi đã có mã này`);
      const official = recordFromPage(parsed, { id: previous?.id ?? newId(parsed.title, code), url, verifiedAt: pageCaptureDate(parsed) ?? input.capturedAt, ...(row ? { catalogue: row } : {}) });
      fromPages.add(code);
      accept(page.name, official, previous);
    } catch (error) {
      report.errors.push({ file: page.name, message: error instanceof NationalPageError ? error.message : `không đọc được trang: ${(error as Error).message}` });
    }
  }
  if (input.includeCatalogue) {
    for (const row of input.catalogue ?? []) {
      if (fromPages.has(row.code)) continue;
      const previous = byCode.get(row.code);
      // A record already imported from its full page is not thinned out by its catalogue row.
      if (previous?.detail === 'full') continue;
      accept(`catalogue.tsv:${row.code}`, recordFromCatalogue(row, previous?.id ?? newId(row.name, row.code), input.capturedAt), previous);
    }
  }

  // Level suffixes look at every record, so a new level of a known name renames the others too.
  const all = new Map(input.existing.filter((record) => !removed.includes(record.id)).map((record) => [record.id, record]));
  for (const [id, record] of produced) all.set(id, record);
  const named = headAliases(nameLevels([...all.values()]));
  const records: ProcedureRecord[] = [];
  for (const record of named) {
    const previous = existingById.get(record.id);
    const touched = produced.has(record.id) || (previous !== undefined && (previous.name !== record.name || previous.aliases.join('\u0000') !== record.aliases.join('\u0000')));
    if (!touched) continue;
    if (previous && JSON.stringify(previous) === JSON.stringify(record)) {
      report.unchanged.push(record.id);
      continue;
    }
    records.push(record);
    (previous ? report.updated : report.created).push(record.id);
    const unknown = unknownFields(record);
    if (unknown.length > 0) report.unknown[record.id] = unknown;
  }
  report.removed = removed;
  return { records, removed, report };
}
