import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProcedurePages, type PageFile } from '../../src/knowledge/import-procedure-pages';
import { parseCatalogue } from '../../src/knowledge/national-catalogue';
import { procedureRecordSchema, sourceReferences, type ProcedureRecord } from '../../src/knowledge/procedure-schema';
import { repositoryRoot } from './real-knowledge';

const folder = path.join(repositoryRoot, 'test/fixtures/national-pages');
const page = (code: string): PageFile => ({ name: `${code}.md`, text: readFileSync(path.join(folder, `${code}.md`), 'utf8') });
const catalogue = parseCatalogue(readFileSync(path.join(folder, 'catalogue.tsv'), 'utf8')).rows;
const capturedAt = '2026-07';

function importOne(code: string, existing: ProcedureRecord[] = []): ProcedureRecord {
  const { records, report } = importProcedurePages({ pages: [page(code)], catalogue, existing, capturedAt });
  expect(report.errors).toEqual([]);
  return records.find((record) => record.code !== 'unknown' && record.code.value === code)!;
}

const handRecord = (overrides: Partial<ProcedureRecord>): ProcedureRecord =>
  procedureRecordSchema.parse({
    id: 'ban-ghi-tay',
    code: 'unknown',
    name: 'Bản ghi tay',
    aliases: ['tên gọi khác'],
    field: 'Lĩnh vực',
    level: { value: 'tỉnh', source: 'tay' },
    implementingAgency: 'unknown',
    receivingAgency: { value: 'Trung tâm Phục vụ hành chính công', source: 'tay' },
    applicants: 'unknown',
    steps: 'unknown',
    dossier: 'unknown',
    processingTime: { value: '30 ngày', source: 'tay' },
    fees: 'unknown',
    result: 'unknown',
    legalBasis: [{ number: '99/2020/NĐ-CP', date: 'unknown', title: 'Nghị định cũ', source: 'tay' }],
    submission: { inPerson: 'unknown', post: 'unknown', online: 'unknown' },
    onlineLevel: 'unknown',
    officialUrls: ['https://dichvucong.tinhkhac.gov.vn/thu-tuc?ma=1'],
    verifiedAt: '2026-11-23',
    status: 'uncertain',
    statusReason: 'Bản ghi tay.',
    caveats: [],
    sources: [{ id: 'tay', title: 'Nguồn tay', kind: 'press' }],
    ...overrides,
  });

