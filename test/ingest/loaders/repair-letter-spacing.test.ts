import { describe, expect, it } from 'vitest';
import { isLetterSpaced, repairLetterSpacing, splitSyllables } from '../../../src/ingest/loaders/repair-letter-spacing';

describe('repairLetterSpacing', () => {
  it.each([
    ['S ở N ộ i v ụ t ỉ n h Đ ắ k L ắ k', 'Sở Nội vụ tỉnh Đắk Lắk'],
    ['T h ủ t ụ c t h à n h l ậ p h ộ i', 'Thủ tục thành lập hội'],
    ['C Ộ N G H Ò A X Ã H Ộ I C H Ủ N G H Ĩ A V I Ệ T N A M', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Đ ộ c l ậ p - T ự d o - H ạ n h p h ú c', 'Độc lập - Tự do - Hạnh phúc'],
    ['T h ờ i h ạ n : 3 0 n g à y l à m v i ệ c', 'Thời hạn: 30 ngày làm việc'],
    ['Đ i ề u 1 . P h ạ m v i đ i ề u c h ỉ n h', 'Điều 1. Phạm vi điều chỉnh'],
    ['đ ơ n đ ề n g h ị q u y ế t đ ị n h k h u y ế n k h í c h', 'đơn đề nghị quyết định khuyến khích'],
    // Wider gaps between words, when the producer left them, are trusted over spelling rules.
    ['Q U Y Ế T  Đ Ị N H', 'QUYẾT ĐỊNH'],
  ])('%s → %s', (spaced, expected) => {
    expect(repairLetterSpacing(spaced)).toBe(expected);
  });

  it('leaves ordinary lines alone', () => {
    for (const line of ['Nộp hồ sơ tại bộ phận một cửa', 'a b c', 'Điều 5. Ý kiến của cơ quan', 'x = 1 + 2 + 3']) {
      expect(repairLetterSpacing(line)).toBe(line);
    }
  });

  it('detects letter spacing by the share of single-character tokens', () => {
    expect(isLetterSpaced('B Ộ N Ộ I V Ụ')).toBe(true);
    expect(isLetterSpaced('Bộ Nội vụ')).toBe(false);
  });

  it('returns a non-Vietnamese run whole rather than guess', () => {
    expect(splitSyllables('xyzzy')).toEqual(['xyzzy']);
    expect(splitSyllables('thànhlập')).toEqual(['thành', 'lập']);
  });
});
