/** Which sector a question is about, and which of its clauses asks. */
import { describe, expect, it } from 'vitest';
import { otherAgencyOf, subjectClause } from '../../src/chat/other-agencies';

describe('subjectClause', () => {
  it('leaves out circumstances told before a clause naming a subject we answer', () => {
    expect(subjectClause('Nhân viên vừa đổi số căn cước, đơn vị muốn sửa thông tin tham gia bảo hiểm xã hội thì làm sao?')).toBe('đơn vị muốn sửa thông tin tham gia bảo hiểm xã hội thì làm sao?');
  });

  it('keeps the whole question when the later clause names another sector', () => {
    const question = 'Tôi xin cấp giấy phép lao động, có cần bản sao hộ chiếu không?';
    expect(subjectClause(question)).toBe(question);
  });

  it('reads a national skills certificate as a subject of ours', () => {
    expect(subjectClause('Tôi là người khuyết tật, muốn xin hỗ trợ thi chứng chỉ nghề quốc gia')).toBe('muốn xin hỗ trợ thi chứng chỉ nghề quốc gia');
  });

  it('keeps a question of one clause', () => {
    expect(subjectClause('Đổi thẻ căn cước cho người có công ở đâu?')).toBe('Đổi thẻ căn cước cho người có công ở đâu?');
  });
});

describe('otherAgencyOf', () => {
  it('reads the sector of the clause asked, not of the circumstance', () => {
    expect(otherAgencyOf('Sau khi làm thủ tục nhận con nuôi, tôi nộp hồ sơ thai sản thì bao lâu có tiền?')?.id).toBe('social_insurance');
    expect(otherAgencyOf('Tôi đổi căn cước rồi, muốn cập nhật thông tin đóng bảo hiểm xã hội')).toBeUndefined();
  });

  it('takes the sector named last as the aim, the first as its occasion', () => {
    expect(otherAgencyOf('Vợ chồng tôi nhận con nuôi để hưởng chế độ thai sản thì làm sao?')?.id).toBe('social_insurance');
    expect(otherAgencyOf('Hưởng thai sản xong có phải đăng ký khai sinh cho con không?')?.id).toBe('justice');
  });

  it('reads a paper compared with as the reference, not the subject', () => {
    expect(otherAgencyOf('Sổ bảo hiểm lệch năm sinh so với thẻ căn cước, muốn sửa thì cần gì?')).toBeUndefined();
    expect(otherAgencyOf('Làm lại căn cước thì cần gì?')?.id).toBe('police');
  });

  it('reads "hồ sơ do …" as no land title, and revolutionary activists as ours', () => {
    expect(otherAgencyOf('Bản gốc nằm trong hồ sơ do Sở lưu thì nộp đâu?')).toBeUndefined();
    expect(otherAgencyOf('Xin cấp lại sổ đỏ ở đâu?')?.id).toBe('land');
    expect(otherAgencyOf('Bà nội là người hoạt động cách mạng, giấy tờ nhà đất thất lạc, xin công nhận thì ai lo?')).toBeUndefined();
  });

  it('reads "đã nghỉ hưu" as telling who the person is, and labour export as ours', () => {
    expect(otherAgencyOf('Bố tôi từng đi chiến trường, nay đã nghỉ hưu, làm chế độ thì nộp bản khai cho ai?')).toBeUndefined();
    expect(otherAgencyOf('Sắp nghỉ hưu thì làm hồ sơ ở đâu?')?.id).toBe('social_insurance');
    expect(otherAgencyOf('Công ty xuất khẩu lao động báo danh sách người sắp xuất cảnh qua đâu?')).toBeUndefined();
    expect(otherAgencyOf('cty xkld bao nguoi sap xuat canh o dau')).toBeUndefined();
    expect(otherAgencyOf('Người đi theo hợp đồng cung ứng sắp xuất cảnh thì báo ở đâu?')).toBeUndefined();
  });

  it('still names the other sector when the question is about it', () => {
    expect(otherAgencyOf('Làm lại giấy khai sinh cho con ở đâu?')?.id).toBe('justice');
  });
});
