/** Synthetic corpora for benchmarks: real chunks plus chunks recombined from real sentences (seeded). */
import type { Chunk } from '../../src/core/types';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCorpus(real: Chunk[], size: number, seed = 42): Chunk[] {
  const random = seededRandom(seed);
  const sentences = real.flatMap((chunk) => chunk.text.split(/(?<=[.;:])\s+|\n+/).filter((sentence) => sentence.length > 20));
  const provinces = [...new Set(real.map((chunk) => chunk.province).filter(Boolean))] as string[];
  const corpus = real.slice(0, size);
  for (let index = corpus.length; index < size; index++) {
    const count = 3 + Math.floor(random() * 6);
    const parts: string[] = [];
    for (let part = 0; part < count; part++) parts.push(sentences[Math.floor(random() * sentences.length)]!);
    corpus.push({
      id: `synthetic-${index}`,
      docId: `synthetic-doc-${index % 500}`,
      title: `Văn bản tổng hợp ${index % 500}`,
      province: provinces[index % provinces.length],
      section: `Mục ${index % 37}`,
      lineStart: 0,
      lineEnd: 0,
      scope: 'public',
      kind: 'text',
      text: parts.join(' '),
    });
  }
  return corpus;
}
