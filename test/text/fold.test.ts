/** foldDiacritics and hasDiacritics: accent-insensitive forms, đ→d and Đ→D. */

import { describe, expect, it } from 'vitest';
import { foldDiacritics, hasDiacritics } from '../../src/text/fold';

describe('foldDiacritics', () => {
  it.each([
    ['đường', 'duong'],
    ['Đắk Lắk', 'Dak Lak'],
    ['ĐĂNG KÝ', 'DANG KY'],
    ['thủ tục hành chính', 'thu tuc hanh chinh'],
    ['Khánh Hòa', 'Khanh Hoa'],
    ['giấy phép lao động', 'giay phep lao dong'],
    ['ươ ăâ êô ơư', 'uo aa eo ou'],
    ['350/QĐ-TTg', '350/QD-TTg'],
    ['plain ascii 123', 'plain ascii 123'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('folds decomposed input the same as composed input', () => {
    expect(foldDiacritics('Nghị định'.normalize('NFD'))).toBe('Nghi dinh');
  });

  it('keeps case', () => {
    expect(foldDiacritics('Ủy BAN')).toBe('Uy BAN');
  });
});

describe('hasDiacritics', () => {
  it.each([
    ['hoa', false],
    ['TTg', false],
    ['2026', false],
    ['hòa', true],
    ['đi', true],
    ['Đ', true],
    ['ă', true],
    ['hòa'.normalize('NFD'), true],
  ])('%s → %s', (input, expected) => {
    expect(hasDiacritics(input)).toBe(expected);
  });
});
