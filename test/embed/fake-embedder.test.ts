import { describe, expect, it } from 'vitest';
import { createFakeEmbedder, fakeEmbedding } from '../../src/embed/fake-embedder';
import { runEmbedderContract } from '../ports/embedder-contract';

runEmbedderContract('FakeEmbedder', () => createFakeEmbedder({ dimensions: 32 }));

const dot = (left: number[], right: number[]) => left.reduce((sum, value, index) => sum + value * right[index]!, 0);

describe('createFakeEmbedder', () => {
  it('records every call with its texts', async () => {
    const embedder = createFakeEmbedder();
    await embedder.embedDocuments(['a b', 'c']);
    await embedder.embedQuery('d');
    expect(embedder.calls).toEqual([
      { method: 'embedDocuments', texts: ['a b', 'c'] },
      { method: 'embedQuery', texts: ['d'] },
    ]);
  });

  it('makes texts sharing syllables closer than texts sharing none', () => {
    const query = fakeEmbedding('thành lập hội', 64);
    const related = fakeEmbedding('Thủ tục thành lập hội cấp tỉnh', 64);
    const unrelated = fakeEmbedding('khen thưởng Bằng khen', 64);
    expect(dot(query, related)).toBeGreaterThan(dot(query, unrelated));
    expect(dot(related, related)).toBeCloseTo(1, 10);
  });
});
