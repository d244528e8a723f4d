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
  // After its label a CCCD/CMND is masked however it is grouped ("001 203 004 567", "001.203.004.567").
  { kind: 'citizen_id', pattern: /(?<=(?:cccd|cmnd|căn cước|chứng minh(?: nhân dân| thư)?|định danh)\s*(?:số|là|:)?\s*:?\s*)(?:\d{9}(?:\d{3})?|\d{3}(?:[\s.-]\d{3}){2,3})(?!\d)/giu },
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
    masked = masked.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest[rest.length - 2] as number;
      const whole = rest[rest.length - 1] as string;
      if (kind !== 'email' && insideIdentifier(whole, offset, offset + match.length)) return match;
      kinds.add(kind);
      count++;
      return PLACEHOLDER[kind];
    });
  }
  return { text: masked, kinds: [...kinds], count };
}

// Characters that join the parts of an id, a code or a file name: "req-0912345678", "1.013734", "a_b/0912345678".
const JOINER = /[\p{N}_\-./\\#]/u;
const ID_PART = /[\p{L}\p{N}_\-./]/u;
// A label glued to the number ("sđt0912345678", "CCCD001203004567") is one word in one case; mixed case is an id.
const LABEL = /^(?:\p{Lu}?\p{Ll}*|\p{Lu}+)$/u;

/**
 * True when the digits found are part of a longer token: an id, a hash, a file name, a code.
 * Request, session and chunk ids carry random digit runs that read like phone numbers; they are no one's data.
 */
function insideIdentifier(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (JOINER.test(before) || /[\p{L}\p{N}_\-/\\#%]/u.test(after)) return true;
  if (after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ' ')) return true;
  if (!/\p{L}/u.test(before)) return false;
  let left = start;
  while (left > 0 && ID_PART.test(text[left - 1]!)) left--;
  const prefix = text.slice(left, start);
  return !/^\p{L}+$/u.test(prefix) || !LABEL.test(prefix);
}

/** Removes the placeholders, so they do not become search terms. */
export function withoutPlaceholders(text: string): string {
  return Object.values(PLACEHOLDER).reduce((current, placeholder) => current.split(placeholder).join(' '), text);
}

export const PERSONAL_DATA_NOTICE =
  'Lưu ý: Quý vị vui lòng không chia sẻ số CCCD/CMND, số điện thoại, email hay số tài khoản trong cuộc trò chuyện; hệ thống đã tự động ẩn các thông tin này.';
