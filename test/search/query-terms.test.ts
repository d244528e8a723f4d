/** Query terms: bigrams weigh more when a question carries no tone mark; heading terms mirror the folded ones. */
import { describe, expect, it } from 'vitest';
import { buildQueryTerms, DEFAULT_QUERY_WEIGHTS } from '../../src/search/query-terms';
import { createThesaurus } from '../../src/search/thesaurus';

const thesaurus = createThesaurus({ groups: [], stopwords: ['của', 'là'] });
const termsOf = (question: string) => buildQueryTerms(question, { thesaurus, documentFrequency: () => 1 });
const weightOf = (question: string, term: string, field = 'folded') => termsOf(question).find((item) => item.term === term && item.field === field)?.weight;

describe('buildQueryTerms', () => {
  it.each([
    ['marked question', 'thành lập hội của tỉnh', DEFAULT_QUERY_WEIGHTS.bigram],
    ['unmarked question', 'thanh lap hoi cua tinh', DEFAULT_QUERY_WEIGHTS.bigram * DEFAULT_QUERY_WEIGHTS.unmarkedBigram],
    ['one mark is enough to count as marked', 'thanh lap hội cua tinh', DEFAULT_QUERY_WEIGHTS.bigram],
    ['too short to judge', 'thanh lap', DEFAULT_QUERY_WEIGHTS.bigram],
  ])('%s: the bigram weighs %f', (_label, question, expected) => {
    expect(weightOf(question, 'thanh_lap')).toBeCloseTo(expected, 10);
  });

  it.each([
    ['của', 'marked stopword'],
    ['cua', 'the same stopword typed without marks'],
  ])('gives %j (%s) the stopword weight', (word) => {
    expect(weightOf(`thanh lap ${word} tinh`, 'cua')).toBeCloseTo(DEFAULT_QUERY_WEIGHTS.stopword, 10);
  });

  it('adds every folded term against headings at the heading share of its weight', () => {
    const terms = termsOf('nhiệm vụ của sở');
    for (const folded of terms.filter((term) => term.field === 'folded')) {
      expect(weightOf('nhiệm vụ của sở', folded.term, 'heading')).toBeCloseTo(folded.weight * DEFAULT_QUERY_WEIGHTS.heading, 10);
    }
  });
});
