/** BM25 maths: idf with +1 smoothing, term-frequency saturation and length normalisation. */

import { describe, expect, it } from 'vitest';
import { bm25TermScore, DEFAULT_BM25, inverseDocumentFrequency } from '../../src/search/bm25';

describe('inverseDocumentFrequency', () => {
  it.each([
    [10, 1, Math.log(1 + 9.5 / 1.5)],
    [10, 5, Math.log(1 + 5.5 / 5.5)],
    [10, 10, Math.log(1 + 0.5 / 10.5)],
    [1000, 0, Math.log(1 + 1000.5 / 0.5)],
  ])('N=%i, df=%i', (documents, frequency, expected) => {
    expect(inverseDocumentFrequency(documents, frequency)).toBeCloseTo(expected, 12);
  });

  it('stays positive when every document has the term, and falls as df rises', () => {
    const values = [1, 2, 5, 20, 100].map((frequency) => inverseDocumentFrequency(100, frequency));
    expect(values.at(-1)!).toBeGreaterThan(0);
    for (let index = 1; index < values.length; index++) expect(values[index]!).toBeLessThan(values[index - 1]!);
  });
});

describe('bm25TermScore', () => {
  const idf = 2;

  it.each([
    [1, 10, 10, (2 * 1 * 2.2) / (1 + 1.2)],
    [3, 10, 10, (2 * 3 * 2.2) / (3 + 1.2)],
    [1, 20, 10, (2 * 1 * 2.2) / (1 + 1.2 * (1 - 0.6 + 0.6 * 2))],
    [1, 5, 10, (2 * 1 * 2.2) / (1 + 1.2 * (1 - 0.6 + 0.6 * 0.5))],
  ])('tf=%i, length=%i, average=%i', (frequency, length, average, expected) => {
    expect(bm25TermScore(frequency, length, average, idf)).toBeCloseTo(expected, 12);
  });

  it('uses k1=1.2, b=0.6 by default', () => {
    expect(DEFAULT_BM25).toEqual({ k1: 1.2, b: 0.6 });
    expect(bm25TermScore(2, 30, 10, idf)).toBe(bm25TermScore(2, 30, 10, idf, { k1: 1.2, b: 0.6 }));
  });

  it('grows with tf but saturates below idf·(k1+1)', () => {
    const scores = [1, 2, 4, 8, 1000].map((frequency) => bm25TermScore(frequency, 10, 10, idf));
    for (let index = 1; index < scores.length; index++) expect(scores[index]!).toBeGreaterThan(scores[index - 1]!);
    expect(scores.at(-1)!).toBeLessThan(idf * (DEFAULT_BM25.k1 + 1));
    expect(scores.at(-1)!).toBeGreaterThan(idf * (DEFAULT_BM25.k1 + 1) * 0.99);
  });

  it('favours shorter documents, and ignores length when b=0', () => {
    expect(bm25TermScore(1, 5, 10, idf)).toBeGreaterThan(bm25TermScore(1, 50, 10, idf));
    const flat = { k1: 1.2, b: 0 };
    expect(bm25TermScore(1, 5, 10, idf, flat)).toBeCloseTo(bm25TermScore(1, 50, 10, idf, flat), 12);
  });

  it('is zero for a zero tf and finite for a zero average length', () => {
    expect(bm25TermScore(0, 10, 10, idf)).toBe(0);
    expect(Number.isFinite(bm25TermScore(1, 0, 0, idf))).toBe(true);
  });
});
