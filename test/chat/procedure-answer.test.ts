import { describe, expect, it } from 'vitest';
import { guardCitations } from '../../src/chat/citation-guard';
import { numericFacts } from '../../src/chat/numeric-facts';
import { PassageNumbering } from '../../src/chat/passage-numbering';
import { composeProcedureAnswer } from '../../src/chat/procedure-answer';
import type { Chunk } from '../../src/core/types';

const base = { docId: 'procedure:doi-ten-quy', title: 'Đổi tên quỹ', lineStart: 0, lineEnd: 0, scope: 'public' as const, kind: 'procedure' as const, procedureId: 'doi-ten-quy' };
const STATUS = 'Tình trạng thông tin: Chưa chắc chắn – cần đối chiếu nguồn chính thức. Ngày kiểm tra: 02/10/2026.';
const URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.001234';

const overview: Chunk = {
  ...base,
  id: 'overview',
  section: 'Thủ tục › Đổi tên quỹ › Tổng quan',
  url: URL,
  text: `Thủ tục Đổi tên quỹ. Cơ quan thực hiện: Sở Nội vụ. Nơi tiếp nhận: chưa có thông tin. Nộp trực tuyến: chưa có thông tin. ${STATUS}`,
  fields: { 'Cơ quan thực hiện': 'Sở Nội vụ', 'Nơi tiếp nhận': 'chưa có thông tin', 'Nộp trực tuyến': 'chưa có thông tin' },
};
const dossier: Chunk = {
  ...base,
  id: 'dossier',
  section: 'Thủ tục › Đổi tên quỹ › Hồ sơ',
  text: `Hồ sơ thủ tục Đổi tên quỹ. Thành phần hồ sơ: 1. Đơn đề nghị đổi tên quỹ (mẫu: Mẫu số 05; bản gốc); 2. Nghị quyết của hội đồng quản lý quỹ; 3. Dự thảo điều lệ sửa đổi. ${STATUS}`,
  fields: { 'Thành phần hồ sơ': '1. Đơn đề nghị đổi tên quỹ (mẫu: Mẫu số 05; bản gốc); 2. Nghị quyết của hội đồng quản lý quỹ; 3. Dự thảo điều lệ sửa đổi' },
};
const timing: Chunk = {
  ...base,
  id: 'timing',
  section: 'Thủ tục › Đổi tên quỹ › Thời hạn, phí, kết quả',
  text: `Thời hạn giải quyết: 15 ngày làm việc. Phí, lệ phí: chưa có thông tin. ${STATUS}`,
  fields: { 'Thời hạn giải quyết': '15 ngày làm việc', 'Phí, lệ phí': 'chưa có thông tin' },
};
const CHUNKS = [overview, dossier, timing];

function answer(fields: Parameters<typeof composeProcedureAnswer>[2]) {
  const numbering = new PassageNumbering();
  const text = composeProcedureAnswer('Đổi tên quỹ', CHUNKS, fields, numbering)!;
  const guarded = guardCitations(text, numbering.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text })));
  return { text, guarded };
}

describe('procedure answers', () => {
  it('answers "giấy tờ gì" with the dossier items, and the guard keeps the numbered list', () => {
    const { text, guarded } = answer(['dossier']);
    expect(text).toContain('Thành phần hồ sơ: Đơn đề nghị đổi tên quỹ');
    expect(text).toContain('Dự thảo điều lệ sửa đổi');
    expect(guarded.droppedSentences).toBe(0);
    expect(guarded.answer).toContain('Đơn đề nghị đổi tên quỹ');
  });

  it('says "chưa có thông tin" for an unknown fee next to a known time', () => {
    const { guarded } = answer(['processingTime', 'fee']);
    expect(guarded.answer).toContain('Thời hạn giải quyết: 15 ngày làm việc');
    expect(guarded.answer).toContain('Phí, lệ phí: chưa có thông tin');
  });

  it('answers where to submit: says the receiving office is unknown, then gives the deciding agency', () => {
    const text = answer(['submitWhere']).text;
    expect(text).toContain('Nơi tiếp nhận: chưa có thông tin [1]. Cơ quan thực hiện: Sở Nội vụ [1].');
  });

  it('answers who decides with the agency, and adds where to hand in only when that is known', () => {
    const text = answer(['agency']).text;
    expect(text).toContain('Cơ quan thực hiện: Sở Nội vụ');
    expect(text).not.toContain('Nơi tiếp nhận');
  });

  it('always gives the verified date and the official link, cited, and a caution for uncertain records', () => {
    const { guarded } = answer(['dossier']);
    expect(guarded.answer).toContain(`Thông tin kiểm tra ngày 02/10/2026; xem trang chính thức: ${URL} [`);
    expect(guarded.answer).toMatch(/Lưu ý: .*chưa được xác nhận/u);
    expect(guarded.interventions).toEqual([]);
  });
});

