/** Builds the weighted term list of a question: folded/marked unigrams, bigrams, thesaurus and typo variants. */
import { analyzeText, BIGRAM_JOINER } from './analyze';
import type { WeightedTerm } from './lexical-index';
import type { Thesaurus } from './thesaurus';
import type { TypoCandidates } from './typo-candidates';

export interface QueryWeights {
  unigram: number;
  bigram: number;
  marked: number;
  thesaurus: number;
  typo: number;
  stopword: number;
  /** Each content term again against the passages' headings. */
  heading: number;
  /** Factor on bigram weight when the question carries no tone mark at all. */
  unmarkedBigram: number;
}

export const DEFAULT_QUERY_WEIGHTS: QueryWeights = { unigram: 1, bigram: 1.2, marked: 0.6, thesaurus: 1.2, typo: 0.6, stopword: 0.15, heading: 0.3, unmarkedBigram: 1.5 };

export interface QueryTermContext {
  thesaurus: Thesaurus;
  typos?: TypoCandidates;
  /** Document frequency of a folded term; 0 means unknown to the corpus. */
  documentFrequency(term: string): number;
  weights?: QueryWeights;
}

export function buildQueryTerms(question: string, context: QueryTermContext): WeightedTerm[] {
  const weights = context.weights ?? DEFAULT_QUERY_WEIGHTS;
  const analyzed = analyzeText(question, context.thesaurus);
  const merged = new Map<string, WeightedTerm>();
  const add = (term: string, field: WeightedTerm['field'], weight: number, coverage = false) => {
    const key = `${field}:${term}`;
    const existing = merged.get(key);
    if (!existing || existing.weight < weight) merged.set(key, { term, field, weight, coverage: coverage || existing?.coverage });
  };
  const stop = analyzed.exact.map((token) => context.thesaurus.isStopword(token));
  // Typed with no tone marks at all, a syllable stands for several ("hoi": hội, hỏi, hồi); two in a row mostly name one
  // word, so the question's bigrams weigh more than its ambiguous syllables.
  const unmarked = analyzed.markedTerms.length === 0 && analyzed.folded.length >= 3;
  const bigramWeight = unmarked ? weights.bigram * weights.unmarkedBigram : weights.bigram;
  analyzed.folded.forEach((token, index) => {
    const unigramWeight = stop[index] ? weights.stopword : weights.unigram;
    if (context.documentFrequency(token) > 0 || !context.typos) add(token, 'folded', unigramWeight, !stop[index]);
    else for (const candidate of context.typos.lookup(token).slice(0, 3)) add(candidate, 'folded', unigramWeight * weights.typo, !stop[index]);
    const exact = analyzed.exact[index]!;
    if (exact !== token) add(exact, 'marked', weights.marked * (stop[index] ? weights.stopword : 1));
    const next = analyzed.folded[index + 1];
    if (next !== undefined && !(stop[index] && stop[index + 1])) add(token + BIGRAM_JOINER + next, 'folded', bigramWeight);
  });
  for (const token of analyzed.foldedTerms) if (token.startsWith('§')) add(token, 'folded', weights.thesaurus);
  if (weights.heading > 0) {
    // Stopwords already carry a small weight, so they stay small against headings too.
    for (const term of [...merged.values()]) if (term.field === 'folded') add(term.term, 'heading', weights.heading * term.weight);
  }
  for (const part of analyzed.partTerms) add(part, 'folded', weights.unigram * 0.7);
  return [...merged.values()];
}

