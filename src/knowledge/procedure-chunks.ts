/** Turns one procedure record into retrieval chunks: overview; dossier; time, fee and result; legal basis. */
import type { ChunkDraft } from '../core/types';
import { cardUrl } from './procedure-catalog';
import type { ProcedureRecord } from './procedure-schema';
import { describeDossier, describeLegalBasis, describeOnline, describeStatus, describeSubmission, describeValue, formatDate, NO_INFORMATION } from './procedure-text';
import { isKnown } from './sourced';

export function procedureDocId(record: Pick<ProcedureRecord, 'id'>): string {
  return `procedure:${record.id}`;
}

export function procedureToChunkDrafts(record: ProcedureRecord): ChunkDraft[] {
  const code = describeValue(record.code);
  const level = isKnown(record.level) ? `cấp ${record.level.value}` : NO_INFORMATION;
  const caveats = record.caveats.map((caveat) => caveat.text).join(' ');
  // Every chunk repeats name, status and verified date: a chunk may be cited alone.
  const footer = `Tình trạng thông tin: ${describeStatus(record)} Ngày kiểm tra: ${formatDate(record.verifiedAt)}.`;
  const base = {
    docId: procedureDocId(record),
    title: record.name,
    lineStart: 0,
    lineEnd: 0,
    scope: 'public' as const,
    kind: 'procedure' as const,
    procedureId: record.id,
    ...(cardUrl(record) ? { url: cardUrl(record) } : {}),
  };
  const section = (part: string) => `Thủ tục › ${record.name} › ${part}`;
  const overviewFields = {
    'Mã thủ tục': code,
    'Lĩnh vực': record.field,
    'Cấp thực hiện': level,
    'Cơ quan thực hiện': describeValue(record.implementingAgency),
    'Nơi tiếp nhận': describeValue(record.receivingAgency),
    'Đối tượng thực hiện': describeValue(record.applicants),
    'Nộp hồ sơ': describeSubmission(record),
    'Nộp trực tuyến': describeOnline(record),
  };
  const steps = isKnown(record.steps) ? record.steps.value.map((step, index) => `Bước ${index + 1}: ${step}`).join('. ') : NO_INFORMATION;
  const aliases = record.aliases.length > 0 ? ` Tên gọi khác: ${record.aliases.join(', ')}.` : '';
  const timeFields = {
    'Thời hạn giải quyết': describeValue(record.processingTime),
    'Phí, lệ phí': describeValue(record.fees),
    'Kết quả': describeValue(record.result),
  };
  const legalFields = { 'Căn cứ pháp lý': describeLegalBasis(record) };
  const prose = (fields: Record<string, string>) => Object.entries(fields).map(([label, value]) => `${label}: ${value}.`).join(' ');
  return [
    { ...base, section: section('Tổng quan'), fields: overviewFields, text: `Thủ tục ${record.name}.${aliases} ${prose(overviewFields)} Trình tự thực hiện: ${steps}. ${footer}` },
    { ...base, section: section('Hồ sơ'), fields: { 'Thành phần hồ sơ': describeDossier(record) }, text: `Hồ sơ thủ tục ${record.name}. Thành phần hồ sơ: ${describeDossier(record)}. ${footer}` },
    { ...base, section: section('Thời hạn, phí, kết quả'), fields: timeFields, text: `Thời hạn, phí, lệ phí và kết quả của thủ tục ${record.name}. ${prose(timeFields)} ${footer}` },
    { ...base, section: section('Căn cứ pháp lý'), fields: legalFields, text: `Căn cứ pháp lý của thủ tục ${record.name}. ${prose(legalFields)}${caveats ? ` Lưu ý: ${caveats}` : ''} ${footer}` },
  ];
}
