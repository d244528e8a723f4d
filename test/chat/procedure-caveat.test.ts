import { describe, expect, it } from 'vitest';
import { PassageNumbering } from '../../src/chat/passage-numbering';
import { caveatOn } from '../../src/chat/procedure-caveat';
import type { Chunk } from '../../src/core/types';

const legal: Chunk = {
  id: 'legal',
  docId: 'procedure:gpld',
  title: 'Cấp giấy phép lao động',
  section: 'Thủ tục › Cấp giấy phép lao động › Căn cứ pháp lý',
  lineStart: 0,
  lineEnd: 0,
  scope: 'public',
  kind: 'procedure',
  procedureId: 'gpld',
  text: 'Căn cứ pháp lý: 219/2025/NĐ-CP. Lưu ý: Giấy tờ nước ngoài phải hợp pháp hoá lãnh sự. Lệ phí do HĐND cấp tỉnh quy định. Tình trạng thông tin: Đang áp dụng. Ngày kiểm tra: 23/11/2026.',
};

describe('caveatOn', () => {
  it('gives the record’s caveat on the aspect asked, cited', () => {
    const numbering = new PassageNumbering();
    expect(caveatOn('fee', [legal], numbering)).toBe('Lưu ý: Lệ phí do HĐND cấp tỉnh quy định [1].');
  });

  it('gives nothing when no caveat speaks of that aspect, nor from the status footer', () => {
    expect(caveatOn('processingTime', [legal], new PassageNumbering())).toBeUndefined();
    expect(caveatOn('legalBasis', [legal], new PassageNumbering())).toBeUndefined();
  });
});
