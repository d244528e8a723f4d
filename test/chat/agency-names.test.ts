import { describe, expect, it } from 'vitest';
import { agencyNames, unsupportedAgencies } from '../../src/chat/agency-names';

describe('agency names', () => {
  it.each([
    ['Sở Nội vụ chủ trì, phối hợp với Công an tỉnh và UBND các xã, phường.', ['so noi vu', 'cong an tinh', 'uy ban nhan dan xa']],
    ['SỞ NỘI VỤ', ['so noi vu']],
    ['Sở Khoa học và Công nghệ; Ban Thi đua - Khen thưởng; Bộ Nội vụ', ['so khoa hoc', 'ban thi dua', 'bo noi vu']],
    ['Ủy ban nhân dân cấp tỉnh và Bảo hiểm xã hội Việt Nam', ['uy ban nhan dan tinh', 'bao hiem xa hoi viet nam']],
    ['Nộp tại Trung tâm Phục vụ hành chính công tỉnh', ['trung tam phuc vu']],
    ['Cục Thuế tỉnh quản lý', ['cuc thue']],
    // Not names: a verb, lower-case kinds of body, a capitalised heading verb.
    ['Ban hành kế hoạch; giao các sở, ban, ngành; bộ hồ sơ gồm đơn', []],
    ['QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH', []],
  ])('%s', (text, names) => expect(agencyNames(text)).toEqual(names));

  it('finds a name in the passage whatever its spelling, and a one-word name before any word', () => {
    const passage = 'Cục Thuế tỉnh; SỞ NỘI VỤ chủ trì; UBND cấp xã';
    expect(unsupportedAgencies('Cục Thuế quản lý; so noi vu; Ủy ban nhân dân các xã', passage)).toEqual([]);
    expect(unsupportedAgencies('Sở Nội chính chủ trì; Công an tỉnh; Sở Tư pháp', passage)).toEqual(['so noi chinh', 'so tu phap', 'cong an tinh']);
  });

  it.each([
    ['Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
    ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['BHXH tỉnh', 'Bảo hiểm xã hội tỉnh'],
  ])('reads the short form %s as %s', (short, full) => {
    expect(unsupportedAgencies(short, full)).toEqual([]);
    expect(unsupportedAgencies(full, short)).toEqual([]);
  });
});
