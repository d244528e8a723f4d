/** Province detection with or without tone marks and spaces, several provinces in order of mention. */

import { describe, expect, it } from 'vitest';
import { createProvinceDetector } from '../../src/search/province-detector';

const detector = createProvinceDetector(['Lào Cai', 'Khánh Hòa', 'Đắk Lắk', 'Thái Nguyên', 'Lào Cai'], { 'Thái Nguyên': ['TN'] });

describe('ProvinceDetector.detect', () => {
  it.each([
    ['Thủ tục ở Lào Cai thế nào?', 'Lào Cai'],
    ['lao cai co ke hoach gi', 'Lào Cai'],
    ['LÀO CAI', 'Lào Cai'],
    ['Khánh Hòa', 'Khánh Hòa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['khanh hoa', 'Khánh Hòa'],
    ['Đắk Lắk', 'Đắk Lắk'],
    ['dak lak', 'Đắk Lắk'],
    ['daklak', 'Đắk Lắk'],
    ['DakLak', 'Đắk Lắk'],
    ['\u00D0ắk Lắk', 'Đắk Lắk'],
    ['kế hoạch của TN', 'Thái Nguyên'],
  ])('%s → %s', (text, province) => {
    expect(detector.detect(text)).toBe(province);
  });

  it.each(['Hà Nội', 'cai lao', 'lao động', 'khanh', 'giấy phép', ''])('%s → none', (text) => {
    expect(detector.detect(text)).toBeUndefined();
  });
});

describe('ProvinceDetector.detectAll', () => {
  it.each([
    ['So sánh Đắk Lắk và Lào Cai với khanh hoa', ['Đắk Lắk', 'Lào Cai', 'Khánh Hòa']],
    ['khanh hoa, lao cai', ['Khánh Hòa', 'Lào Cai']],
    ['Lào Cai khác gì Khánh Hòa và lào cai?', ['Lào Cai', 'Khánh Hòa']],
    ['daklak hay Thái Nguyên', ['Đắk Lắk', 'Thái Nguyên']],
    ['không nêu tỉnh nào', []],
  ])('%s → %j', (text, provinces) => {
    expect(detector.detectAll(text)).toEqual(provinces);
  });

  it('knows only the provinces it was given', () => {
    expect(createProvinceDetector([]).detectAll('Lào Cai')).toEqual([]);
  });
});
