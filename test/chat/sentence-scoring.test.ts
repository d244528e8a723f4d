import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/chat/question-analysis';
import { scoreSentences } from '../../src/chat/sentence-scoring';
import { termProfile } from '../../src/chat/term-weights';
import type { Chunk } from '../../src/core/types';

const common = { docId: 'plan-hg', title: 'Kế hoạch chuyển đổi số (Hà Giang)', province: 'Hà Giang', lineStart: 1, lineEnd: 1, scope: 'public' as const };

const PROSE: Chunk = {
  ...common,
  id: 'requirements',
  kind: 'text',
  section: 'I. MỤC ĐÍCH, YÊU CẦU › 2. Yêu cầu',
  text: '- Các nhiệm vụ phải bảo đảm rõ người, rõ việc, rõ tiến độ và rõ kết quả.',
};

const ROW: Chunk = {
  ...common,
  id: 'row-devices',
  kind: 'table-row',
  section: 'Phụ lục › VI. Bảo đảm hạ tầng số › 3',
  text: 'Nhiệm vụ: Bảo đảm 100% cán bộ được trang bị máy tính.\nSản phẩm đầu ra: Thiết bị đáp ứng yêu cầu.\n(Bảo đảm 100% cán bộ được trang bị máy tính | Thiết bị đáp ứng yêu cầu)',
  fields: { 'Nhiệm vụ': 'Bảo đảm 100% cán bộ được trang bị máy tính', 'Sản phẩm đầu ra': 'Thiết bị đáp ứng yêu cầu' },
};

describe('sentence scoring', () => {
  it('credits a prose sentence with the heading it sits under, as a column is credited with its row', () => {
    const question = 'Phần yêu cầu của kế hoạch đòi hỏi bảo đảm những gì?';
    const context = { analysis: analyzeQuestion(question, () => []), profile: termProfile(question), weight: () => 1 };
    const [best] = scoreSentences([PROSE, ROW], [1, 1], context);
    expect(best?.text).toContain('rõ người, rõ việc');
  });
});
