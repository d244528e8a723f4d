import { describe, expect, it } from 'vitest';
import { aspectsAsked } from '../../src/chat/aspect-words';
import { analyzeQuestion, slotTermsOf } from '../../src/chat/question-analysis';
import { foldedSyllables } from '../../src/chat/term-weights';

const fields = (question: string) => analyzeQuestion(question, () => []).aspects;

describe('procedure aspect of a question, with or without tone marks', () => {
  it.each([
    ['Thủ tục này mất bao lâu?', 'processingTime'],
    ['mat bao lau', 'processingTime'],
    ['bao nhiêu ngày thì có kết quả', 'processingTime'],
    ['le phi bao nhieu', 'fee'],
    ['có mất phí ko', 'fee'],
    ['het bao nhieu tien', 'fee'],
    ['nop o dau', 'submitWhere'],
    ['nộp hồ sơ cho cơ quan nào?', 'submitWhere'],
    ['can giay to gi', 'dossier'],
    ['cần hồ sơ gì', 'dossier'],
    ['hồ sơ gồm những gì', 'dossier'],
    ['co nop online duoc khong', 'online'],
    ['nộp qua mạng được không', 'online'],
    ['căn cứ pháp lý là gì', 'legalBasis'],
    ['theo luat nao', 'legalBasis'],
    ['mat bn ngay', 'processingTime'],
    ['cơ quan nào giải quyết', 'agency'],
    ['do co quan nao cap', 'agency'],
    ['nop onl dc ko', 'online'],
  ])('%s → %s', (question, field) => {
    expect(fields(question)).toEqual([field]);
  });

  it('reads an amount received ("được bao nhiêu tiền", "là bao nhiêu tiền") as no fee', () => {
    expect(fields('Mỗi tháng được bao nhiêu tiền trợ cấp?')).not.toContain('fee');
    expect(fields('Trợ cấp mai táng là bao nhiêu tiền?')).not.toContain('fee');
  });

  it('reads "nộp trực tuyến" as the online question, not where to submit', () => {
    expect(aspectsAsked('nop truc tuyen o dau')).toEqual(['online']);
  });

  it('reads "nộp hồ sơ cho cơ quan nào" as where to submit, not who decides', () => {
    expect(fields('nộp hồ sơ cho cơ quan nào?')).toEqual(['submitWhere']);
  });

  it('keeps two aspects asked together, in a fixed order', () => {
    expect(fields('nộp hồ sơ ở đâu, mất bao lâu?')).toEqual(['processingTime', 'submitWhere']);
  });

  it('marks short and anaphoric questions as follow-ups', () => {
    expect(analyzeQuestion('còn lệ phí thì sao?', () => []).followUp).toBe(true);
  });
});

describe('open slot of a question', () => {
  const slot = (question: string) => slotTermsOf(foldedSyllables(question));
  it.each([
    ['tài khoản đã xác thực qua đâu?', ['xac_thuc', 'thuc_qua']],
    ['nằm trong nhiệm vụ nào', ['trong_nhiem', 'nhiem_vu']],
    ['quan điểm về thể chế là gì', []],
  ])('%s → %j', (question, terms) => {
    expect(slot(question)).toEqual(terms);
  });
});

describe('overview: "số nào" is not "sở nào"', () => {
  it('reads a section asked by a topic ending in "số" as an overview, and "sở nào" as one body', () => {
    expect(analyzeQuestion('Tỉnh có những chỉ tiêu phát triển xã hội số nào?', () => []).overview).toEqual(['chi tieu']);
    expect(analyzeQuestion('Những nhiệm vụ này do sở nào làm?', () => []).overview).toBeUndefined();
  });
});
