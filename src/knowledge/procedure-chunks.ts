/** Turns one procedure record into retrieval chunks: overview; dossier; time, fee and result; legal basis. */
import type { ChunkDraft } from '../core/types';
import { cardUrl } from './procedure-catalog';
import { dossierLines } from './dossier-lines';
import type { Channel, ProcedureRecord } from './procedure-schema';
import { describeComponent, describeDossier, describeLegalBasis, describeOnline, describeStatus, describeSubmission, describeReadDate, describeValue, NO_INFORMATION } from './procedure-text';
import { isKnown } from './sourced';

export function procedureDocId(record: Pick<ProcedureRecord, 'id'>): string {
  return `procedure:${record.id}`;
}

export function procedureToChunkDrafts(record: ProcedureRecord): ChunkDraft[] {
  const code = describeValue(record.code);
  const levels = record.levels && record.levels !== 'unknown' ? record.levels.value : isKnown(record.level) ? [record.level.value] : [];
  const level = levels.length > 0 ? levels.map((value) => `cấp ${value}`).join(', ') : NO_INFORMATION;
  const caveats = record.caveats.map((caveat) => caveat.text).join(' ');
  // Every chunk repeats name, status and verified date: a chunk may be cited alone.
  const footer = `Tình trạng thông tin: ${describeStatus(record)} ${describeReadDate(record)}.`;
  const base = {
    docId: procedureDocId(record),
    title: record.name,
    lineStart: 0,
    lineEnd: 0,
    // Procedures between agencies (thi đua – khen thưởng proposals) are for staff only.
    scope: record.scope === 'internal' ? ('internal' as const) : ('public' as const),
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
  const chunks: ChunkDraft[] = [
    { ...base, section: section('Tổng quan'), fields: overviewFields, text: `Thủ tục ${record.name}.${aliases} ${prose(overviewFields)}${carrier(record)} Trình tự thực hiện: ${steps}. ${footer}`, ...(record.phrases?.length ? { keywords: record.phrases.join('. ') } : {}) },
  ];
  // Every record keeps its dossier, time and legal passages even when they say "chưa có thông tin":
  // a question on that aspect of a named procedure is then answered as unknown, with the official link.
  const dossier = record.dossier === 'unknown' ? undefined : record.dossier.value;
  if (dossier?.cases?.length) {
    const shared = dossier.components.length > 0 ? `Giấy tờ chung: ${dossier.components.map((component) => describeComponent(component)).join('; ')}. ` : '';
    for (const entry of dossier.cases) {
      const lines = dossierLines({ ...dossier, components: [], cases: [entry] }).lines.join(' ');
      chunks.push({ ...base, section: section(`Hồ sơ › ${entry.heading}`), fields: { 'Thành phần hồ sơ': `${shared}${lines}` }, text: `Hồ sơ thủ tục ${record.name}, ${entry.heading}. ${shared}${lines} ${footer}` });
    }
  } else {
    chunks.push({ ...base, section: section('Hồ sơ'), fields: { 'Thành phần hồ sơ': describeDossier(record) }, text: `Hồ sơ thủ tục ${record.name}. Thành phần hồ sơ: ${describeDossier(record)}. ${footer}` });
  }
  const channels = record.channels && record.channels !== 'unknown' ? channelLines(record.channels.value) : '';
  chunks.push({ ...base, section: section('Thời hạn, phí, kết quả'), fields: timeFields, text: `Thời hạn, phí, lệ phí và kết quả của thủ tục ${record.name}. ${prose(timeFields)}${channels ? ` Cách thức thực hiện: ${channels}` : ''} ${footer}` });
  if (record.conditions && record.conditions !== 'unknown') {
    const conditions = record.conditions.value.replace(/\s*\n\s*/g, ' ');
    chunks.push({ ...base, section: section('Yêu cầu, điều kiện'), fields: { 'Yêu cầu, điều kiện thực hiện': conditions }, text: `Yêu cầu, điều kiện thực hiện thủ tục ${record.name}: ${conditions} ${footer}` });
  }
  chunks.push({ ...base, section: section('Căn cứ pháp lý'), fields: legalFields, text: `Căn cứ pháp lý của thủ tục ${record.name}. ${prose(legalFields)}${caveats ? ` Lưu ý: ${caveats}` : ''} ${footer}` });
  return chunks;
}

/** Who carries the procedure out when it is not the province or commune: said in the overview. */
function carrier(record: ProcedureRecord): string {
  if (record.carriedOutBy === 'bảo hiểm xã hội') return ' Thủ tục do cơ quan Bảo hiểm xã hội giải quyết.';
  if (record.carriedOutBy === 'trung ương') return ' Thủ tục do cơ quan trung ương (bộ, ngành) giải quyết.';
  if (record.scope === 'internal') return ' Thủ tục nội bộ giữa cơ quan, đơn vị; người dân không tự nộp.';
  return '';
}

function channelLines(rows: readonly Channel[]): string {
  return rows
    .filter((row) => !row.flagged)
    .map((row) => `${row.channel}: ${row.time === 'unknown' ? NO_INFORMATION : row.time}${row.outcome ? ` (${row.outcome})` : ''}${row.fee === 'unknown' ? '' : `, ${row.fee}`}`)
    .filter((line, index, all) => all.indexOf(line) === index)
    .join('; ');
}
