/** Shortens a long sentence to the run of clauses that answers the question, keeping the wanted fact. */
import { termSet } from './term-weights';
import { wordCount } from './sentence-split';

const CLAUSE = /(?<=[,;:])\s+|\s+(?=\()/;

export interface TrimOptions {
  maxWords: number;
  queryTerms: string[];
  weight: (term: string) => number;
  /** A clause matching this is worth keeping even without overlap (e.g. a percentage for "bao nhiêu %"). */
  factShape?: RegExp;
}

export function trimSentence(sentence: string, options: TrimOptions): string {
  if (wordCount(sentence) <= options.maxWords) return sentence;
  const withoutAsides = dropAsides(sentence, options);
  if (withoutAsides !== sentence) return trimSentence(withoutAsides, options);
  const clauses = sentence.split(CLAUSE).filter(Boolean);
  if (clauses.length < 2) return cutWords(sentence, options.maxWords);
  const scores = clauses.map((clause) => {
    const terms = termSet(clause);
    let score = options.queryTerms.reduce((sum, term) => sum + (terms.has(term) ? options.weight(term) : 0), 0);
    if (options.factShape?.test(clause)) score += 3;
    return score;
  });
  const lengths = clauses.map(wordCount);
  let best = { start: 0, end: 0, score: -1 };
  for (let start = 0; start < clauses.length; start++) {
    let words = 0;
    let score = 0;
    for (let end = start; end < clauses.length; end++) {
      words += lengths[end]!;
      if (words > options.maxWords && end > start) break;
      score += scores[end]!;
      // Prefer the earlier, shorter window on ties: it reads more naturally.
      if (score > best.score) best = { start, end, score };
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
 * cutting clauses instead can drop the figure at the head of the sentence. Asides holding the wanted fact stay.
 */
function dropAsides(sentence: string, options: TrimOptions): string {
  return sentence.replace(ASIDE, (whole, inner: string) => {
    if (wordCount(inner) < ASIDE_WORDS || options.factShape?.test(inner)) return whole;
    return ' (…)';
  });
}

function cutWords(text: string, maxWords: number): string {
  const words = text.split(/\s+/);
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')} …`;
}
