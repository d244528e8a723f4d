/**
 * A national procedure page (and its catalogue row) as a ProcedureRecord: every field sourced to
 * the page's official URL and publishing decision; "Không có thông tin" stays `unknown`; cut or
 * garbled cells are flagged (listed in `flaggedFields`) rather than presented as facts.
 */
import { findAbolishedBody } from './abolished-bodies';
import { parseChannels, summariseFee, summariseTime } from './national-channels';
import { parseDossier } from './national-dossier';
import { carrierOf, displayName, filingLevel, levelsFromAgency, levelsFromPage } from './national-levels';
import { cleanCell, isGarbled, isNoInformation, sectionText, tableCells, type NationalPage } from './national-page';
import type { CatalogueRow } from './national-catalogue';
import type { Caveat, LegalBasis, ProcedureRecord } from './procedure-schema';
import type { Source } from './sourced';

export interface RecordContext {
  id: string;
  /** The procedure's page on dichvucong.gov.vn (from the catalogue or an existing record). */
  url: string;
  verifiedAt: string;
  catalogue?: CatalogueRow;
}

export function pageSourceId(code: string): string {
  return `dvc-${code.replace(/\./g, '-')}`;
}

/** Decentralisation under NQ 190/2025/QH15 holds until 01/3/2027 unless extended (national data README). */
export const DECENTRALISATION_UNTIL = '2027-03-01';
const DECENTRALISATION = /190\/2025\/(?:NQ-)?QH15|phân cấp|phân quyền/iu;

function steps(page: NationalPage): string[] | undefined {
  const text = sectionText(page, 'Trình tự thực hiện');
  if (!text) return undefined;
  const numbered: string[] = [];
  for (const line of text.split('\n')) {
    const start = line.match(/^\d+\.\s+(.*)$/);
    if (start) numbered.push(start[1]!.trim());
    else if (numbered.length > 0) numbered[numbered.length - 1] += `\n${line.trim()}`;
    else numbered.push(line.trim());
  }
  // One list item may hold several "Bước n" (fallback pages run them together): split there.
  const items = numbered.flatMap((item) => (/Bước\s*\d+\s*[:.]/u.test(item) ? item.split(/(?:^|\s)[-–]?\s*(?=Bước\s*\d+\s*[:.])/u) : [item]));
  const cleaned = items.map((item) => cleanCell(item.replace(/^[-–•]\s*/u, '')).replace(/\s*\n+\s*/g, ' ')).filter((item) => item.length > 0);
  return cleaned.length > 0 ? cleaned : undefined;
}

const NUMBER = /\d+\/\d{4}\/[\p{L}\d-]+/u;

/** The date that directly follows the text's own number ("… 45/2025/NĐ-CP ngày 28/02/2025"), never a cited text's. */
function isoDate(title: string, number: string): string | 'unknown' {
  const at = title.indexOf(number);
  const first = title.match(NUMBER);
  if (at < 0 || (first && first.index! < at)) return 'unknown';
  const after = title.slice(at + number.length, at + number.length + 60);
  const match = after.match(/^\s*(?:của\s+[^,]{0,30}?\s*)?ngày\s+(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))/u);
  if (!match) return 'unknown';
  const [day, month, year] = match[1] ? [match[1], match[2]!, match[3]!] : [match[4]!, match[5]!, match[6]!];
  return `${year}-${month.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

function legalBasis(page: NationalPage, source: string): LegalBasis[] {
  const bases: LegalBasis[] = [];
  for (const line of page.sections.get('Căn cứ pháp lý') ?? []) {
    const cells = tableCells(line);
    if (!cells || cells[0] === 'Tên văn bản pháp lý') continue;
    const title = cleanCell(cells[0] ?? '').replace(/^[-–]\s*/u, '');
    if (isNoInformation(title)) continue;
    const cell = isNoInformation(cells[1]) ? '' : cleanCell(cells[1]!);
    const number = cell.match(NUMBER)?.[0] ?? (cell || (title.match(NUMBER)?.[0] ?? title.slice(0, 80)));
    if (bases.some((basis) => basis.number === number)) continue;
    bases.push({ number, date: isoDate(title, number), title, source, article: 'Căn cứ pháp lý' });
  }
  return bases;
}

function result(page: NationalPage): string | undefined {
  const text = sectionText(page, 'Kết quả xử lý');
  if (!text) return undefined;
  const items = text.split('\n').map((line) => cleanCell(line.replace(/^\*\s*/, '').replace(/\s*\(Mã:\s*`[^`]*`\)\s*$/u, '')).replace(/\.{2,}$/u, '.'));
  return items.filter(Boolean).join('; ') || undefined;
}

