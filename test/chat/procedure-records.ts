/** Synthetic procedure records for composer tests: a valid record with every field unknown unless given. */
import { createProcedureCatalog, type ProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import { procedureRecordSchema, unknownProcedureFacts, type ProcedureRecord } from '../../src/knowledge/procedure-schema';

const SOURCE = { id: 'nguon-thu', title: 'Trang thủ tục thử nghiệm', url: 'https://dichvucong.gov.vn/thu-nghiem', kind: 'portal' as const };

/** `value` read in the test source. */
export function known<Value>(value: Value) {
  return { value, source: SOURCE.id };
}

export function syntheticRecord(overrides: Partial<ProcedureRecord> & Pick<ProcedureRecord, 'id' | 'name'>): ProcedureRecord {
  return procedureRecordSchema.parse({
    code: 'unknown',
    aliases: [],
    field: 'Thử nghiệm',
    level: 'unknown',
    implementingAgency: 'unknown',
    ...unknownProcedureFacts(),
    officialUrls: [],
    verifiedAt: '2026-11-20',
    status: 'current',
    statusReason: 'Thử nghiệm.',
    caveats: [],
    sources: [SOURCE],
    ...overrides,
  });
}

/** The record behind the chat fixture's "Thành lập hội" passages. */
export const THANH_LAP_HOI = syntheticRecord({
  id: 'thanh-lap-hoi',
  name: 'Thành lập hội',
  implementingAgency: known('Sở Nội vụ'),
  receivingAgency: known('Trung tâm Phục vụ hành chính công tỉnh'),
  processingTime: known('30 ngày làm việc'),
  result: known('Quyết định cho phép thành lập hội'),
});

export function fixtureCatalog(records: ProcedureRecord[] = [THANH_LAP_HOI]): ProcedureCatalog {
  return createProcedureCatalog(records);
}

/** Retrieval hits on the records' own passages, ranked in the order given (first best). */
export function rankedHits(...records: ProcedureRecord[]): never[] {
  return records.map((record, index) => ({ chunk: { id: record.id, docId: `procedure:${record.id}`, kind: 'procedure', procedureId: record.id, title: record.name, section: '', text: '' }, score: records.length - index }) as never);
}
