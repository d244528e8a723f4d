/** Levels of government from the national page's "Cấp thực hiện", or read from an agency's name when the page is silent. */
import { foldForMatching } from './abolished-bodies';
import type { ProcedureRecord } from './procedure-schema';

export type Level = 'trung ương' | 'tỉnh' | 'xã';
/** Where a citizen files first: the lowest level the procedure is open at. */
export const LEVEL_ORDER: readonly Level[] = ['xã', 'tỉnh', 'trung ương'];

export function levelsFromPage(text: string | undefined): Level[] {
  if (!text) return [];
  const folded = foldForMatching(text);
  const levels: Level[] = [];
  if (/cap xa/.test(folded)) levels.push('xã');
  if (/cap tinh/.test(folded)) levels.push('tỉnh');
  if (/cap bo|trung uong/.test(folded)) levels.push('trung ương');
  return levels;
}

/** Inferred from agency names ("Ủy ban nhân dân cấp xã", "Sở Nội vụ", "Cục Việc làm", "Bộ …"). */
export function levelsFromAgency(text: string | undefined): Level[] {
  if (!text) return [];
  const folded = foldForMatching(text);
  const levels = new Set<Level>();
  if (/\b(cap xa|ubnd xa|uy ban nhan dan xa)\b/.test(folded)) levels.add('xã');
  if (/\b(cap tinh|ubnd tinh|uy ban nhan dan tinh|so [a-z]|tp\.?hcm|hoi dong giam dinh y khoa tinh|trung tam dich vu viec lam|luu tru lich su cua nha nuoc o cap tinh)/.test(folded)) levels.add('tỉnh');
  if (/\b(bo noi vu|bo,|bo [a-z]|cuc [a-z]|vu [a-z]|trung uong|thu tuong|tong cuc|ban thi dua)/.test(folded)) levels.add('trung ương');
  return LEVEL_ORDER.filter((level) => levels.has(level));
}

export function filingLevel(levels: readonly Level[]): Level | undefined {
  return LEVEL_ORDER.find((level) => levels.includes(level));
}

/** Who carries the procedure out: Bảo hiểm xã hội for its field, the centre when no local level is open. */
export function carrierOf(field: string, agency: string | undefined, levels: readonly Level[]): NonNullable<ProcedureRecord['carriedOutBy']> {
  const folded = foldForMatching(`${field} ${agency ?? ''}`);
  // The social-insurance body named as the one carrying it out ("Bảo hiểm xã hội cấp Tỉnh"), whatever the field.
  const byInsurer = /^bao hiem xa hoi\b/.test(foldForMatching(agency ?? ''));
  if (foldForMatching(field) === 'bao hiem xa hoi' || byInsurer || /\bbao hiem xa hoi viet nam\b/.test(folded)) return 'bảo hiểm xã hội';
  if (levels.length > 0 && levels.every((level) => level === 'trung ương')) return 'trung ương';
  return 'địa phương';
}

/** "(cấp tỉnh)", "(CẤP TỈNH).", "(Cấp Trung ương)" at the end of a catalogue name, and "ở cấp tỉnh". */
const LEVEL_SUFFIX = /\s*\((?:cấp|CẤP|Cấp)\s+(?:tỉnh|TỈNH|Tỉnh|xã|XÃ|Xã|trung ương|Trung ương|TRUNG ƯƠNG)\)\.?\s*$/u;

/** A catalogue name as a sentence: all-caps names lowered, "Thủ tục" and trailing debris dropped. */
export function displayName(name: string): string {
  let text = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  text = text.replace(/[\s.,]+$/u, '').replace(LEVEL_SUFFIX, '').replace(/[\s.,]+$/u, '').trim();
  if (text === text.toUpperCase()) text = text.toLowerCase();
  text = text.replace(/^thủ tục\s+/iu, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function levelSuffix(level: Level): string {
  return `(cấp ${level})`;
}