function lines(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return text.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
}

/** The fee column is empty but the page's result or description says the service is free. */
function freeOfCharge(page: NationalPage, source: string): ProcedureRecord['fees'] {
  for (const section of ['Kết quả xử lý', 'Mô tả', 'Trình tự thực hiện']) {
    const sentence = sectionText(page, section)?.match(/[^.\n]*(?<!\p{L})miễn phí(?!\p{L})[^.\n]*/iu)?.[0];
    if (sentence) return { value: 'Miễn phí', source, article: section, note: `Cột phí, lệ phí để trống; trang ghi: "${cleanCell(sentence.replace(/^\*\s*/u, '').replace(/\s*\(Mã:.*$/u, ''))}"` };
  }
  return 'unknown';
}

/** Only the tail of the fee cell survived the capture: it is shown as published, marked as cut, and flagged. */
function cutFee(fragment: string, source: string): ProcedureRecord['fees'] {
  return { value: `Trang chính thức chỉ còn phần cuối ô phí, lệ phí: “…${fragment.replace(/[.\s]+$/u, '')}”`, source, article: 'Cách thức thực hiện', note: 'Ô phí, lệ phí bị cắt khi thu thập; phần còn lại nằm ở đầu ô mô tả của một hàng.' };
}

export function recordFromPage(page: NationalPage, context: RecordContext): ProcedureRecord {
  const code = page.info.get('Mã thủ tục')!;
  const decision = page.info.get('Số quyết định');
  const source = pageSourceId(code);
  const sourced = <Value>(value: Value | undefined, article: string) => (value === undefined ? ('unknown' as const) : { value, source, article });
  const flattened = page.fallbackUrl !== undefined;
  const flaggedFields: string[] = [];

  const field = page.info.get('Lĩnh vực') ?? context.catalogue?.field ?? 'Không rõ lĩnh vực';
  // The catalogue row is the same national page's listing: its agency fills a page left silent.
  const agencyText = lines(sectionText(page, 'Cơ quan thực hiện'))?.replace(/\n/g, '; ') ?? page.info.get('Cơ quan có thẩm quyền') ?? (context.catalogue?.implementingAgency || undefined);
  const statedLevels = levelsFromPage(page.info.get('Cấp thực hiện'));
  const levels = statedLevels.length > 0 ? statedLevels : levelsFromAgency(agencyText ?? context.catalogue?.implementingAgency);
  const level = filingLevel(levels);
  const levelNote = statedLevels.length > 0 ? undefined : 'Trang không ghi cấp thực hiện; suy ra từ tên cơ quan thực hiện.';

  const channels = parseChannels(page.sections.get('Cách thức thực hiện') ?? [], flattened);
  if (channels?.flagged) flaggedFields.push('channels');
  if (channels?.cutFee && !summariseFee(channels.channels)) flaggedFields.push('fees');
  const dossier = parseDossier(page.sections.get('Thành phần hồ sơ') ?? [], flattened);
  if (dossier?.flagged) flaggedFields.push('dossier');
  const stepList = steps(page);
  const conditions = lines(sectionText(page, 'Yêu cầu, điều kiện thực hiện'));
  if (conditions && isGarbled(conditions)) flaggedFields.push('conditions');
  const description = lines(sectionText(page, 'Mô tả'));
  const has = (kind: string) => (channels ? { value: channels.channels.some((row) => row.channel === kind), source, article: 'Cách thức thực hiện' } : ('unknown' as const));
  const bases = legalBasis(page, source);
  const caveats: Caveat[] = bases.some((basis) => DECENTRALISATION.test(basis.title) || DECENTRALISATION.test(basis.number))
    ? [{ text: 'Căn cứ pháp lý gồm văn bản phân cấp, phân quyền năm 2025 áp dụng đến hết ngày 28/02/2027 nếu không được gia hạn; thẩm quyền có thể thay đổi từ 01/3/2027.', until: DECENTRALISATION_UNTIL, source, article: 'Căn cứ pháp lý' }]
    : [];

  const abolished = agencyText ? findAbolishedBody(agencyText) : undefined;
  const sources: Source[] = [
    {
      id: source,
      title: `Cổng Dịch vụ công quốc gia – thủ tục ${code}: ${displayName(page.title)}${decision ? ` (công bố tại Quyết định ${decision})` : ''}`,
      url: flattened ? page.fallbackUrl! : context.url,
      kind: 'portal',
      ...(decision ? { number: decision } : {}),
    },
  ];
  return {
    id: context.id,
    code: { value: code, source, article: 'Thông tin chung' },
    name: displayName(page.title),
    aliases: [],
    field,
    level: level ? { value: level, source, article: 'Thông tin chung', ...(levelNote ? { note: levelNote } : {}) } : 'unknown',
    implementingAgency: sourced(agencyText ? cleanCell(agencyText) : undefined, 'Cơ quan thực hiện'),
    receivingAgency: sourced(page.info.get('Địa chỉ tiếp nhận HS') ? cleanCell(page.info.get('Địa chỉ tiếp nhận HS')!) : undefined, 'Thông tin chung'),
    applicants: sourced(page.info.get('Đối tượng thực hiện'), 'Thông tin chung'),
    steps: sourced(stepList, 'Trình tự thực hiện'),
    dossier: sourced(dossier?.dossier, 'Thành phần hồ sơ'),
    processingTime: sourced(channels ? summariseTime(channels.channels) : undefined, 'Cách thức thực hiện'),
    fees: channels && summariseFee(channels.channels) ? sourced(summariseFee(channels.channels), 'Cách thức thực hiện') : channels?.cutFee ? cutFee(channels.cutFee, source) : freeOfCharge(page, source),
    result: sourced(result(page), 'Kết quả xử lý'),
    legalBasis: bases,
    submission: { inPerson: has('trực tiếp'), post: has('bưu chính'), online: has('trực tuyến') },
    onlineLevel: 'unknown',
    officialUrls: [context.url],
    verifiedAt: context.verifiedAt,
    status: abolished ? 'uncertain' : 'current',
    statusReason: abolished
      ? `Trang chính thức còn nêu ${abolished.name}: ${abolished.reason}`
      : `Theo trang thủ tục trên Cổng Dịch vụ công quốc gia${decision ? `, công bố tại Quyết định ${decision}` : ' (bản dự phòng của Văn phòng Chính phủ)'}.`,
    caveats,
    sources,
    scope: 'public',
    carriedOutBy: carrierOf(field, agencyText ?? context.catalogue?.implementingAgency, levels),
    ...(levels.length > 0 ? { levels: { value: levels, source, article: 'Thông tin chung', ...(levelNote ? { note: levelNote } : {}) } } : {}),
    ...(decision ? { decision: { value: decision, source, article: 'Thông tin chung' } } : {}),
    ...(channels ? { channels: { value: channels.channels, source, article: 'Cách thức thực hiện' } } : {}),
    ...(conditions ? { conditions: { value: cleanCell(conditions), source, article: 'Yêu cầu, điều kiện thực hiện' } } : {}),
    ...(description && description !== conditions ? { description: { value: cleanCell(description), source, article: 'Mô tả' } } : {}),
    ...(flaggedFields.length > 0 ? { flaggedFields } : {}),
    detail: 'full',
  };
}
