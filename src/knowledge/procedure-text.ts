/** Vietnamese wording of procedure fields, shared by the chunks and the card so both say the same thing. */
import { dossierLines } from './dossier-lines';
import type { DossierComponent, ProcedureRecord } from './procedure-schema';
import { isKnown, type Sourced } from './sourced';

export const NO_INFORMATION = 'chưa có thông tin';

export function describeValue(field: Sourced<string>): string {
  return isKnown(field) ? field.value : NO_INFORMATION;
}

const STATUS_TEXT: Record<ProcedureRecord['status'], string> = {
  current: 'Đang áp dụng (theo nguồn đã kiểm tra)',
  outdated: 'Thông tin đã lỗi thời – không dùng làm căn cứ',
  uncertain: 'Chưa chắc chắn – cần đối chiếu nguồn chính thức',
};

export function describeStatus(record: ProcedureRecord): string {
  return `${STATUS_TEXT[record.status]}. ${record.statusReason}`;
}

export function describeComponent(component: DossierComponent): string {
  const details = [
    component.formNumber !== 'unknown' ? `mẫu: ${component.formNumber}` : '',
    component.copies !== 'unknown' ? `số lượng: ${component.copies}` : '',
    component.originalOrCopy !== 'unknown' ? component.originalOrCopy : '',
  ].filter(Boolean);
  return details.length > 0 ? `${component.name} (${details.join('; ')})` : component.name;
}

export function describeDossier(record: ProcedureRecord): string {
  if (!isKnown(record.dossier)) return NO_INFORMATION;
  const { components, complete, sets, cases } = record.dossier.value;
  // Several per-case lists: the card names the cases; each case's list is its own passage.
  if (cases && cases.length > 1) {
    const shared = components.length > 0 ? ` Giấy tờ chung: ${components.map((component) => describeComponent(component)).join('; ')}.` : '';
    return `Hồ sơ khác nhau theo ${cases.length} trường hợp: ${cases.map((entry) => entry.heading.replace(/:$/u, '')).join('; ')}.${shared}`;
  }
  // One per-case list or nested alternatives read as lines; a flat list keeps its numbered form.
  if ((cases?.length ?? 0) > 0 || components.some((component) => component.alternatives?.length || component.items?.length)) {
    return dossierLines(record.dossier.value).lines.join(' ');
  }
  const parts: string[] = [];
  if (components.length > 0) parts.push(components.map((component, index) => `${index + 1}. ${describeComponent(component)}`).join('; '));
  else parts.push(`danh mục thành phần ${NO_INFORMATION}`);
  if (components.length > 0 && !complete) parts.push('(danh mục có thể chưa đầy đủ)');
  parts.push(`Số bộ hồ sơ: ${sets === 'unknown' ? NO_INFORMATION : sets}`);
  return parts.join(' ');
}

export function describeSubmission(record: ProcedureRecord): string {
  const channels: Array<[string, Sourced<boolean>]> = [
    ['trực tiếp', record.submission.inPerson],
    ['qua bưu chính', record.submission.post],
    ['trực tuyến', record.submission.online],
  ];
  const known = channels.filter(([, field]) => isKnown(field));
  if (known.length === 0) return NO_INFORMATION;
  const yes = known.filter(([, field]) => isKnown(field) && field.value).map(([label, field]) => channelWithNote(label, field));
  const no = known.filter(([, field]) => isKnown(field) && !field.value).map(([label]) => label);
  const unknown = channels.filter(([, field]) => !isKnown(field)).map(([label]) => label);
  return [yes.length ? `Có thể nộp ${yes.join(', ')}` : '', no.length ? `không nộp ${no.join(', ')}` : '', unknown.length ? `${unknown.join(', ')}: ${NO_INFORMATION}` : '']
    .filter(Boolean)
    .join('; ');
}

/** A channel's note says where or through what ("Trực tiếp tại cơ quan hành chính nhà nước."): it says more than the label. */
function channelWithNote(label: string, field: Sourced<boolean>): string {
  const note = isKnown(field) ? field.note?.trim().replace(/\.$/u, '') : undefined;
  if (!note) return label;
  return note.toLocaleLowerCase('vi').startsWith(label) ? `${label}${note.slice(label.length)}` : `${label} (${note.charAt(0).toLocaleLowerCase('vi')}${note.slice(1)})`;
}

export function describeOnline(record: ProcedureRecord): string {
  if (isKnown(record.onlineLevel)) return record.onlineLevel.value === 'không' ? 'Không có dịch vụ công trực tuyến' : `Dịch vụ công trực tuyến ${record.onlineLevel.value}`;
  if (isKnown(record.submission.online)) return record.submission.online.value ? 'Có nộp trực tuyến (mức độ chưa có thông tin)' : 'Không nộp trực tuyến';
  return NO_INFORMATION;
}

export function describeLegalBasis(record: ProcedureRecord): string {
  if (record.legalBasis.length === 0) return NO_INFORMATION;
  return record.legalBasis
    .map((basis) => {
      const date = basis.date === 'unknown' ? '' : ` ngày ${formatDate(basis.date)}`;
      const article = basis.article ? ` (${basis.article})` : '';
      return `${basis.number}${date} – ${basis.title}${article}`;
    })
    .join('; ');
}

/** 2026-01-09 → 09/01/2026, the way Vietnamese documents write dates; a month alone (2026-07) → 07/2026. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return day === undefined ? `${month}/${year}` : `${day}/${month}/${year}`;
}

/**
 * When the record's source was read, worded as precisely as it is known: "Thông tin đọc từ nguồn
 * tháng 07/2026" for a capture known to the month, "… ngày 20/11/2026" otherwise. One wording for
 * passages and answers, so an answer's date always stands in the passage it cites.
 */
export function describeReadDate(record: Pick<ProcedureRecord, 'verifiedAt'>): string {
  return `${READ_DATE_LABEL} ${readDate(record)}`;
}

export const READ_DATE_LABEL = 'Thông tin đọc từ nguồn';

/** "tháng 07/2026" or "ngày 20/11/2026". */
export function readDate(record: Pick<ProcedureRecord, 'verifiedAt'>): string {
  return `${record.verifiedAt.split('-').length === 2 ? 'tháng' : 'ngày'} ${formatDate(record.verifiedAt)}`;
}