describe('dossier lists', () => {
  it('names an item by what comes before the cases it lists after a colon', () => {
    const value = '1. Đề nghị (mẫu: Mẫu số 10); 2. Giấy tờ xác nhận chấm dứt hợp đồng (bản chính): hợp đồng hết hạn, quyết định thôi việc; 3. Sổ bảo hiểm xã hội Số bộ hồ sơ: chưa có thông tin';
    const chunk: Chunk = { ...dossier, text: `Thành phần hồ sơ: ${value}. ${STATUS}`, fields: { 'Thành phần hồ sơ': value } };
    const text = composeProcedureAnswer('Đổi tên quỹ', [chunk], ['dossier'], new PassageNumbering())!;
    expect(text).toContain('Thành phần hồ sơ: Đề nghị; Giấy tờ xác nhận chấm dứt hợp đồng; Sổ bảo hiểm xã hội [1].');
  });

  it('names each item without its bracketed details, keeps a semicolon inside an item in it, and ends with the number of sets', () => {
    const value = '1. Đề nghị hưởng trợ cấp (mẫu: Mẫu số 10; bản chính); 2. Giấy tờ xác nhận chấm dứt hợp đồng lao động (quyết định thôi việc, sa thải…); với hợp đồng dưới 12 tháng là bản sao chứng thực; 3. Sổ bảo hiểm xã hội Số bộ hồ sơ: 01 bộ';
    const chunk: Chunk = { ...dossier, text: `Hồ sơ thủ tục Đổi tên quỹ. Thành phần hồ sơ: ${value}. ${STATUS}`, fields: { 'Thành phần hồ sơ': value } };
    const numbering = new PassageNumbering();
    const text = composeProcedureAnswer('Đổi tên quỹ', [chunk], ['dossier'], numbering)!;
    expect(text).toContain('Thành phần hồ sơ: Đề nghị hưởng trợ cấp; Giấy tờ xác nhận chấm dứt hợp đồng lao động; Sổ bảo hiểm xã hội; số bộ hồ sơ: 01 bộ [1].');
    expect(text).not.toContain('giấy tờ khác');
  });
});

describe('numeric facts and list markers', () => {
  it('does not count ordinal list markers or heading numbers as facts', () => {
    expect(numericFacts('Thành phần hồ sơ: 1. Đơn đề nghị; 2) Dự thảo điều lệ')).toEqual([]);
    expect(numericFacts('II. MỤC TIÊU › 2. Mục tiêu cụ thể')).toEqual([]);
    expect(numericFacts('3.2. Nhiệm vụ trọng tâm')).toEqual([]);
  });

  it('still counts real numbers, dates, fees, percentages and document numbers', () => {
    expect(numericFacts('Điều 5. Quy định chung')).toEqual(['5']);
    expect(numericFacts('Hồ sơ: 01 bộ; lệ phí 500.000 đồng; 95% hồ sơ; ngày 26/02/2026; Quyết định 350/QĐ-TTg')).toEqual(['01', '500.000', '95%', '26/02/2026', '350/qd-ttg']);
    expect(numericFacts('hoàn thành năm 2026. Tiếp theo')).toEqual(['2026']);
    expect(numericFacts('xem https://dichvucong.gov.vn/chi-tiet.html?ma_thu_tuc=1.003918 ngày 02/10/2026')).toEqual(['02/10/2026']);
  });

  it('drops a list sentence whose number is invented, marker aside', () => {
    const result = guardCitations('Hồ sơ gồm: 1. Đơn đề nghị; 2. Bản sao 3 giấy tờ [1].', [{ n: 1, text: 'Hồ sơ gồm: 1. Đơn đề nghị; 2. Bản sao giấy tờ.' }]);
    expect(result.answer).toBe('');
    expect(result.interventions[0]?.details).toEqual(['3']);
  });
});
