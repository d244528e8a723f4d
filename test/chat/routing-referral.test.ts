/** Topics another sector now carries (knowledge/routing, `referral: true`), through the engine over the real knowledge base. */
import { describe, expect, it } from 'vitest';
import { loadTestIndex } from '../support/test-index';

const ask = async (message: string) => (await loadTestIndex()).engine.answer({ message, scopes: ['public'] });

describe('routing to the Dân tộc và Tôn giáo sector', () => {
  it.each([
    'Giáo xứ chúng tôi muốn sửa lại nhà thờ thì phải xin phép ai?',
    'Muốn xây chùa thì xin phép ở đâu?',
    'muon xay chua thi xin phep o dau',
    'Ban trị sự muốn bổ nhiệm thêm chức sắc thì thông báo cho cơ quan nào?',
    'Một tổ chức tôn giáo muốn đăng ký hoạt động thì nộp hồ sơ ở đâu?',
  ])('%s → refers to the sector, citing the routing entry, with no procedure card', async (question) => {
    const result = await ask(question);
    expect(result).toMatchObject({ refused: true, refusalReason: 'other_agency' });
    expect(result.answer).toContain('Dân tộc và Tôn giáo');
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations.every((citation) => citation.source.docId === 'routing:ton-giao-tin-nguong')).toBe(true);
    expect(result.procedure).toBeUndefined();
  });

  it('names the sector without citing the entry when the question asks no where or who', async () => {
    const result = await ask('Sư trụ trì muốn mở lớp dạy giáo lý ở chùa có cần báo cáo không?');
    expect(result).toMatchObject({ refused: true, refusalReason: 'other_agency', citations: [] });
    expect(result.answer).toContain('Dân tộc và Tôn giáo');
  });

  it('does not read the "giao" of "tôn giáo" as a plan assigning a task', async () => {
    const result = await ask('Nhóm tín đồ ở xã muốn đăng ký sinh hoạt tôn giáo và học giáo lý thì nộp hồ sơ ở đâu?');
    expect(result.refusalReason).toBe('other_agency');
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('reads asking leave of the Sở Nội vụ as where to go, not as a plan question', async () => {
    const result = await ask('Nhà thờ giáo xứ muốn tổ chức lễ lớn ngoài khuôn viên thì có phải xin phép Sở Nội vụ không?');
    expect(result.refusalReason).toBe('other_agency');
    expect(result.answer).toContain('Dân tộc và Tôn giáo');
  });

  it('reads no "cao đài" in an unmarked "báo cáo đại hội"', async () => {
    const result = await ask('hoi cap tinh bao cao dai hoi nhiem ky thi nop o dau');
    expect(result.refusalReason).not.toBe('other_agency');
    const religion = await ask('Hội thánh Cao Đài muốn tổ chức đại hội thì báo cáo cơ quan nào?');
    expect(religion.refusalReason).toBe('other_agency');
  });

  it('reads a marked keyword after a word our names pair it with ("hưởng trợ cấp xã hội …")', async () => {
    const result = await ask('Mẹ tôi đã già, muốn được hưởng trợ cấp xã hội hằng tháng thì liên hệ ở đâu?');
    expect(result.refusalReason).toBe('other_agency');
    // The routing entry's own pointer (with the commune level), not the bare name of the body.
    expect(result.answer).toContain('Ủy ban nhân dân cấp xã');
  });

  it('leaves a question with an unmarked "chua" (chưa) to the Nội vụ records', async () => {
    const result = await ask('toi chua nop ho so thanh lap hoi thi nop o dau');
    expect(result.refusalReason).not.toBe('other_agency');
  });

  it('names the body without citing our entry when asked a fact of that sector rather than where to go', async () => {
    const result = await ask('Sang năm mức lương hưu có được điều chỉnh tăng không?');
    expect(result).toMatchObject({ refused: true, refusalReason: 'other_agency', citations: [] });
    expect(result.answer).toContain('Bảo hiểm xã hội');
  });

  it('refuses another sector’s own procedure naming its body from a sourced entry, citing nothing of ours', async () => {
    const result = await ask('Làm giấy phép xây dựng nhà ở thì nộp ở cơ quan nào?');
    expect(result).toMatchObject({ refused: true, refusalReason: 'other_agency', citations: [] });
    expect(result.answer).toContain('Ủy ban nhân dân cấp xã');
  });

  it('keeps a Nội vụ subject that mentions another body’s paper', async () => {
    const result = await ask('Hồ sơ cấp giấy phép lao động có cần bản sao hộ chiếu của người nước ngoài không?');
    expect(result.refusalReason).not.toBe('other_agency');
  });
});

describe('circumstances told before the wish', () => {
  it('reads another sector’s act told before the wish as circumstance', async () => {
    const result = await ask('Mẹ tôi là thân nhân liệt sĩ đã chuyển hộ khẩu về quê, nay muốn di chuyển hồ sơ trợ cấp ưu đãi thì làm đơn mẫu nào?');
    expect(result.refusalReason).toBeUndefined();
    expect(result.answer).toContain('Mẫu số');
  });

  it('still refers the act wished for', async () => {
    const result = await ask('Tôi là con liệt sĩ, muốn chuyển hộ khẩu về nhà vợ thì làm ở đâu?');
    expect(result).toMatchObject({ refused: true, refusalReason: 'other_agency' });
    expect(result.answer).toContain('Công an');
  });

  it('answers the social-insurance aim of another sector’s occasion from the page we hold', async () => {
    const result = await ask('vo chong toi nhan nuoi con nuoi duoi 6 thang tuoi de huong che do thai san thi bao lau co ket qua');
    expect(result.refusalReason).toBeUndefined();
    expect(result.answer).toContain('ngày làm việc');
  });

  it('answers a social-insurance clause after a civil-status circumstance from the page we hold', async () => {
    const result = await ask('Tôi vừa đăng ký kết hôn xong, giờ vợ sinh con thì chồng hưởng chế độ thai sản mất bao lâu?');
    expect(result.refusalReason).toBeUndefined();
    expect(result.answer).toContain('ngày làm việc');
    expect(result.answer).toContain('Bảo hiểm xã hội');
  });
});

describe('"tỉnh nào" beside a procedure named', () => {
  it('asks which province’s authority, not for the provinces’ plans side by side', async () => {
    const result = await ask('Lao động nước ngoài của công ty tôi làm ở nhiều tỉnh, hồ sơ cấp giấy phép lao động nộp cho UBND tỉnh nào?');
    expect(result.procedure).toBeDefined();
    expect(result.answer).not.toContain('Theo kế hoạch của từng tỉnh');
    expect(result.answer).toContain('Ủy ban nhân dân cấp tỉnh');
  });
});
