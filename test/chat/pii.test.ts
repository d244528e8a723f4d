import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/chat/pii';

describe('personal data masking', () => {
  it.each([
    ['CCCD của tôi là 001203004567', 'CCCD của tôi là [số CCCD/CMND đã ẩn]', ['citizen_id']],
    ['CMND số 123456789 nhé', 'CMND số [số CCCD/CMND đã ẩn] nhé', ['citizen_id']],
    ['gọi 0912 345 678 hoặc +84 912.345.678', 'gọi [số điện thoại đã ẩn] hoặc [số điện thoại đã ẩn]', ['phone']],
    ['máy bàn 024 3824 1234', 'máy bàn [số điện thoại đã ẩn]', ['phone']],
    ['email: an.nguyen+hs@so-noivu.gov.vn', 'email: [email đã ẩn]', ['email']],
    ['STK 1903 6789 0123 45 Techcombank', 'STK [số tài khoản đã ẩn] Techcombank', ['bank_account']],
    ['tài khoản ngân hàng: 0071000123456', 'tài khoản ngân hàng: [số tài khoản đã ẩn]', ['bank_account']],
  ])('%s', (input, masked, kinds) => {
    const result = maskPersonalData(input);
    expect(result.text).toBe(masked);
    expect(result.kinds).toEqual(kinds);
  });

  it('leaves document numbers, dates, percentages, codes, money and hotlines alone', () => {
    const text = 'Quyết định 350/QĐ-TTg ngày 26/02/2026 đạt 95%, kinh phí 4.780 triệu, mã thủ tục 1.014936, năm 2030, tổng đài 1900 1234.';
    expect(maskPersonalData(text)).toEqual({ text, kinds: [], count: 0 });
  });
});
