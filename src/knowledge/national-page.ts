/**
 * Reads one national procedure page (markdown from dichvucong.gov.vn) into its sections, the
 * "Thông tin chung" fields and raw table rows. No interpretation here: see national-record.ts.
 */

export interface NationalPage {
  title: string;
  /** "Thông tin chung" bullet fields, label → value ("Không có thông tin" already dropped). */
  info: Map<string, string>;
  /** Section heading (## …) → its body lines, in page order. */
  sections: Map<string, string[]>;
  /** Captured from the government office's fallback page: tables flattened into text. */
  fallbackUrl?: string;
}

export class NationalPageError extends Error {
  override readonly name = 'NationalPageError';
}

/** "Không có thông tin" and its near forms stand for an empty field, never a fact. */
export function isNoInformation(text: string | undefined): boolean {
  if (text === undefined) return true;
  const value = text.replace(/[.\s]+$/u, '').trim().toLowerCase();
  return value === '' || value === 'không có thông tin' || value === 'n/a' || value === 'không có';
}

export function parseNationalPage(markdown: string): NationalPage {
  // Word's optional hyphen survives in some pages as a NOT SIGN inside a word ("trung ¬ương"): it is no text.
  const text = markdown.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\u00AC(?=\p{L})/gu, '');
  const lines = text.split('\n');
  const titleLine = lines.find((line) => /^#\s+\S/.test(line));
  if (!titleLine) throw new NationalPageError('thiếu tiêu đề "# Tên thủ tục" ở đầu trang');
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const heading = line.match(/^##\s+(.+?)\s*$/);
    if (heading) {
      current = [];
      sections.set(heading[1]!, current);
    } else if (current) current.push(line);
  }
  const general = sections.get('Thông tin chung');
  if (!general) throw new NationalPageError('thiếu mục "## Thông tin chung"');
  const info = new Map<string, string>();
  for (const line of general) {
    const field = line.match(/^\*\s+\*\*(.+?):\*\*\s*(.*)$/);
    if (field && !isNoInformation(field[2])) info.set(field[1]!.trim(), field[2]!.trim());
  }
  if (!info.get('Mã thủ tục')) throw new NationalPageError('thiếu "Mã thủ tục" trong mục Thông tin chung');
  if (!/^\d\.\d{6}$/.test(info.get('Mã thủ tục')!)) throw new NationalPageError(`mã thủ tục không đúng dạng: "${info.get('Mã thủ tục')}"`);
  const fallbackUrl = info.get('Nguồn fallback');
  return { title: titleLine.replace(/^#\s+/, '').trim(), info, sections, ...(fallbackUrl ? { fallbackUrl } : {}) };
}

/** Cells of a markdown table row; undefined for separator and non-table lines. */
export function tableCells(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return undefined;
  if (/^\|\s*-{3,}/.test(trimmed)) return undefined;
  const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(' | ').map((cell) => cell.trim());
}

/** The body of a section as text: non-empty lines joined, or undefined when it says nothing. */
export function sectionText(page: NationalPage, name: string): string | undefined {
  const body = page.sections.get(name);
  if (!body) return undefined;
  const text = body.map((line) => line.replace(/\s+$/u, '')).filter((line) => line.trim() !== '').join('\n').trim();
  return isNoInformation(text) ? undefined : text;
}

/** U+FFFD or a cell cut at the capture's length limit: the text cannot be shown as a fact. */
export function isGarbled(text: string): boolean {
  return text.includes('\uFFFD');
}

/** Drops trailing debris (", .", ",.", "..") and `<br>`; keeps the text otherwise as published. */
export function cleanCell(text: string): string {
  return text
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/\uFFFD+.*$/su, '')
    .replace(/[\s,;]*[,;]\s*\.\s*$/u, '.')
    .replace(/\.{2,}\s*$/u, '.')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
