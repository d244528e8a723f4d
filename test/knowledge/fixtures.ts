/** A small, valid procedure record shared by the knowledge tests. */
import type { ProcedureRecord } from '../../src/knowledge/procedure-schema';

export function sampleRecord(overrides: Partial<ProcedureRecord> = {}): ProcedureRecord {
  return {
    id: 'cap-giay-phep-lao-dong',
    code: { value: '1.014199', source: 'nd219' },
    name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    aliases: ['giấy phép lao động', 'gplđ'],
    field: 'Việc làm',
    level: { value: 'tỉnh', source: 'nd219', article: 'Điều 4' },
    implementingAgency: { value: 'UBND cấp tỉnh', source: 'nd219', article: 'Điều 4' },
    receivingAgency: 'unknown',
    applicants: 'unknown',
    steps: 'unknown',
    dossier: { value: { components: [{ name: 'Hộ chiếu còn thời hạn', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' }], complete: false, sets: 'unknown' }, source: 'nd219', article: 'Điều 18' },
    processingTime: { value: '10 ngày làm việc', source: 'nd219', article: 'Điều 22' },
    fees: 'unknown',
    result: 'unknown',
    legalBasis: [{ number: '219/2025/NĐ-CP', date: '2025-08-07', title: 'Nghị định về người lao động nước ngoài làm việc tại Việt Nam', source: 'nd219' }],
    submission: { inPerson: { value: true, source: 'nd219' }, post: 'unknown', online: 'unknown' },
    onlineLevel: 'unknown',
    officialUrls: ['https://vanban.chinhphu.vn/?docid=214840&pageid=27160'],
    verifiedAt: '2026-11-23',
    status: 'current',
    statusReason: 'Theo toàn văn nghị định.',
    caveats: [],
    sources: [{ id: 'nd219', title: 'Nghị định 219/2025/NĐ-CP', kind: 'law' }],
    ...overrides,
  };
}
