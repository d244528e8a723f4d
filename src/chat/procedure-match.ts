/** Finds the procedure a question names: by code, else the longest name or alias it contains, abbreviations spelled out. */
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { matchingForm } from './vocabulary';

export interface ProcedureMatch {
  record: ProcedureRecord;
  /** The folded words of the question that named it, so they are not read as the aspect asked ("mai táng phí"). */
  phrase: string;
}

const STATUS_RANK: Record<ProcedureRecord['status'], number> = { current: 0, uncertain: 1, outdated: 2 };

/**
 * Name, aliases, and the name without its bracketed qualifier ("Tuyển dụng viên chức (thi tuyển, xét tuyển)" is
 * asked as "tuyển dụng viên chức"); the shortened name scores a word less, so a "(cấp xã)" named in full still wins.
 */
function namesOf(record: ProcedureRecord): Array<{ text: string; penalty: number }> {
  const bare = record.name.replace(/\s*\([^)]*\)/gu, '').trim();
  return [
    { text: record.name, penalty: 0 },
    ...record.aliases.map((alias) => ({ text: alias, penalty: 0 })),
    ...(bare && bare !== record.name ? [{ text: bare, penalty: 1 }] : []),
  ];
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
  const questionWords = text.trim().split(' ');
  let best: { record: ProcedureRecord; phrase: string; score: number } | undefined;
  for (const record of catalog.records) {
    for (const name of namesOf(record)) {
      const phrase = matchingForm(name.text).trim();
      if (!phrase) continue;
      const found = phraseScore(phrase, text, questionWords);
      const score = found > 0 ? found - name.penalty : 0;
      if (score <= 0) continue;
      const better = !best || score > best.score || (score === best.score && STATUS_RANK[record.status] < STATUS_RANK[best.record.status]);
      if (better) best = { record, phrase, score };
    }
  }
  return best ? { record: levelSibling(best.record, text, catalog.records), phrase: best.phrase } : undefined;
}

/**
 * Words of the phrase when it occurs as written; one less when its words (three or more) all occur close together
 * but in another order, or with at most one slip in a long word ("that ngiep"); 0 otherwise.
 */
function phraseScore(phrase: string, text: string, questionWords: readonly string[]): number {
  if (text.includes(` ${phrase} `)) return phrase.split(' ').length;
  const words = phrase.split(' ');
  if (words.length < 3) return 0;
  const positions: number[] = [];
  let slips = 0;
  for (const word of words) {
    let at = questionWords.indexOf(word);
    if (at < 0) {
      at = questionWords.findIndex((asked) => oneSlipApart(word, asked));
      slips++;
    }
    if (at < 0 || slips > 1) return 0;
    positions.push(at);
  }
  const span = Math.max(...positions) - Math.min(...positions) + 1;
  return span <= words.length + MAX_GAP ? words.length - 1 : 0;
}

// How many other words may stand among the name's words ("giấy phép lao động hết hạn thì gia hạn": three).
const MAX_GAP = 4;

/** Both long syllables (one of five letters or more) one edit apart: short syllables differ by one letter too often. */
function oneSlipApart(left: string, right: string): boolean {
  if (Math.max(left.length, right.length) < 5 || Math.min(left.length, right.length) < 4 || Math.abs(left.length - right.length) > 1) return false;
  return editDistanceAtMostOne(left, right);
}

function editDistanceAtMostOne(left: string, right: string): boolean {
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  const tail = (a: number, b: number) => left.slice(a) === right.slice(b);
  if (left.length === right.length) return tail(i + 1, i + 1) || (left[i] === right[i + 1] && left[i + 1] === right[i] && tail(i + 2, i + 2));
  return left.length > right.length ? tail(i + 1, i) : tail(i, i + 1);
}

const LEVELS: Array<[string, RegExp]> = [
  ['cap xa', / (cap )?(xa|phuong|thi tran) /],
  ['cap tinh', / (cap )?tinh /],
];

/** "hợp nhất quỹ cấp xã" matched the provincial record by its alias: take the same procedure at the level asked. */
function levelSibling(record: ProcedureRecord, text: string, records: readonly ProcedureRecord[]): ProcedureRecord {
  const bare = (name: string) => matchingForm(name.replace(/\s*\([^)]*\)/gu, '')).trim();
  const qualifier = (name: string) => matchingForm(name.match(/\(([^)]*)\)\s*$/u)?.[1] ?? '').trim();
  const asked = LEVELS.find(([, pattern]) => pattern.test(text))?.[0];
  if (!asked || qualifier(record.name) === asked) return record;
  return records.find((other) => other !== record && qualifier(other.name) === asked && bare(other.name) === bare(record.name)) ?? record;
}
