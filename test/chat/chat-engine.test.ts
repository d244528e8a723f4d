import { describe, expect, it } from 'vitest';
import { loadTestIndex } from '../support/test-index';

// Over the real knowledge/ records: assertions name fields and records, not values another edit may change.
const ask = async (message: string, extra: object = {}) => (await loadTestIndex()).engine.answer({ message, scopes: ['public'], ...extra });

describe('chat engine, procedure questions over knowledge/', () => {
  it('answers the asked aspect of the named procedure in one cited sentence, without tone marks too', async () => {
    const result = await ask('gia han gplđ mat bao lau');
    expect(result.procedure?.id).toBe('gia-han-giay-phep-lao-dong');
    // The official name (national page 1.014201) replaced the hand record's short one; both outcomes' limits are given.
    expect(result.answer).toMatch(/^Thủ tục “Gia hạn giấy phép lao động[^”]*” \(mã 1\.014201\) — Thời hạn giải quyết:[^[]+\[1\]/u);
    expect(result.answer).toContain('10 ngày làm việc');
    expect(result.answer).toContain('3 ngày làm việc');
    expect(result.answer).not.toContain('Thành phần hồ sơ');
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('keeps the procedure for "còn lệ phí thì sao?" and answers the fee', async () => {
    // A procedure with one dossier list (the work-permit page now has fourteen per-case lists).
    const first = await ask('Hưởng trợ cấp thất nghiệp cần giấy tờ gì?');
    expect(first.answer).toContain('Thành phần hồ sơ:');
    const second = await ask('còn lệ phí thì sao?', { focus: first.focus });
    expect(second.procedure?.id).toBe(first.procedure?.id);
    expect(second.answer).toContain('Phí, lệ phí:');
    expect(second.answer).not.toContain('Thành phần hồ sơ:');
  });

  it('finds the procedure of a follow-up from the transcript when no focus is kept', async () => {
    const history = [{ role: 'user' as const, text: 'Hưởng trợ cấp thất nghiệp nộp hồ sơ ở đâu?' }];
    const result = await ask('có nộp online được không?', { history });
    expect(result.procedure?.id).toBe('huong-tro-cap-that-nghiep');
    expect(result.answer).toMatch(/trực tuyến/u);
  });

  it('does not read "phí" in the name "mai táng phí" as a fee question', async () => {
    const result = await ask('Mai táng phí dân công hoả tuyến nộp hồ sơ ở đâu?');
    expect(result.answer).toContain('Nơi tiếp nhận hồ sơ:');
    expect(result.answer).not.toContain('Phí, lệ phí:');
  });

  it('remembers the aspect asked without the name\'s "phí", and reads a bare "thế còn hồ sơ?" as the dossier', async () => {
    const first = await ask('Mai táng phí dân công hoả tuyến giải quyết trong bao lâu?');
    expect(first.focus.aspects).toEqual(['processingTime']);
    const second = await ask('Thế còn hồ sơ?', { focus: first.focus });
    expect(second.procedure?.id).toBe(first.procedure?.id);
    expect(second.answer).toContain('Thành phần hồ sơ:');
    expect(second.answer).not.toContain('Phí, lệ phí:');
  });

  it('does not answer another sector\'s subject with the procedure under discussion', async () => {
    const first = await ask('Đổi tên hội cấp xã do ai giải quyết?');
    expect(first.focus.procedureId).toBeDefined();
    const second = await ask('Còn đăng ký khai sinh thì sao?', { focus: first.focus });
    expect(second.procedure).toBeUndefined();
    expect(second.refusalReason).toBe('other_agency');
  });

  it('answers a staff user from an internal procedure record\'s fields, and a citizen not from it', async () => {
    const question = 'Hồ sơ đề nghị danh hiệu Lao động tiên tiến ở xã gồm những gì?';
    const staff = await ask(question, { scopes: ['public', 'internal'] });
    expect(staff.procedure?.id).toBe('tang-danh-hieu-lao-dong-tien-tien-cap-xa');
    expect(staff.answer).toContain('Thành phần hồ sơ:');
    const citizen = await ask(question);
    expect(citizen.procedure?.id).not.toBe('tang-danh-hieu-lao-dong-tien-tien-cap-xa');
    expect(citizen.citations.every((citation) => !citation.source.docId.includes('lao-dong-tien-tien'))).toBe(true);
  });

  it('asks of another procedure named in a "còn … thì sao?" what the conversation asked', async () => {
    const first = await ask('Hưởng trợ cấp thất nghiệp cần giấy tờ gì?');
    const second = await ask('Còn tạm dừng hưởng trợ cấp thất nghiệp thì sao?', { focus: first.focus });
    expect(second.procedure?.id).toBe('tam-dung-huong-tro-cap-that-nghiep');
    expect(second.answer).toContain('Thành phần hồ sơ:');
  });

  it('leaves the procedure under discussion for a short question about a province\'s plan', async () => {
    const first = await ask('Chuyển nơi hưởng trợ cấp thất nghiệp cần giấy tờ gì?');
    expect(first.focus.procedureId).toBeDefined();
    const second = await ask('Tổng kinh phí của Đắk Lắk?', { focus: first.focus });
    expect(second.procedure).toBeUndefined();
    expect(second.citations[0]?.source.province).toBe('Đắk Lắk');
  });

  it('answers a question about a body that moved (Phòng Nội vụ huyện) from the routing entry', async () => {
    const result = await ask('Phòng Nội vụ huyện bây giờ còn nhận hồ sơ không?');
    expect(result.refused).toBe(false);
    expect(result.answer.startsWith('Nơi giải quyết hiện nay:')).toBe(true);
  });

  it('leaves a province plan question that only mentions a procedure’s subject to the plans', async () => {
    const result = await ask('Thái Nguyên xây dựng cơ sở dữ liệu bảo hiểm thất nghiệp khi nào hoàn thành?');
    expect(result.procedure).toBeUndefined();
  });
});
