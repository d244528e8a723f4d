/** Asking for a person opens a hand-off; questions that merely mention officers do not. */
import { describe, expect, it } from 'vitest';
import { asksForOfficer } from '../../src/channels/asks-for-officer';

describe('asksForOfficer', () => {
  it.each(['gặp cán bộ', 'Cho tôi gặp cán bộ', 'tôi muốn nói chuyện với nhân viên', 'gap can bo', 'Liên hệ với một chuyên viên giúp tôi', 'chuyển cho người thật đi'])('hands off: %s', (text) => {
    expect(asksForOfficer(text)).toBe(true);
  });

  it.each(['Cán bộ, công chức được nghỉ phép bao nhiêu ngày?', 'Tôi nên liên hệ cán bộ nào để nộp hồ sơ?', 'Chuyên môn của cán bộ tư pháp gồm gì', 'thủ tục thành lập hội'])('does not hand off: %s', (text) => {
    expect(asksForOfficer(text)).toBe(false);
  });
});
