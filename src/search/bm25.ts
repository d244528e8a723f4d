/** BM25 term weight as a pure function (Robertson/Sparck Jones idf, Lucene's +1 smoothing). */

export interface Bm25Parameters {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Parameters = { k1: 1.2, b: 0.6 };

export function inverseDocumentFrequency(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

export function bm25TermScore(
  termFrequency: number,
  documentLength: number,
  averageLength: number,
  idf: number,
  parameters: Bm25Parameters = DEFAULT_BM25,
): number {
  const { k1, b } = parameters;
  const norm = k1 * (1 - b + (b * documentLength) / Math.max(averageLength, 1e-9));
  return (idf * termFrequency * (k1 + 1)) / (termFrequency + norm);
}
