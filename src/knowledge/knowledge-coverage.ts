/**
 * Coverage of the knowledge base against the national catalogue: per catalogue field and per
 * filing level, how many codes are known at all, known with official detail, and current; and
 * per record field, how many records know it.
 */
import type { CatalogueRow } from './national-catalogue';
import { sourcedKeys, type ProcedureRecord } from './procedure-schema';

export interface CoverageRow {
  label: string;
  catalogue: number;
  known: number;
  detail: number;
  current: number;
}

function nationalCode(record: ProcedureRecord): string | undefined {
  return record.code === 'unknown' ? undefined : record.code.value.match(/^\d\.\d{6}/)?.[0];
}

/** Official detail: imported from the full page, or a record that knows dossier and time limit. */
export function hasDetail(record: ProcedureRecord): boolean {
  return record.detail === 'full' || (record.dossier !== 'unknown' && record.processingTime !== 'unknown');
}

export function catalogueCoverage(rows: readonly CatalogueRow[], records: readonly ProcedureRecord[], groupOf: (row: CatalogueRow, record: ProcedureRecord | undefined) => string): CoverageRow[] {
  const byCode = new Map<string, ProcedureRecord>();
  for (const record of records) {
    const code = nationalCode(record);
    if (code && (!byCode.has(code) || hasDetail(record))) byCode.set(code, record);
  }
  const groups = new Map<string, CoverageRow>();
  const total: CoverageRow = { label: 'Tổng', catalogue: 0, known: 0, detail: 0, current: 0 };
  for (const row of rows) {
    const record = byCode.get(row.code);
    const label = groupOf(row, record);
    const group = groups.get(label) ?? { label, catalogue: 0, known: 0, detail: 0, current: 0 };
    for (const target of [group, total]) {
      target.catalogue++;
      if (record) target.known++;
      if (record && hasDetail(record)) target.detail++;
      if (record?.status === 'current') target.current++;
    }
    groups.set(label, group);
  }
  return [...[...groups.values()].sort((left, right) => right.catalogue - left.catalogue), total];
}

export function levelLabel(record: ProcedureRecord | undefined): string {
  if (!record || record.level === 'unknown') return 'chưa rõ cấp';
  const scope = record.scope === 'internal' ? ' (nội bộ)' : record.carriedOutBy === 'bảo hiểm xã hội' ? ' (Bảo hiểm xã hội)' : '';
  return `cấp ${record.level.value}${scope}`;
}

export function fieldCoverage(records: readonly ProcedureRecord[]): Array<{ field: string; known: number; total: number }> {
  const fields = [...sourcedKeys, 'legalBasis', 'channels', 'conditions', 'decision', 'levels'] as const;
  return fields.map((field) => {
    const known = records.filter((record) => {
      const value = (record as Record<string, unknown>)[field];
      if (Array.isArray(value)) return value.length > 0;
      return value !== undefined && value !== 'unknown';
    }).length;
    return { field, known, total: records.length };
  });
}
