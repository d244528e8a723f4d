import { describe, expect, it } from 'vitest';
import { attachEverydayPhrases, everydayPhrasesFileSchema } from '../../src/knowledge/everyday-phrases';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { procedureToChunkDrafts } from '../../src/knowledge/procedure-chunks';
import { sampleRecord } from './fixtures';

const file = { records: { 'cap-giay-phep-lao-dong': ['công ty muốn thuê kỹ sư người nước ngoài', 'người nước ngoài cần  giấy phép để đi làm'] } };

describe('everyday phrases', () => {
  it('attaches each record its phrases (NFC, single-spaced) and reports ids no record has', () => {
    const parsed = everydayPhrasesFileSchema.parse({ records: { ...file.records, 'khong-co-ban-ghi': ['một cách gọi khác'] } });
    const { records, unknownIds } = attachEverydayPhrases([sampleRecord(), sampleRecord({ id: 'khac' })], parsed);
    expect(records[0]?.phrases).toEqual(['công ty muốn thuê kỹ sư người nước ngoài', 'người nước ngoài cần giấy phép để đi làm']);
    expect(records[1]?.phrases).toBeUndefined();
    expect(unknownIds).toEqual(['khong-co-ban-ghi']);
  });

  it('refuses a phrase with a number in it: a phrase is never a fee, a time or a date', () => {
    const parsed = everydayPhrasesFileSchema.safeParse({ records: { 'cap-giay-phep-lao-dong': ['xin giấy phép trong 5 ngày'] } });
    expect(parsed.success).toBe(false);
  });

  it('is loaded with the records, and a bad file is reported by name while the records still load', () => {
    const record = { path: 'knowledge/procedures/a.json', text: JSON.stringify(sampleRecord()) };
    const good = loadKnowledge([record, { path: 'knowledge/everyday-phrases.json', text: JSON.stringify(file) }]);
    expect(good.procedures[0]?.phrases).toHaveLength(2);
    expect(good.errors).toEqual([]);
    const bad = loadKnowledge([record, { path: 'knowledge/everyday-phrases.json', text: JSON.stringify({ records: { X: [] } }) }]);
    expect(bad.procedures).toHaveLength(1);
    expect(bad.errors.map((error) => error.path)).toEqual(['knowledge/everyday-phrases.json']);
  });

  it('are searched with the overview passage but never part of its text', () => {
    const [overview, ...rest] = procedureToChunkDrafts({ ...sampleRecord(), phrases: file.records['cap-giay-phep-lao-dong'] });
    expect(overview?.keywords).toContain('thuê kỹ sư người nước ngoài');
    expect(overview?.text).not.toContain('kỹ sư');
    expect(rest.every((chunk) => chunk.keywords === undefined)).toBe(true);
  });
});

describe("the repository's everyday phrases", () => {
  it('name only records that exist and reach every public procedure still in force', async () => {
    const { loadRealKnowledge } = await import('./real-knowledge');
    const knowledge = loadRealKnowledge();
    expect(knowledge.errors).toEqual([]);
    const public_ = knowledge.procedures.filter((record) => (record.scope ?? 'public') === 'public' && record.status !== 'outdated');
    expect(public_.filter((record) => !record.phrases?.length).map((record) => record.id)).toEqual([]);
  });
});
