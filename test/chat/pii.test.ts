import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/chat/pii';

describe('personal data masking', () => {
  it.each([
    ['CCCD của tôi là 001203004567', 'CCCD của tôi là [số CCCD/CMND đã ẩn]', ['citizen_id']],
    ['CMND số 123456789 nhé', 'CMND số [số CCCD/CMND đã ẩn] nhé', ['citizen_id']],
    ['cccd 001 203 004 567', 'cccd [số CCCD/CMND đã ẩn]', ['citizen_id']],
    ['căn cước: 001.203.004.567.', 'căn cước: [số CCCD/CMND đã ẩn].', ['citizen_id']],
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

describe('personal data masking keeps identifiers', () => {
  it.each([
    'request id Xk0912345678aQ-0912345678_z7',
    'phiên 4fGh_0987654321-AbC, tin nhắn msg-0912345678-q',
    'chunk 063c53faae0092153433 và 9a0912345678e1f2',
    'uuid 123e4567-e89b-12d3-a456-426614174000',
    'file tai-len-ke-hoach-0912345678.pdf, đường dẫn /data/001203004567/index.json',
    'mã thủ tục 1.013734 và 2.002385.000.00.00.H32, mã hồ sơ 000.00.12.H32-261207-0001',
    'Quyết định 350/QĐ-TTg, Nghị định 126/2024/NĐ-CP, ngày 2026-12-07T00:25:08.123Z, 07/12/2026',
  ])('%s', (text) => expect(maskPersonalData(text)).toEqual({ text, kinds: [], count: 0 }));

  it.each([
    ['sđt0912345678', 'sđt[số điện thoại đã ẩn]'],
    ['CCCD001203004567 nhé', 'CCCD[số CCCD/CMND đã ẩn] nhé'],
    ['gọi 0912345678.', 'gọi [số điện thoại đã ẩn].'],
    ['số 0912345678,0987654321', 'số [số điện thoại đã ẩn],[số điện thoại đã ẩn]'],
    ['(0912 345 678)', '([số điện thoại đã ẩn])'],
  ])('still masks a number that stands alone or after its label: %s', (input, masked) => expect(maskPersonalData(input).text).toBe(masked));
});
