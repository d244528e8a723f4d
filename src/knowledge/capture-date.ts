/**
 * When a national page was read from the portal (its capture), the date a record's facts are
 * verified as of: from a page's own line, the folder's README, or the importer's --captured flag.
 * The day the importer runs says nothing about the source, so it is never used in their place.
 * A capture known only to the month is kept as YYYY-MM.
 */
import { NationalPageError, type NationalPage } from './national-page';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** YYYY-MM-DD or YYYY-MM, a real month and day; undefined otherwise. */
export function captureDate(text: string | undefined): string | undefined {
  const value = text?.trim();
  const match = value?.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (!match) return undefined;
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate()) return undefined;
  return value;
}

const pad = (value: string | number) => String(value).padStart(2, '0');

/**
 * A capture date written in prose: "captured in July 2026", "captured on 2026-07-15",
 * "thu thập tháng 7/2026", "thu thập ngày 15/7/2026". The first one found wins.
 */
export function captureDateInText(text: string): string | undefined {
  const prose = text.normalize('NFC');
  const iso = prose.match(/captured\s+(?:on\s+)?(\d{4}-\d{2}(?:-\d{2})?)\b/iu);
  if (iso) return captureDate(iso[1]);
  const english = prose.match(/captured\s+(?:in\s+|on\s+)?(?:(\d{1,2})\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})/iu);
  if (english) return captureDate(`${english[3]}-${pad(MONTHS.indexOf(english[2]!.toLowerCase()) + 1)}${english[1] ? `-${pad(english[1])}` : ''}`);
  const day = prose.match(/thu thập(?:\s+vào)?\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu);
  if (day) return captureDate(`${day[3]}-${pad(day[2]!)}-${pad(day[1]!)}`);
  const month = prose.match(/thu thập(?:\s+vào)?\s+tháng\s+(\d{1,2})\/(\d{4})/iu);
  if (month) return captureDate(`${month[2]}-${pad(month[1]!)}`);
  return undefined;
}

const PAGE_LABELS = ['Ngày thu thập', 'Thời điểm thu thập', 'Ngày truy cập', 'Captured'];

/** A page's own capture line in "Thông tin chung" (YYYY-MM-DD, YYYY-MM or dd/mm/yyyy); a malformed one is an error, not ignored. */
export function pageCaptureDate(page: NationalPage): string | undefined {
  for (const label of PAGE_LABELS) {
    const value = page.info.get(label)?.trim();
    if (!value) continue;
    const vietnamese = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
    const date = vietnamese ? captureDate(`${vietnamese[3]}-${pad(vietnamese[2]!)}-${pad(vietnamese[1]!)}`) : captureDate(value);
    if (!date) throw new NationalPageError(`"${label}" không đúng dạng ngày (YYYY-MM-DD, YYYY-MM hoặc dd/mm/yyyy): "${value}"`);
    return date;
  }
  return undefined;
}
