import { describe, expect, it } from 'vitest';
import { trimSentence } from '../../src/chat/sentence-trim';
import { termProfile } from '../../src/chat/term-weights';

const options = (question: string, maxWords: number, slotTerms: string[] = []) => {
  const profile = termProfile(question);
  return { maxWords, queryTerms: [...profile.unigrams, ...profile.bigrams], weight: () => 1, slotTerms };
};

describe('trimming a long sentence to the clauses that answer', () => {
  it('keeps the clauses covering the most distinct question terms, not a term repeated further on', () => {
    const sentence = 'Lấy hạ tầng là nền tảng, dữ liệu là tài nguyên, khai thác dữ liệu, chia sẻ dữ liệu, mở dữ liệu cho người dân.';
    const trimmed = trimSentence(sentence, options('hạ tầng và dữ liệu', 14));
    expect(trimmed).toContain('hạ tầng là nền tảng');
    expect(trimmed).toContain('tài nguyên');
  });

  it('keeps the clause where the open slot of the question sits, with its parenthetical', () => {
    const sentence =
      'Nhiệm vụ: Mở rộng các ứng dụng phục vụ quản lý và chi trả học bổng cho sinh viên toàn tỉnh; tăng cường chi trả qua ví điện tử gắn với hồ sơ của người thụ hưởng (đã đăng ký qua Cổng ABC) bảo đảm kịp thời, công khai.';
    const trimmed = trimSentence(sentence, options('chi trả học bổng cho sinh viên qua ví điện tử đã đăng ký qua đâu?', 30, ['dang_ky', 'ky_qua']));
    expect(trimmed).toContain('(đã đăng ký qua Cổng ABC)');
  });

  it('reads a label naming the slot ("Nhiệm vụ:") as asking for its whole value', () => {
    const sentence = 'Nhiệm vụ: Rà soát, nâng cấp các phần mềm nghiệp vụ của ngành bảo đảm khả năng kết nối, chia sẻ dữ liệu với các hệ thống của tỉnh.';
    const trimmed = trimSentence(sentence, options('nâng cấp phần mềm nghiệp vụ nằm trong nhiệm vụ nào', 14, ['trong_nhiem', 'nhiem_vu']));
    expect(trimmed).toContain('phần mềm nghiệp vụ');
  });
});
