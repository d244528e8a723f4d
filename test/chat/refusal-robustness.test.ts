/** Questions the sources do not answer are refused, over the real index: general knowledge, another subject, a count not stated. */
import { describe, expect, it } from 'vitest';
import { loadTestIndex } from '../support/test-index';

const ask = async (message: string) => (await loadTestIndex()).engine.answer({ message, scopes: ['public'] });

describe('refusals over the real index', () => {
  it.each([
    'Sông nào dài nhất Việt Nam?',
    'Công thức tính diện tích hình tròn là gì?',
    'Bạn có người yêu chưa?',
    'Mở tài khoản ngân hàng cần mang giấy tờ gì?',
  ])('%s → refused, with no procedure passage quoted for it', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.citations).toEqual([]);
  });

  it('refuses a quantity no procedure aspect states rather than giving the named procedure’s overview', async () => {
    const result = await ask('Doanh nghiệp chậm đóng bảo hiểm thất nghiệp thì tiền phạt là bao nhiêu?');
    expect(result.refused).toBe(true);
    expect(result.procedure).toBeUndefined();
  });

  it('refuses a count a held plan does not state rather than quoting a sentence with a date in it', async () => {
    const result = await ask('Thái Nguyên hiện có tất cả bao nhiêu viên chức ngành giáo dục?');
    expect(result.refused).toBe(true);
  });
});
