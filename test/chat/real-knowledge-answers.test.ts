/** Answers that depend on how the real records rank against each other and against the routing entries. */
import { describe, expect, it } from 'vitest';
import { askRealKnowledge } from './real-knowledge-engine';

describe('another sector’s detail in a question a procedure of ours answers', () => {
  it('answers the social-insurance correction asked with a wrong identity-card number in it', async () => {
    const result = await askRealKnowledge('Doanh nghiệp khai nhầm số CCCD của một người lao động khi đăng ký BHXH, nay cần sửa thông tin đó thì mất mấy ngày?');
    expect(result.refused).toBe(false);
    expect(result.procedure?.name).toBe('Điều chỉnh thông tin đăng ký kê khai tham gia bảo hiểm xã hội');
  });

  it('still refers the identity card itself to the police', async () => {
    const result = await askRealKnowledge('Tôi đánh rơi thẻ căn cước, xin cấp lại ở cơ quan nào?');
    expect(result.refused).toBe(true);
    expect(result.refusalReason).toBe('other_agency');
  });
});
