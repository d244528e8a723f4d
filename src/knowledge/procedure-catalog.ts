/** Exact lookup of procedure records by code, name or alias, and the card the chat renders. */
import type { ProcedureCard } from '../protocol/chat-events';
import { foldForMatching } from './abolished-bodies';
import type { ProcedureRecord } from './procedure-schema';
import { describeDossier, describeLegalBasis, describeOnline, describeStatus, describeSubmission, describeValue, READ_DATE_LABEL, readDate } from './procedure-text';
import { isShowableUrl } from './national-url';
import { isKnown } from './sourced';

export interface ProcedureCatalog {
  records: readonly ProcedureRecord[];
  lookup(query: string): ProcedureRecord | undefined;
  card(record: ProcedureRecord): ProcedureCard;
}

/** Codes match on their national part too: "1.014936" finds "1.014936.H38". */
function codeKeys(record: ProcedureRecord): string[] {
  if (!isKnown(record.code)) return [];
  const code = record.code.value.toLowerCase();
  const national = code.match(/^\d\.\d{6}/)?.[0];
  return national && national !== code ? [code, national] : [code];
}

export function createProcedureCatalog(records: readonly ProcedureRecord[]): ProcedureCatalog {
  const byCode = new Map<string, ProcedureRecord>();
  const byName = new Map<string, ProcedureRecord>();
  // Current records win a shared name or code over outdated ones.
  const ordered = [...records].sort((left, right) => rank(left) - rank(right));
  for (const record of ordered) {
    for (const key of codeKeys(record)) if (!byCode.has(key)) byCode.set(key, record);
    for (const name of [record.name, ...record.aliases]) {
      const key = foldForMatching(name);
      if (key && !byName.has(key)) byName.set(key, record);
    }
  }
  // A name shared by several levels ("Hội tự giải thể (cấp tỉnh)") also answers to its bare form,
  // after every full name, the provincial record first: the level a province's assistant serves.
  const byLevel = [...ordered].sort((left, right) => levelRank(left) - levelRank(right));
  for (const record of byLevel) {
    const bare = foldForMatching(record.name.replace(/\s*\(cấp (?:xã|tỉnh|trung ương)\)$/u, ''));
    if (bare && !byName.has(bare)) byName.set(bare, record);
  }
  // Longest names first, so "cấp lại giấy phép lao động" beats "giấy phép lao động".
  const names = [...byName.keys()].sort((left, right) => right.length - left.length);

  return {
    records,
    lookup(query) {
      const folded = foldForMatching(query);
      if (!folded) return undefined;
      const exact = byCode.get(folded) ?? byName.get(folded);
      if (exact) return exact;
      const code = folded.match(/\b\d\.\d{6}(?:\.[a-z0-9.]+)?\b/)?.[0];
      const codeMatch = code ? (byCode.get(code) ?? byCode.get(code.slice(0, 8))) : undefined;
      if (codeMatch) return codeMatch;
      const padded = ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      const name = names.find((candidate) => padded.includes(` ${candidate.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
      return name ? byName.get(name) : undefined;
    },
    card(record) {
      const fields = [
        { label: 'Cơ quan thực hiện', value: describeValue(record.implementingAgency) },
        { label: 'Thời hạn giải quyết', value: describeValue(record.processingTime) },
        { label: 'Phí, lệ phí', value: describeValue(record.fees) },
        { label: 'Thành phần hồ sơ', value: describeDossier(record) },
        { label: 'Nộp hồ sơ', value: describeSubmission(record) },
        { label: 'Nộp trực tuyến', value: describeOnline(record) },
        { label: 'Căn cứ pháp lý', value: describeLegalBasis(record) },
        { label: 'Tình trạng thông tin', value: describeStatus(record) },
        { label: READ_DATE_LABEL, value: readDate(record) },
      ];
      return {
        id: record.id,
        ...(isKnown(record.code) ? { code: record.code.value } : {}),
        name: record.name,
        fields,
        ...(cardUrl(record) ? { url: cardUrl(record) } : {}),
        verifiedAt: record.verifiedAt,
        status: record.status,
      };
    },
  };
}

/**
 * The procedure's national page, else a national official source (the government's document
 * portal); never another province's portal, a press page or a mirror. `provinceHosts`: the
 * configured province's own portal hosts, whose pages may also be shown.
 */
export function cardUrl(record: ProcedureRecord, provinceHosts: readonly string[] = []): string | undefined {
  const showable = (url: string | undefined): url is string => url !== undefined && isShowableUrl(url, provinceHosts);
  return record.officialUrls.find(showable) ?? record.sources.find((source) => ['law', 'portal', 'gov-news'].includes(source.kind) && showable(source.url))?.url;
}

function levelRank(record: ProcedureRecord): number {
  return rank(record) * 3 + (record.level === 'unknown' ? 2 : { tỉnh: 0, xã: 1, 'trung ương': 2 }[record.level.value]);
}

function rank(record: ProcedureRecord): number {
  return { current: 0, uncertain: 1, outdated: 2 }[record.status];
}
