/** Each composer through the whole pipeline, on a synthetic knowledge base. */
import { describe, expect, it } from 'vitest';
import { COMPOSERS } from '../../../src/chat/composers';
import { syntheticEngine } from './synthetic-corpus';

const ask = (message: string, extra: object = {}) => syntheticEngine().answer({ message, scopes: ['public'], ...extra });

describe('composer registry', () => {
  it('holds every answer kind once, the general sentence extract last', () => {
    const names = COMPOSERS.map((composer) => composer.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe('sentences');
    expect(names).toEqual(expect.arrayContaining(['procedure', 'routing', 'faq', 'other-agency', 'comparison']));
  });
});

describe('procedure composer', () => {
  it('answers exactly the aspect asked from the record, cited, with the date checked', async () => {
    const result = await ask('Mã thủ tục đăng ký hoạt động hội thử nghiệm là gì?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('9.999001');
    expect(result.answer).not.toContain('20 ngày làm việc');
    expect(result.answer).toContain('Thông tin đọc từ nguồn ngày 20/11/2026');
    expect(result.citations[0]?.text).toContain('9.999001');
    expect(result.procedure?.id).toBe('dang-ky-hoat-dong-hoi-thu');
  });

  it('lists the whole dossier, every item', async () => {
    const result = await ask('Đăng ký hoạt động hội thử nghiệm cần những giấy tờ gì?');
    for (const item of ['Đơn đề nghị', 'Điều lệ hội', 'Danh sách hội viên', 'Lý lịch người đứng đầu', 'Văn bản xác nhận trụ sở', 'Biên bản đại hội']) expect(result.answer).toContain(item);
  });

  it('says "chưa có thông tin" for a fact the record does not know, with its own caveat', async () => {
    const result = await ask('dang ky hoat dong hoi thu nghiem le phi bao nhieu');
    expect(result.answer).toContain('Phí, lệ phí: chưa có thông tin');
    expect(result.answer).toContain('Hội đồng nhân dân cấp tỉnh');
  });

  it('says a central procedure is decided centrally, whatever aspect is asked', async () => {
    const result = await ask('Công nhận danh hiệu thử nghiệm toàn quốc mất bao lâu?');
    expect(result.answer).toContain('cơ quan trung ương');
    expect(result.answer).toContain('45 ngày');
  });

  it('does not let a record win that lacks the word telling procedures apart (quỹ asked, hội held)', async () => {
    const result = await ask('Đăng ký hoạt động quỹ thử nghiệm mất bao lâu?');
    expect(result.procedure).toBeUndefined();
  });

  it('keeps the procedure on a follow-up and answers the new aspect only', async () => {
    const first = await ask('Đăng ký hoạt động hội thử nghiệm mất bao lâu?');
    const second = await ask('còn mã thủ tục thì sao?', { focus: first.focus });
    expect(second.procedure?.id).toBe('dang-ky-hoat-dong-hoi-thu');
    expect(second.answer).toContain('9.999001');
    expect(second.answer).not.toContain('20 ngày');
  });
});

describe('routing composer', () => {
  it('answers a moved topic with where to go now, cited to the entry', async () => {
    const result = await ask('Phòng thử nghiệm huyện bây giờ còn nhận hồ sơ không?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('UBND cấp xã');
    expect(result.citations[0]?.source.docId).toBe('routing:phong-cu');
  });

  it('refuses a referral entry as another agency’s matter, naming it, with the entry’s pointer cited', async () => {
    const result = await ask('Tôi muốn hưởng chế độ thử nghiệm thì nộp ở đâu?');
    expect(result).toMatchObject({ refused: true, refusalReason: 'other_agency' });
    expect(result.answer).toContain('cơ quan Bảo hiểm xã hội');
    expect(result.citations[0]?.source.docId).toBe('routing:che-do-thu-bhxh');
  });
});

describe('FAQ composer', () => {
  it('returns the answer part of the entry, never the question echoed', async () => {
    const result = await ask('Mấy giờ mở cửa nhận hồ sơ ở bộ phận một cửa?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('giờ hành chính');
    expect(result.answer).not.toMatch(/Hỏi:|làm việc vào giờ nào/u);
  });

  it('answers a question of function words only when the entry’s wordings hold every word of it', async () => {
    for (const question of ['bạn làm được gì', 'bạn giúp được gì?']) {
      const result = await ask(question);
      expect(result.refused, question).toBe(false);
      expect(result.answer).toContain('trả lời câu hỏi về thủ tục');
    }
  });

  it('does not answer short chit-chat of the same shape from an entry', async () => {
    for (const question of ['bạn khỏe không', 'bạn ăn cơm chưa', 'bạn là ai', 'hôm nay thế nào']) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.answer).not.toContain('trả lời câu hỏi về thủ tục');
    }
  });
});
