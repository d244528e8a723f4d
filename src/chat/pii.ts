/** Detects and masks personal data (CCCD/CMND, phone numbers, e-mail, bank accounts) before logs or an LLM see it. */

export type PersonalDataKind = 'email' | 'phone' | 'citizen_id' | 'bank_account';

export interface MaskedText {
  text: string;
  kinds: PersonalDataKind[];
  count: number;
}

const PLACEHOLDER: Record<PersonalDataKind, string> = {
  email: '[email đã ẩn]',
  phone: '[số điện thoại đã ẩn]',
  citizen_id: '[số CCCD/CMND đã ẩn]',
  bank_account: '[số tài khoản đã ẩn]',
};

// Order matters: an account number after "STK" must not be read as a phone number first.
const PATTERNS: Array<{ kind: PersonalDataKind; pattern: RegExp }> = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  {
    kind: 'bank_account',
    pattern: /(?<=(?:số tài khoản|tài khoản ngân hàng|tài khoản|stk|số tk|account)\s*(?:số|là|:)?\s*:?\s*)\d(?:[\s.-]?\d){5,18}(?!\d)/giu,
  },
  { kind: 'citizen_id', pattern: /(?<=(?:cccd|cmnd|căn cước|chứng minh(?: nhân dân| thư)?|định danh)\s*(?:số|là|:)?\s*:?\s*)\d{9}(?:\d{3})?(?!\d)/giu },
  // Mobile 0xx xxx xxxx (10 digits) and landline 02x xxxx xxxx (11 digits), also written +84 / 84, with spaces, dots or dashes.
  { kind: 'phone', pattern: /(?<![\p{N}/])(?:\+84|84|0)[\s.-]?(?:[35789]\d(?:[\s.-]?\d){7}|2\d(?:[\s.-]?\d){8})(?![\p{N}/%])/gu },
  { kind: 'citizen_id', pattern: /(?<![\p{N}/.,])(?:\d{12}|\d{9})(?![\p{N}/%])/gu },
  { kind: 'bank_account', pattern: /(?<![\p{N}/.,])\d{10,19}(?![\p{N}/%])/gu },
];

export function maskPersonalData(text: string): MaskedText {
  const kinds = new Set<PersonalDataKind>();
  let count = 0;
  let masked = text;
  for (const { kind, pattern } of PATTERNS) {
    masked = masked.replace(pattern, () => {
      kinds.add(kind);
      count++;
      return PLACEHOLDER[kind];
    });
  }
  return { text: masked, kinds: [...kinds], count };
}

/** Removes the placeholders, so they do not become search terms. */
export function withoutPlaceholders(text: string): string {
  return Object.values(PLACEHOLDER).reduce((current, placeholder) => current.split(placeholder).join(' '), text);
}

export const PERSONAL_DATA_NOTICE =
  'Lưu ý: Quý vị vui lòng không chia sẻ số CCCD/CMND, số điện thoại, email hay số tài khoản trong cuộc trò chuyện; hệ thống đã tự động ẩn các thông tin này.';
