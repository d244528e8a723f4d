/** Bodies abolished by the 2025 restructuring, so that no current record can present them as the agency. */
import { foldDiacritics } from '../text/fold';

export interface AbolishedBody {
  name: string;
  /** Matched against folded, lower-cased, space-collapsed text. */
  pattern: RegExp;
  reason: string;
}

// Since 01/7/2025 there is no district level (NĐ 128/2025, NĐ 129/2025); the labour
// department merged into Sở Nội vụ; religion moved to the Bộ Dân tộc và Tôn giáo line.
export const abolishedBodies: readonly AbolishedBody[] = [
  { name: 'UBND cấp huyện', pattern: /\b(uy ban nhan dan|ubnd|chu tich ubnd|chu tich uy ban nhan dan) (cap )?(huyen|quan|thi xa)\b/, reason: 'Không còn cấp huyện từ 01/7/2025.' },
  { name: 'Phòng Nội vụ cấp huyện', pattern: /\bphong noi vu\b/, reason: 'Phòng Nội vụ cấp huyện chấm dứt hoạt động từ 01/7/2025.' },
  { name: 'Phòng Lao động - Thương binh và Xã hội', pattern: /\bphong (lao dong\s*-?\s*thuong binh( va xa hoi)?|ldtbxh|ld-tb&xh|ldtb&xh)\b/, reason: 'Phòng LĐTBXH cấp huyện không còn từ 01/7/2025.' },
  { name: 'Sở Lao động - Thương binh và Xã hội', pattern: /\bso (lao dong\s*-?\s*thuong binh( va xa hoi)?|ldtbxh|ld-tb&xh|ldtb&xh)\b/, reason: 'Nhiệm vụ của Sở LĐTBXH đã chuyển về Sở Nội vụ (và một số sở khác) năm 2025.' },
  { name: 'Ban Tôn giáo thuộc Sở Nội vụ', pattern: /\bban ton giao\b/, reason: 'Tín ngưỡng, tôn giáo nay thuộc Sở Dân tộc và Tôn giáo (ngành Bộ Dân tộc và Tôn giáo).' },
  { name: 'Bộ Lao động - Thương binh và Xã hội', pattern: /\bbo (lao dong\s*-?\s*thuong binh( va xa hoi)?|ldtbxh)\b/, reason: 'Bộ LĐTBXH hợp nhất vào Bộ Nội vụ từ 01/3/2025.' },
];

/** Folds text the way agency names are compared: no diacritics, lower case, single spaces. */
export function foldForMatching(text: string): string {
  return foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The abolished body a text names, if any. */
export function findAbolishedBody(text: string): AbolishedBody | undefined {
  const folded = foldForMatching(text);
  return abolishedBodies.find((body) => body.pattern.test(folded));
}
