/** Synthetic corpora for benchmarks: real chunks plus chunks recombined from real sentences (seeded). */
import type { Chunk } from '../../src/core/types';
import { mulberry32 } from '../make-tiny-embedding-model';

export function syntheticCorpus(real: Chunk[], size: number, seed = 42): Chunk[] {
  const random = mulberry32(seed);
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
