import { describe, expect, it } from 'vitest';
import { findSignature, signerComposer } from '../../../src/chat/composers/signer-composer';
import type { Chunk } from '../../../src/core/types';
import { fixtureContext, syntheticPlan } from './compose-fixture';

const signed = (scope: Chunk['scope']): Chunk => ({
  ...syntheticPlan()[0]!,
  id: `signature-${scope}`,
  scope,
  section: '',
  lineStart: 90,
  lineEnd: 95,
  text: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình',
});

describe('signer composer', () => {
  it('reads the titles and the name of a signature block', () => {
    expect(findSignature(signed('public'))).toEqual({ titles: 'KT. CHỦ TỊCH, PHÓ CHỦ TỊCH', name: 'Trần Văn Bình' });
  });

  it('answers who signed from the signature block of the document the question is about', async () => {
    const [candidate] = await signerComposer.compose(await fixtureContext('Ai ký kế hoạch chuyển đổi số ngành Nội vụ Hà Giang?', [...syntheticPlan(), signed('public')]));
    expect(candidate!.answer).toBe('Văn bản do ông/bà Trần Văn Bình ký (KT. CHỦ TỊCH, PHÓ CHỦ TỊCH) [1].');
    expect(candidate!.passages.map((chunk) => chunk.id)).toEqual(['signature-public']);
  });

  it('never reads a signature the caller may not see', async () => {
    expect(await signerComposer.compose(await fixtureContext('Ai ký kế hoạch chuyển đổi số ngành Nội vụ Hà Giang?', [...syntheticPlan(), signed('internal')]))).toEqual([]);
  });
});
