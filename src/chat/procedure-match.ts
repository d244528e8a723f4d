/** Finds the procedure a question names: by code, else the longest name or alias it contains, abbreviations spelled out. */
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { foldDiacritics } from '../text/fold';

export interface ProcedureMatch {
  record: ProcedureRecord;
  /** The folded words of the question that named it, so they are not read as the aspect asked ("mai táng phí"). */
  phrase: string;
}

// Citizens write these short forms; the records spell them out in names and use them in some aliases.
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bgpld\b/g, 'giay phep lao dong'],
  [/\bbhtn\b/g, 'bao hiem that nghiep'],
  [/\btctn\b/g, 'tro cap that nghiep'],
  [/\bbhxh\b/g, 'bao hiem xa hoi'],
  [/\btthc\b/g, 'thu tuc hanh chinh'],
  [/\btnxp\b/g, 'thanh nien xung phong'],
  [/\bcchn\b/g, 'chung chi hanh nghe'],
  [/\bcstd\b/g, 'chien si thi dua'],
  [/\bnld\b/g, 'nguoi lao dong'],
  [/\buy ban nhan dan\b/g, 'ubnd'],
];

const STATUS_RANK: Record<ProcedureRecord['status'], number> = { current: 0, uncertain: 1, outdated: 2 };

/** Folded, lower-cased words with short forms spelled out, space-padded for whole-word search. */
export function matchingForm(text: string): string {
  let folded = ` ${foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  for (const [pattern, spelled] of ABBREVIATIONS) folded = folded.replace(pattern, spelled);
  return folded.replace(/\s+/g, ' ');
}

/**
 * The record whose name or alias covers the most words of the question. A phrase found as written counts its
 * words; one whose words (three or more) all occur but apart counts one less ("giấy phép lao động hết hạn thì
 * gia hạn" still names "gia hạn giấy phép lao động"). On equal score a current record beats an uncertain or
 * outdated one. A national code ("1.014936") goes to the catalog's exact lookup first.
 */
export function matchProcedure(question: string, catalog: ProcedureCatalog): ProcedureMatch | undefined {
  if (/\b\d\.\d{6}\b/.test(question)) {
    const byCode = catalog.lookup(question);
    if (byCode) return { record: byCode, phrase: '' };
  }
  const text = matchingForm(question);
  const questionWords = new Set(text.trim().split(' '));
  let best: { record: ProcedureRecord; phrase: string; score: number } | undefined;
  for (const record of catalog.records) {
    for (const name of [record.name, ...record.aliases]) {
      const phrase = matchingForm(name).trim();
      if (!phrase) continue;
      const words = phrase.split(' ');
      const score = text.includes(` ${phrase} `) ? words.length : words.length >= 3 && words.every((word) => questionWords.has(word)) ? words.length - 1 : 0;
      if (score === 0) continue;
      const better = !best || score > best.score || (score === best.score && STATUS_RANK[record.status] < STATUS_RANK[best.record.status]);
      if (better) best = { record, phrase, score };
    }
  }
  return best ? { record: best.record, phrase: best.phrase } : undefined;
}
