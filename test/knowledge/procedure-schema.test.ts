import { describe, expect, it } from 'vitest';
import { findAbolishedBody } from '../../src/knowledge/abolished-bodies';
import { procedureRecordSchema } from '../../src/knowledge/procedure-schema';
import { sampleRecord } from './fixtures';

describe('procedureRecordSchema', () => {
  it('accepts a record whose filled fields all name a source', () => {
    expect(procedureRecordSchema.safeParse(sampleRecord()).success).toBe(true);
  });

  it('rejects a filled field without a source', () => {
    const record = { ...sampleRecord(), fees: { value: 'Không' } };
    const result = procedureRecordSchema.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path[0] === 'fees')).toBe(true);
  });

  it('rejects a source id that is not in the sources list', () => {
    const result = procedureRecordSchema.safeParse(sampleRecord({ fees: { value: 'Không', source: 'khong-co' } }));
    expect(result.success).toBe(false);
  });

  it('rejects a current record naming an abolished body, but allows it when outdated', () => {
    const agency = { value: 'Phòng Lao động - Thương binh và Xã hội cấp huyện', source: 'nd219' };
    expect(procedureRecordSchema.safeParse(sampleRecord({ implementingAgency: agency })).success).toBe(false);
    expect(procedureRecordSchema.safeParse(sampleRecord({ implementingAgency: agency, status: 'outdated' })).success).toBe(true);
  });

  it.each([
    ['UBND cấp huyện', 'UBND cấp huyện'],
    ['Ủy ban nhân dân huyện Sơn Tây', 'UBND cấp huyện'],
    ['Phòng Nội vụ', 'Phòng Nội vụ cấp huyện'],
    ['Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Ban Tôn giáo thuộc Sở Nội vụ', 'Ban Tôn giáo thuộc Sở Nội vụ'],
  ])('recognises %s as abolished', (text, name) => {
    expect(findAbolishedBody(text)?.name).toBe(name);
  });

  it.each(['Sở Nội vụ', 'UBND cấp xã', 'Trung tâm Phục vụ hành chính công cấp tỉnh', 'Sở Dân tộc và Tôn giáo'])('does not flag %s', (text) => {
    expect(findAbolishedBody(text)).toBeUndefined();
  });
});
