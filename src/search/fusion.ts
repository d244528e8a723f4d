/** Fusion of ranked lists: reciprocal-rank fusion and normalised weighted sum. */

export interface Ranked {
  id: string;
  score: number;
}

/** RRF: Σ weight / (k + rank), rank starting at 1. */
export function reciprocalRankFusion(lists: Ranked[][], options: { k?: number; weights?: number[] } = {}): Ranked[] {
  const k = options.k ?? 60;
  const totals = new Map<string, number>();
  lists.forEach((list, listIndex) => {
    const weight = options.weights?.[listIndex] ?? 1;
    list.forEach((item, index) => totals.set(item.id, (totals.get(item.id) ?? 0) + weight / (k + index + 1)));
  });
  return sortRanked(totals);
}

/** Min-max normalise each list, then a weighted arithmetic sum. */
export function weightedScoreFusion(lists: Ranked[][], weights: number[]): Ranked[] {
  const totals = new Map<string, number>();
  lists.forEach((list, listIndex) => {
    if (list.length === 0) return;
    const scores = list.map((item) => item.score);
    const max = Math.max(...scores);
    const min = Math.min(...scores);
    const weight = weights[listIndex] ?? 1;
    // All scores equal (a one-item list): every item is that list's best, not its worst.
    const normalised = (score: number) => (max === min ? 1 : (score - min) / (max - min));
    for (const item of list) totals.set(item.id, (totals.get(item.id) ?? 0) + weight * normalised(item.score));
  });
  return sortRanked(totals);
}

function sortRanked(totals: Map<string, number>): Ranked[] {
  return [...totals].map(([id, score]) => ({ id, score })).sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : 1));
}
