/** How many of a question's words (and word pairs) a candidate text shares, diacritics folded. */
import { foldForMatching } from './abolished-bodies';

function syllables(text: string): string[] {
  return foldForMatching(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1);
}

function keys(text: string): Set<string> {
  const words = syllables(text);
  const set = new Set(words);
  for (let index = 1; index < words.length; index++) set.add(`${words[index - 1]} ${words[index]}`);
  return set;
}

/** Pairs count twice: "giấy phép" shared says more than "giấy" and "phép" apart. */
export function termOverlap(question: string, candidate: string): number {
  const wanted = keys(question);
  const have = keys(candidate);
  let score = 0;
  for (const key of wanted) if (have.has(key)) score += key.includes(' ') ? 2 : 1;
  return score;
}

/** Indices of the candidates sharing the most with the question (all of them when none shares anything). */
export function bestByOverlap(question: string | undefined, candidates: readonly string[]): number[] {
  const all = candidates.map((_, index) => index);
  if (!question) return all;
  const scores = candidates.map((candidate) => termOverlap(question, candidate));
  const best = Math.max(0, ...scores);
  return best === 0 ? all : all.filter((index) => scores[index] === best);
}
