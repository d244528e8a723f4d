/**
 * The provinces and centrally-run cities of Vietnam (the 34 after the 2025 merger and the former ones people
 * still name), so a question about a province whose documents we do not hold is recognised as such instead
 * of being answered from another province's plan.
 */
import { foldedWords } from './vocabulary';

// Names that are also ordinary words or a person's name are recognised only after "tỉnh"/"thành phố"/"TP".
const AMBIGUOUS = ['Hòa Bình', 'Thái Bình', 'Hồ Chí Minh', 'Bình Định', 'Long An', 'Phú Thọ', 'Hà Nam', 'Yên Bái', 'Nam Định', 'Điện Biên'];
const DISTINCT = [
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế', 'Lai Châu', 'Sơn La', 'Lạng Sơn', 'Cao Bằng', 'Tuyên Quang',
  'Hà Giang', 'Lào Cai', 'Thái Nguyên', 'Bắc Kạn', 'Bắc Giang', 'Bắc Ninh', 'Quảng Ninh', 'Hải Dương', 'Hưng Yên', 'Vĩnh Phúc',
  'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Quảng Nam', 'Quảng Ngãi', 'Kon Tum', 'Gia Lai',
  'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Bình Dương', 'Đồng Nai',
  'Tây Ninh', 'Bà Rịa – Vũng Tàu', 'Vũng Tàu', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang',
  'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];

// The short forms people type for a city ("TP.HCM", "tphcm", "Sài Gòn"), folded.
const SHORT_FORMS: Array<{ name: string; forms: string[] }> = [{ name: 'Hồ Chí Minh', forms: ['hcm', 'tphcm', 'tp hcm', 'sai gon'] }];

const fold = (name: string) => foldedWords(name).trim();
const PATTERNS = [
  ...DISTINCT.map((name) => ({ name, pattern: new RegExp(` ${fold(name)} `) })),
  ...AMBIGUOUS.map((name) => ({ name, pattern: new RegExp(` (tinh|thanh pho|tp) ${fold(name)} `) })),
  ...SHORT_FORMS.map(({ name, forms }) => ({ name, pattern: new RegExp(` (${forms.join('|')}) `) })),
];

/** Every province or city the question names, whether or not we hold its documents. */
export function provincesNamed(question: string): string[] {
  const form = foldedWords(question);
  return PATTERNS.filter(({ pattern }) => pattern.test(form)).map(({ name }) => name);
}

/** Whether two spellings name the same province ("Khánh Hòa", "khanh hoa"). */
export function sameProvince(left: string, right: string): boolean {
  return fold(left) === fold(right);
}
