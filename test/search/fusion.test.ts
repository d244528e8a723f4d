/** Rank fusion: reciprocal-rank fusion (order, k, weights) and min-max weighted score fusion. */

import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion, weightedScoreFusion, type Ranked } from '../../src/search/fusion';

const list = (...ids: string[]): Ranked[] => ids.map((id, index) => ({ id, score: 100 - index }));
const ids = (ranked: Ranked[]) => ranked.map((item) => item.id);

describe('reciprocalRankFusion', () => {
  it('sums 1/(k + rank) over lists, ranks starting at 1', () => {
    const fused = reciprocalRankFusion([list('a', 'b', 'c'), list('c', 'a')]);
    expect(ids(fused)).toEqual(['a', 'c', 'b']);
    const score = Object.fromEntries(fused.map((item) => [item.id, item.score]));
    expect(score.a).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(score.c).toBeCloseTo(1 / 63 + 1 / 61, 12);
    expect(score.b).toBeCloseTo(1 / 62, 12);
  });

  it('ignores the scores themselves, only ranks count', () => {
    const scaled = [{ id: 'x', score: 1e9 }, { id: 'y', score: -5 }];
    expect(reciprocalRankFusion([scaled])).toEqual(reciprocalRankFusion([list('x', 'y')]));
  });

  it.each([
    [[1, 1], ['a', 'c', 'b']],
    [[1, 3], ['c', 'a', 'b']],
    [[1, 0], ['a', 'b', 'c']],
    [[0, 1], ['c', 'a']],
  ])('weights %j give %j', (weights, expected) => {
    const fused = reciprocalRankFusion([list('a', 'b', 'c'), list('c', 'a')], { weights }).filter((item) => item.score > 0);
    expect(ids(fused)).toEqual(expected);
  });

  it('uses k: a small k rewards the top rank more', () => {
    const fused = reciprocalRankFusion([list('a', 'b', 'c'), list('c', 'b', 'a')], { k: 1 });
    const score = Object.fromEntries(fused.map((item) => [item.id, item.score]));
    expect(score.a).toBeCloseTo(1 / 2 + 1 / 4, 12);
    expect(score.b).toBeCloseTo(1 / 3 + 1 / 3, 12);
    expect(ids(fused)).toEqual(['a', 'c', 'b']);
  });

  it('breaks ties by id and handles empty input', () => {
    expect(ids(reciprocalRankFusion([list('b', 'a'), list('a', 'b')]))).toEqual(['a', 'b']);
    expect(reciprocalRankFusion([])).toEqual([]);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });
});

describe('weightedScoreFusion', () => {
  it('min-max normalises each list before the weighted sum', () => {
    const lexical = [{ id: 'a', score: 30 }, { id: 'b', score: 20 }, { id: 'c', score: 10 }];
    const dense = [{ id: 'c', score: 0.9 }, { id: 'b', score: 0.5 }, { id: 'a', score: 0.1 }];
    const fused = weightedScoreFusion([lexical, dense], [1, 1]);
    const score = Object.fromEntries(fused.map((item) => [item.id, item.score]));
    expect(score.a).toBeCloseTo(1, 12);
    expect(score.b).toBeCloseTo(0.5 + 0.5, 12);
    expect(score.c).toBeCloseTo(1, 12);
    expect(ids(weightedScoreFusion([lexical, dense], [2, 1]))).toEqual(['a', 'b', 'c']);
    expect(ids(weightedScoreFusion([lexical, dense], [1, 2]))).toEqual(['c', 'b', 'a']);
  });

  it('is unaffected by the scale of a list', () => {
    const small = [{ id: 'a', score: 0.3 }, { id: 'b', score: 0.1 }];
    const large = [{ id: 'a', score: 3000 }, { id: 'b', score: 1000 }];
    expect(weightedScoreFusion([small], [1])).toEqual(weightedScoreFusion([large], [1]));
  });

  it('gives the lone item of a one-item list the full weight', () => {
    const fused = weightedScoreFusion([[{ id: 'a', score: 5 }, { id: 'b', score: 1 }], [{ id: 'b', score: 0.7 }]], [1, 1]);
    expect(fused).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 1 },
    ]);
  });

  it('skips empty lists and defaults a missing weight to 1', () => {
    const fused = weightedScoreFusion([[], [{ id: 'a', score: 2 }, { id: 'b', score: 0 }]], []);
    expect(fused).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 0 },
    ]);
  });
});