describe('importProcedurePages on real national pages', () => {
  const permit = importOne('1.014199');

  it('keeps per-case dossiers apart, with nested alternatives and numbered sub-items under their item', () => {
    expect(permit.dossier).not.toBe('unknown');
    const dossier = permit.dossier === 'unknown' ? undefined : permit.dossier.value;
    expect(dossier?.cases?.map((entry) => entry.heading.slice(0, 4))).toEqual(['1.1.', '1.2.']);
    const first = dossier!.cases![0]!.components;
    const record = first.find((component) => component.name.startsWith('(4)'))!;
    expect(record.alternatives).toHaveLength(2);
    expect(record.alternatives![0]!.name).toMatch(/^Phiếu lý lịch tư pháp/u);
    const forms = first.find((component) => component.name.startsWith('(7)'))!;
    expect(forms.alternatives!.map((leaf) => leaf.name.slice(0, 5))).toEqual(expect.arrayContaining(['(7.1)', '(7.6)']));
    expect(first.find((component) => component.name.startsWith('(3)'))!.name).toBe('(3) Hộ chiếu còn thời hạn.');
  });

  it('keeps time limits per channel and per outcome, and flags the cell that carries text from a neighbouring cell', () => {
    const rows = permit.channels === undefined || permit.channels === 'unknown' ? [] : permit.channels.value;
    const refused = rows.filter((row) => row.time === '3 ngày làm việc');
    expect(refused).toHaveLength(3);
    expect(refused.every((row) => row.outcome?.includes('không cấp giấy phép lao động'))).toBe(true);
    const postal = rows.find((row) => row.channel === 'bưu chính' && row.time === '10 ngày làm việc')!;
    expect(postal.flagged).toBe(true);
    expect(postal.description).not.toContain('Luật Phí');
    expect(permit.flaggedFields).toContain('channels');
    expect(permit.processingTime !== 'unknown' && permit.processingTime.value).toMatch(/^10 ngày làm việc \(trường hợp chấp thuận.*; 3 ngày làm việc \(trường hợp không/u);
  });

  it('sources every field to the official URL of the page and publishing decision', () => {
    const [source] = permit.sources;
    expect(source).toMatchObject({ id: 'dvc-1-014199', kind: 'portal', url: catalogue.find((row) => row.code === '1.014199')!.url });
    expect(source!.number).toBe(permit.decision !== undefined && permit.decision !== 'unknown' ? permit.decision.value : '');
    expect(new Set(sourceReferences(permit).map(([, id]) => id))).toEqual(new Set(['dvc-1-014199']));
    expect(permit.officialUrls).toEqual([source!.url]);
    expect(permit.detail).toBe('full');
  });

  it('reads a fallback page whose tables were flattened into running text', () => {
    const fallback = importOne('2.000725');
    expect(fallback.channels !== undefined && fallback.channels !== 'unknown' && fallback.channels.value.map((row) => [row.channel, row.time, row.fee])).toEqual([
      ['trực tiếp', '03 ngày làm việc', 'Phí: 500000 Đồng'],
      ['bưu chính', '03 ngày làm việc', 'Phí: 500000 Đồng'],
    ]);
    expect(fallback.steps !== 'unknown' && fallback.steps.value.map((step) => step.slice(0, 6))).toEqual(['Bước 1', 'Bước 2', 'Bước 3']);
    const dossier = fallback.dossier === 'unknown' ? undefined : fallback.dossier.value;
    expect(dossier?.components).toHaveLength(3);
    expect(dossier?.complete).toBe(false);
    expect(fallback.sources[0]!.url).toMatch(/^https:\/\/vpcp\.dichvucong\.gov\.vn\//);
    expect(fallback.officialUrls[0]).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
    expect(fallback.level !== 'unknown' && fallback.level.value).toBe('trung ương');
  });

  it('keeps "Không có thông tin" as unknown and strips trailing debris', () => {
    const inspector = importOne('1.000148');
    expect(inspector.fees).toBe('unknown');
    expect(inspector.receivingAgency !== 'unknown' && inspector.receivingAgency.value).toBe('Cục Việc làm, Bộ Nội vụ.');
    expect(inspector.levels !== undefined && inspector.levels !== 'unknown' && inspector.levels.value).toEqual(['tỉnh', 'trung ương']);
    const names = inspector.dossier === 'unknown' ? [] : inspector.dossier.value.components.map((component) => component.name);
    expect(names).toHaveLength(4);
    expect(names.every((name) => !/[,;]\s*\.?$/u.test(name))).toBe(true);
  });

  it('drops the optional hyphen some pages carry as a NOT SIGN inside a word', () => {
    const text = page('1.000148').text.replace('Cục Việc làm', 'Cục Việc ¬làm');
    expect(text).toContain('¬');
    const { records } = importProcedurePages({ pages: [{ name: '1.000148.md', text }], catalogue, existing: [], capturedAt });
    const inspector = records.find((record) => record.code !== 'unknown' && record.code.value === '1.000148')!;
    expect(inspector.receivingAgency !== 'unknown' && inspector.receivingAgency.value).toBe('Cục Việc làm, Bộ Nội vụ.');
  });
});

describe('importProcedurePages names and fees', () => {
  it('gives a long official name its head as an alias when no other record shares that head', () => {
    const { records } = importProcedurePages({ pages: [page('1.014199')], catalogue, existing: [], capturedAt });
    expect(records[0]!.aliases).toContain('Cấp giấy phép lao động');
  });

  it('keeps the surviving tail of a fee cell the capture pushed into a description, as published, flagged', () => {
    const permit = importOne('1.014199');
    expect(permit.fees).toMatchObject({ article: 'Cách thức thực hiện', source: 'dvc-1-014199' });
    expect(permit.fees !== 'unknown' && permit.fees.value).toContain('“…định tại các văn bản hướng dẫn Luật Phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh');
    expect(permit.flaggedFields).toContain('fees');
    // A page whose fee column says nothing and carries no such fragment leaves the fee unknown.
    expect(importOne('1.013734').fees).toBe('unknown');
  });

  it('imports a fee cell as the page states it ("Không", "Lệ phí: 0 đồng"); "Không có thông tin" stays unknown', () => {
    const withFee = (fee: string) => ['# Hỗ trợ tư vấn', '## Thông tin chung', '* **Mã thủ tục:** 1.014199', '## Cách thức thực hiện', '| Hình thức nộp | Thời gian giải quyết | Phí, lệ phí | Mô tả |', '| --- | --- | --- | --- |', `| Trực tiếp | 3 ngày làm việc | ${fee} | Nộp tại Bộ phận Một cửa. |`].join('\n');
    const fees = (fee: string) => importProcedurePages({ pages: [{ name: 'p.md', text: withFee(fee) }], catalogue, existing: [], capturedAt }).records[0]!.fees;
    expect(fees('Không')).toMatchObject({ value: 'Không', article: 'Cách thức thực hiện' });
    expect(fees('Lệ phí: 0 đồng')).toMatchObject({ value: 'Lệ phí: 0 đồng' });
    expect(fees('Không có thông tin')).toBe('unknown');
  });

  it('reads "miễn phí" from the result when the fee column is empty, and says where it was read', () => {
    const text = ['# Hỗ trợ tư vấn', '## Thông tin chung', '* **Mã thủ tục:** 1.014199', '## Cách thức thực hiện', '| Hình thức nộp | Thời gian giải quyết | Phí, lệ phí | Mô tả |', '| --- | --- | --- | --- |', '| Trực tiếp | 3 ngày làm việc | Không có thông tin | Không có thông tin |', '## Kết quả xử lý', '* Người lao động được tư vấn miễn phí (Mã: `KQ.1`)'].join('\n');
    const { records } = importProcedurePages({ pages: [{ name: 'p.md', text }], catalogue, existing: [], capturedAt });
    expect(records[0]!.fees).toMatchObject({ value: 'Miễn phí', article: 'Kết quả xử lý' });
  });
});

describe('importProcedurePages merging and reporting', () => {
  it('lets the official page win over a linked hand record, keeping the extra sourced facts of the hand record', () => {
    const hand = handRecord({});
    const { records, report } = importProcedurePages({ pages: [page('1.013734')], catalogue, existing: [hand], links: [{ id: 'ban-ghi-tay', code: '1.013734', keepFacts: true, reason: 'thử' }], capturedAt });
    expect(report.updated).toEqual(['ban-ghi-tay']);
    const merged = records[0]!;
    expect(merged.id).toBe('ban-ghi-tay');
    expect(merged.level !== 'unknown' && merged.level.value).toBe('xã');
    expect(merged.processingTime !== 'unknown' && merged.processingTime.value).toBe('5 ngày làm việc');
    expect(merged.dossier !== 'unknown' && merged.dossier.value.components).toHaveLength(2);
    // The page leaves the receiving address empty: the hand record's sourced value stays.
    expect(merged.receivingAgency).toEqual({ value: 'Trung tâm Phục vụ hành chính công', source: 'tay' });
    expect(merged.legalBasis.map((basis) => basis.number)).toContain('99/2020/NĐ-CP');
    expect(merged.aliases).toEqual(['tên gọi khác', 'Bản ghi tay']);
    expect(merged.officialUrls.every((url) => !url.includes('tinhkhac'))).toBe(true);
    expect(procedureRecordSchema.safeParse(merged).success).toBe(true);
  });

  it('drops the facts of an outdated hand record rather than keeping a replaced rule', () => {
    const hand = handRecord({ status: 'outdated', statusReason: 'Theo nghị định đã bị thay thế.' });
    const caveat = { text: 'Quy định cũ đã được thay thế.', source: { id: 'thay-the', title: 'Nguồn về việc thay thế', kind: 'secondary' as const } };
    const { records } = importProcedurePages({ pages: [page('1.013734')], catalogue, existing: [hand], links: [{ id: 'ban-ghi-tay', code: '1.013734', keepFacts: false, reason: 'thử', caveat }], capturedAt });
    expect(records[0]!.caveats).toContainEqual({ text: 'Quy định cũ đã được thay thế.', source: 'thay-the' });
    expect(records[0]!.receivingAgency).toBe('unknown');
    expect(records[0]!.legalBasis.map((basis) => basis.number)).not.toContain('99/2020/NĐ-CP');
    expect(records[0]!.sources.map((source) => source.id)).toEqual(['dvc-1-013734', 'thay-the']);
    expect(records[0]!.status).toBe('current');
  });

  it('is idempotent: a second import of the same pages changes nothing', () => {
    const pages = ['1.014199', '2.000725', '1.013734', '1.000148'].map(page);
    const first = importProcedurePages({ pages, catalogue, includeCatalogue: true, existing: [], capturedAt });
    expect(first.report.created).toHaveLength(catalogue.length);
    const second = importProcedurePages({ pages, catalogue, includeCatalogue: true, existing: first.records, capturedAt });
    expect(second.records).toEqual([]);
    expect(second.report.unchanged).toHaveLength(catalogue.length);
  });

  it('dates every record by when its source was read, not by when the import ran; a newer capture moves only the date', () => {
    const pages = ['1.014199', '1.013734'].map(page);
    const first = importProcedurePages({ pages, catalogue, includeCatalogue: true, existing: [], capturedAt });
    expect(new Set(first.records.map((record) => record.verifiedAt))).toEqual(new Set(['2026-07']));
    const later = importProcedurePages({ pages, catalogue, includeCatalogue: true, existing: first.records, capturedAt: '2026-11-02' });
    expect(later.report.updated).toHaveLength(first.records.length);
    expect(later.records.map((record) => ({ ...record, verifiedAt: '2026-07' }))).toEqual(first.records);
  });

  it('takes a page’s own capture line over the folder’s date, and rejects a malformed one', () => {
    const stamped = (value: string) => ({ name: 'p.md', text: page('1.013734').text.replace('## Thông tin chung\n', `## Thông tin chung\n\n* **Ngày thu thập:** ${value}\n`) });
    const { records } = importProcedurePages({ pages: [stamped('15/07/2026')], catalogue, existing: [], capturedAt });
    expect(records[0]!.verifiedAt).toBe('2026-07-15');
    const bad = importProcedurePages({ pages: [stamped('tháng bảy')], catalogue, existing: [], capturedAt });
    expect(bad.records).toEqual([]);
    expect(bad.report.errors[0]!.message).toContain('Ngày thu thập');
  });

  it('gives names shared by several levels their level, and catalogue-only records the official link', () => {
    const { records } = importProcedurePages({ pages: [], catalogue, includeCatalogue: true, existing: [], capturedAt });
    const names = records.filter((record) => record.code !== 'unknown' && ['1.012928', '1.012929', '1.013703'].includes(record.code.value)).map((record) => record.name);
    expect(names.sort()).toEqual(['Thành lập hội (cấp trung ương)', 'Thành lập hội (cấp tỉnh)', 'Thành lập hội (cấp xã)']);
    const pension = records.find((record) => record.code !== 'unknown' && record.code.value === '1.014173')!;
    expect(pension).toMatchObject({ detail: 'catalogue', carriedOutBy: 'bảo hiểm xã hội', steps: 'unknown', dossier: 'unknown' });
    expect(pension.officialUrls[0]).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
  });

  it('reports a malformed page clearly and still imports the others; existing records are left alone', () => {
    const existing = handRecord({});
    const broken: PageFile[] = [
      { name: 'khong-co-ma.md', text: '# Một thủ tục\n\n## Thông tin chung\n\n* **Lĩnh vực:** Việc làm\n' },
      { name: 'ma-sai.md', text: '# Một thủ tục\n\n## Thông tin chung\n\n* **Mã thủ tục:** 1.23\n' },
      { name: 'rac.md', text: '\u0000\u0001 không phải trang thủ tục' },
      { name: 'khong-danh-muc.md', text: '# Một thủ tục\n\n## Thông tin chung\n\n* **Mã thủ tục:** 9.999999\n' },
      page('1.013734'),
    ];
    const { records, report } = importProcedurePages({ pages: broken, catalogue, existing: [existing], capturedAt });
    expect(report.errors.map((error) => error.file)).toEqual(['khong-co-ma.md', 'ma-sai.md', 'rac.md', 'khong-danh-muc.md']);
    expect(report.errors[0]!.message).toContain('Mã thủ tục');
    expect(report.errors[1]!.message).toContain('1.23');
    expect(report.errors[2]!.message).toContain('tiêu đề');
    expect(report.errors[3]!.message).toContain('đường dẫn chính thức');
    expect(report.created).toHaveLength(1);
    expect(records.map((record) => record.id)).not.toContain(existing.id);
  });
});
