import { describe, expect, it } from 'vitest';
import { factPresence } from '../../src/chat/fact-presence';
import { matchingForm } from '../../src/chat/vocabulary';

const presence = (question: string, answer: string) => factPresence(matchingForm(question), answer);

describe('factPresence', () => {
  it('is 1 when the question asks no quantity', () => {
    expect(presence('Sở nào chủ trì việc số hóa hồ sơ?', 'Sở Nội vụ chủ trì [1].')).toBe(1);
  });

  it('is 0 when a percentage is asked and no sentence states one', () => {
    expect(presence('Bao nhiêu phần trăm hồ sơ đất đai được số hóa?', 'Căn cứ Công văn số 12/BKHCN [1].')).toBe(0);
    expect(presence('bao nhieu % ho so duoc so hoa', 'Kế hoạch được ban hành năm 2026 [1].')).toBe(0);
  });

  it('is 1 when the sentence stating the percentage speaks of what was counted', () => {
    expect(presence('Bao nhiêu phần trăm hồ sơ lưu trữ được số hóa?', 'Phấn đấu 80% hồ sơ lưu trữ được số hóa [1].')).toBe(1);
  });

  it('reads the sentences citing one passage together (a table row’s target and its subject)', () => {
    expect(presence('Muốn bao nhiêu % người dân hài lòng?', 'Mục tiêu: 95% [1]. Nội dung: Tỷ lệ người dân hài lòng [1].')).toBe(1);
  });

  it('is 0.5 when the percentage stated counts something else', () => {
    expect(presence('Bao nhiêu phần trăm người dân có chữ ký số cá nhân?', 'Các chỉ tiêu chủ yếu đạt mức cao, tiệm cận 100% [1].')).toBe(0.5);
  });

  it('asks a number for any other count, about what was counted', () => {
    expect(presence('Tỉnh có bao nhiêu công chức cấp xã?', 'Sở Nội vụ phối hợp làm giàu cơ sở dữ liệu công chức [1].')).toBe(0);
    expect(presence('Tỉnh có bao nhiêu công chức cấp xã?', 'Toàn tỉnh có 1.250 công chức cấp xã [1].')).toBe(1);
    // "X là bao nhiêu": X, before the quantity phrase, is what was counted.
    expect(presence('Mức phạt chậm đóng bảo hiểm là bao nhiêu?', 'Thời hạn giải quyết: 15 ngày làm việc [1].')).toBe(0.5);
    // A date, a document number or a year is no count.
    expect(presence('Tỉnh có bao nhiêu công chức cấp xã?', 'Kế hoạch số 12/KH-UBND ngày 26/02/2026 về công chức, năm 2026 [1].')).toBe(0);
    expect(presence('Có bao nhiêu điểm phục vụ hành chính công?', 'Năm 2026 có 12 dự án mới [1].')).toBe(0.5);
    // "X trong kế hoạch Y là bao nhiêu": the plan's name is where X is; X is what was counted.
    expect(presence('Tỷ lệ hồ sơ lưu trữ được số hóa trong kế hoạch chuyển đổi số tỉnh Sơn Hà năm 2027 là bao nhiêu?', 'Mục tiêu: 80% [1]. Nội dung: Tỷ lệ hồ sơ lưu trữ được số hóa [1].')).toBe(1);
  });

  it('asks an amount for money questions, not for counts of projects', () => {
    expect(presence('Bố trí bao nhiêu tiền để xây dựng chatbot?', 'Nhiệm vụ: xây dựng chatbot [1].')).toBe(0);
    expect(presence('Kinh phí dự kiến bao nhiêu?', 'Kinh phí dự kiến: 1.500 triệu đồng [1].')).toBe(1);
    expect(presence('Dùng vốn sự nghiệp, trong đó bao nhiêu dự án mới?', 'Tổng số dự án: 49 [1].')).toBe(1);
  });
});
