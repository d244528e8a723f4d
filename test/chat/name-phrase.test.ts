import { describe, expect, it } from 'vitest';
import { saysNamePhrase } from '../../src/chat/name-phrase';
import { createProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import { loadRealKnowledge } from '../knowledge/real-knowledge';

const catalog = createProcedureCatalog(loadRealKnowledge().procedures);
const record = (code: string) => catalog.records.find((candidate) => candidate.code !== 'unknown' && candidate.code.value === code)!;

describe('saysNamePhrase', () => {
  it('is true when the question says a distinctive phrase of the name', () => {
    expect(saysNamePhrase('Gia hạn giấy xác nhận không thuộc diện cấp phép thì nộp đâu?', record('1.014196'), catalog)).toBe(true);
  });

  it('is false on scattered syllables or a phrase many names share', () => {
    expect(saysNamePhrase('Sông nào dài nhất Việt Nam?', record('1.014196'), catalog)).toBe(false);
    expect(saysNamePhrase('Công chức nghỉ phép năm được mấy ngày?', record('2.000731'), catalog)).toBe(false);
  });

  it('reads the question in the official wording too ("mở lại" for "hoạt động trở lại")', () => {
    const restart = catalog.records.find((candidate) => candidate.name.startsWith('Cho phép quỹ hoạt động trở lại'))!;
    expect(saysNamePhrase('Quỹ bị đình chỉ ít lâu, giờ muốn mở lại thì làm sao?', restart, catalog)).toBe(true);
  });
});
