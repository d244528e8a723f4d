/** Shortens a long sentence to the run of clauses that answers the question, keeping the wanted fact. */
import { termSet } from './term-weights';
import { wordCount } from './sentence-split';

const CLAUSE = /(?<=[,;:])\s+|\s+(?=\()/;
const REPEAT_SHARE = 0.3;

export interface TrimOptions {
  maxWords: number;
  queryTerms: string[];
  weight: (term: string) => number;
  /** A clause matching this is worth keeping even without overlap (e.g. a percentage for "bao nhiêu %"). */
  factShape?: RegExp;
  /** Terms where the question's open slot sits ("xác thực qua" in "xác thực qua đâu"): the clause holding them stays. */
  slotTerms?: string[];
}

export function trimSentence(sentence: string, options: TrimOptions): string {
  if (wordCount(sentence) <= options.maxWords) return sentence;
  const withoutAsides = dropAsides(sentence, options);
  if (withoutAsides !== sentence) return trimSentence(withoutAsides, options);
  const clauses = sentence.split(CLAUSE).filter(Boolean);
  if (clauses.length < 2) return cutWords(sentence, options.maxWords);
  const clauseTerms = clauses.map(termSet);
  const facts = clauses.map((clause) => (options.factShape?.test(clause) ? 3 : 0));
  const lengths = clauses.map(wordCount);
  // The answer to "xác thực qua đâu" sits next to "xác thực qua": a window without that clause misses it, however
  // many other question terms it repeats. A label ("Nhiệm vụ:") naming the slot asks for its whole value, which any window shows: no clause is needed then.
  const slot = clauses.map((clause) => !clause.endsWith(':') && holdsSlot(clause, options));
  const needsSlot = slot.some(Boolean);
  let best = { start: 0, end: 0, score: -1 };
  for (let start = 0; start < clauses.length; start++) {
    let words = 0;
    let fact = 0;
    let repeats = 0;
    let hasSlot = false;
    const covered = new Set<string>();
    for (let end = start; end < clauses.length; end++) {
      words += lengths[end]!;
      if (words > options.maxWords && end > start) break;
      fact += facts[end]!;
      hasSlot ||= slot[end]!;
      for (const term of options.queryTerms) {
        if (!clauseTerms[end]!.has(term)) continue;
        if (covered.has(term)) repeats += options.weight(term);
        covered.add(term);
      }
      // A window is worth the distinct question terms it covers; a term met again counts a little (the clause
      // goes on about it: "Trong đó, … hướng dẫn người dùng … (AI)"), so "thể chế" and "dữ liệu" together beat
      // "dữ liệu" twice.
      const score = [...covered].reduce((sum, term) => sum + options.weight(term), fact + REPEAT_SHARE * repeats);
      // Prefer the earlier, shorter window on ties: it reads more naturally.
      if ((hasSlot || !needsSlot) && score > best.score) best = { start, end, score };
    }
  }
  let text = clauses.slice(best.start, best.end + 1).join(' ');
  const cut = wordCount(text) > options.maxWords;
  if (cut) text = cutWords(text, options.maxWords);
  text = text.replace(/[,;:]$/, '');
  const prefix = best.start > 0 ? '… ' : '';
  const suffix = best.end < clauses.length - 1 && !cut ? ' …' : '';
  return `${prefix}${text}${suffix}`;
}

const ASIDE = /\s\(([^()]{12,})\)/gu;
const ASIDE_WORDS = 5;

/**
 * A long parenthetical aside ("(đối với hồ sơ thuộc phạm vi bí mật nhà nước …)") is the first thing to go:
 * cutting clauses instead can drop the figure at the head of the sentence. Asides holding the wanted fact stay, and
 * so do those where the question's open slot sits: "(đã xác thực qua VNeID)" answers "xác thực qua đâu".
 */
function dropAsides(sentence: string, options: TrimOptions): string {
  return sentence.replace(ASIDE, (whole, inner: string) => {
    if (wordCount(inner) < ASIDE_WORDS || options.factShape?.test(inner) || holdsSlot(inner, options)) return whole;
    return ' (…)';
  });
}

function holdsSlot(text: string, options: TrimOptions): boolean {
  if (!options.slotTerms?.length) return false;
  const terms = termSet(text);
  return options.slotTerms.some((term) => terms.has(term));
}

function cutWords(text: string, maxWords: number): string {
  const words = text.split(/\s+/);
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')} …`;
}
