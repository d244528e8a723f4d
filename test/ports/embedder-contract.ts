/** Behaviour every Embedder adapter must share; call from each adapter's test file. */
import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/ports/embedder';

const PASSAGES = [
  'Thủ tục đăng ký thành lập hội cấp tỉnh',
  'Thi đua khen thưởng: hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh',
  'Chuyển đổi số toàn diện lĩnh vực Nội vụ phục vụ người dân và doanh nghiệp',
];

export function runEmbedderContract(name: string, create: () => Embedder | Promise<Embedder>): void {
  describe(`${name} (Embedder contract)`, () => {
    it('names its provider and model', async () => {
      const embedder = await create();
      expect(embedder.provider).toMatch(/\S/);
      expect(embedder.modelId).toMatch(/\S/);
    });

    it('returns one finite vector per passage, all of one length, in input order', async () => {
      const embedder = await create();
      const vectors = await embedder.embedDocuments(PASSAGES);
      expect(vectors).toHaveLength(PASSAGES.length);
      const length = vectors[0]!.length;
      expect(length).toBeGreaterThan(0);
      for (const vector of vectors) {
        expect(vector).toHaveLength(length);
        expect(vector.every(Number.isFinite)).toBe(true);
      }
      expect(embedder.dimensions).toBe(length);
      const singles = await Promise.all(PASSAGES.map(async (text) => (await embedder.embedDocuments([text]))[0]!));
      singles.forEach((single, index) => single.forEach((value, position) => expect(value).toBeCloseTo(vectors[index]![position]!, 4)));
    });

    it('is deterministic and embeds a query to the same length', async () => {
      const embedder = await create();
      const first = await embedder.embedQuery('thủ tục thành lập hội');
      const second = await embedder.embedQuery('thủ tục thành lập hội');
      expect(second).toEqual(first);
      expect(first).toHaveLength((await embedder.embedDocuments(PASSAGES.slice(0, 1)))[0]!.length);
    });

    it('answers an empty batch with no vectors', async () => {
      const embedder = await create();
      expect(await embedder.embedDocuments([])).toEqual([]);
    });
  });
}
