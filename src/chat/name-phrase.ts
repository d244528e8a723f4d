/**
 * Whether a question says a phrase of a procedure's name: two adjacent words of the name (an alias, or one of the
 * ways people describe its need — knowledge/everyday-phrases.json), at least
 * one a content word, that few other names share. Single syllables prove little once folded — "người", "phép",
 * "nghỉ", "việt" are in many names and in many questions about other things ("giấy phép … kỳ nghỉ" against
 * "nghỉ phép năm") — so a procedure the question does not name is only guessed when it says such a phrase.
 */
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { isFunctionWord } from './term-weights';
import { matchingForm, withOfficialWords } from './vocabulary';

// A phrase found in more than this share of the names names no procedure in particular ("việt nam", "người lao động").
const COMMON_PHRASE_SHARE = 0.05;

const phraseCounts = new WeakMap<ProcedureCatalog, Map<string, number>>();

function phrases(text: string): Set<string> {
  const words = matchingForm(text).trim().split(' ');
  const pairs = new Set<string>();
  for (let index = 1; index < words.length; index++) {
    const left = words[index - 1]!;
    const right = words[index]!;
    // Pairs with at least one content word, as the retrieval's bigrams: "tư vấn", "tuất một" count ("từ", "một" alone do not).
    if (left && right && (!isFunctionWord(left) || !isFunctionWord(right))) pairs.add(`${left} ${right}`);
  }
  return pairs;
}

function counts(catalog: ProcedureCatalog): Map<string, number> {
  let byPhrase = phraseCounts.get(catalog);
  if (!byPhrase) {
    byPhrase = new Map();
    for (const record of catalog.records) for (const phrase of phrases([record.name, ...record.aliases, ...(record.phrases ?? [])].join(' . '))) byPhrase.set(phrase, (byPhrase.get(phrase) ?? 0) + 1);
    phraseCounts.set(catalog, byPhrase);
  }
  return byPhrase;
}

export function saysNamePhrase(question: string, record: ProcedureRecord, catalog: ProcedureCatalog): boolean {
  const byPhrase = counts(catalog);
  const limit = Math.max(2, catalog.records.length * COMMON_PHRASE_SHARE);
  const own = phrases([record.name, ...record.aliases, ...(record.phrases ?? [])].join(' . '));
  // As typed, or with its everyday words in the official wording names use ("mở lại" for "hoạt động trở lại").
  for (const phrase of new Set([...phrases(question), ...phrases(withOfficialWords(question))])) if (own.has(phrase) && (byPhrase.get(phrase) ?? 0) <= limit) return true;
  return false;
}
