/** Everyday words read as the official wording names use, and short forms spelled out. */
import { describe, expect, it } from 'vitest';
import { officialWordsFor, spelledOut, withOfficialWords } from '../../src/chat/vocabulary';

describe('everyday words in the official wording', () => {
  it.each([
    ['Sau sinh em được nghỉ dưỡng sức không?', ' sau thai san '],
    ['Bà tôi muốn nhận tuất một lần', ' huong tro cap tuat '],
    ['Công ty tôi đóng bảo hiểm cho nhân viên thế nào?', ' tham gia bao hiem '],
    ['Bạn tôi người New Zealand', ' niu di lan '],
    ['Hội muốn giải tán', ' giai the '],
    ['Mấy người muốn lập quỹ khuyến học', ' thanh lap quy '],
    ['Công ty xin tạm ngưng đóng vào quỹ hưu trí', ' tam dung '],
    ['Hội sửa lại quy chế và lấy tên mới', ' dieu le sua doi bo sung '],
    ['Hội sửa lại quy chế và lấy tên mới', ' doi ten '],
    ['Nhà tôi muốn ra nghĩa trang thắp hương cho liệt sĩ', ' tham vieng mo '],
    ['Hồ sơ ghi sai năm sinh, muốn sửa', ' sua doi bo sung thong tin ca nhan '],
    ['Bị dừng trợ cấp, nay muốn hưởng lại', ' tiep tuc huong huong lai '],
    ['Đội này muốn dẹp bỏ', ' giai the '],
    ['Quỹ bị đình chỉ, giờ muốn mở lại', ' hoat dong tro lai '],
    ['Chứng chỉ tay nghề bị mất', ' ky nang nghe '],
    ['Tháng này quên báo, sẽ bị ngưng trợ cấp', ' tam dung huong tro cap '],
    ['xin tiền mai táng bên bảo hiểm', ' tro cap mai tang '],
    ['Bố tôi lãnh lương hưu ở quê', ' huong luong huu '],
    ['muốn lãnh tiền thất nghiệp', ' huong tro cap that nghiep '],
    ['con tôi phải nằm viện một tuần', ' dieu tri noi tru '],
    ['hội viên đổi địa chỉ, cần cập nhật thông tin trên thẻ', ' dieu chinh thong tin '],
    ['Công ty muốn xin giấy phép mở văn phòng', ' cap giay phep '],
  ])('%s reads %s', (question, official) => {
    expect(withOfficialWords(question)).toContain(official);
  });

  it('"tiền mai táng" with no insurance named stays as said', () => {
    expect(withOfficialWords('Cựu chiến binh mất, gia đình xin tiền mai táng')).not.toContain(' tro cap mai tang ');
  });

  it('"mai táng phí" keeps its own wording', () => {
    expect(withOfficialWords('Gia đình thương binh nhận mai táng phí ở đâu?')).not.toContain(' tro cap mai tang ');
  });

  it('"đang đóng bảo hiểm" describes the person, it names no registration', () => {
    expect(withOfficialWords('Chồng tôi đang đóng bảo hiểm xã hội thì mất')).not.toContain('tham gia bao hiem');
  });
});

describe('short forms', () => {
  it.each([
    ['chuyên gia khcn', ' chuyen gia khoa hoc cong nghe '],
    ['gplđ hết hạn', ' giay phep lao dong het han '],
    ['me vnah', ' me ba me viet nam anh hung '],
    ['đki hđlđ', ' dang ky hop dong lao dong '],
    ['nsdlđ báo tnlđ', ' nguoi su dung lao dong bao tai nan lao dong '],
    ['theo nđ 85/2023', ' theo nghi dinh 85 2023 '],
    ['nd chinh', ' nd chinh '],
    ['cq nào cấp', ' co quan nao cap '],
    ['ở cấp TW', ' o cap trung uong '],
  ])('%s → %s', (text, spelled) => {
    expect(spelledOut(text)).toBe(spelled);
  });
});

describe('words said beside', () => {
  it('adds "người có công" beside a thương binh, leaving the word itself in place', () => {
    expect(officialWordsFor('Bố tôi là thương binh')).toContain('nguoi co cong');
    expect(withOfficialWords('Bố tôi là thương binh')).toContain(' thuong binh ');
  });

  it('reads "hưởng ốm đau" as the records\' "hưởng trợ cấp ốm đau"', () => {
    expect(withOfficialWords('Đơn vị làm giấy tờ cho người hưởng ốm đau mất mấy ngày?')).toContain(' huong tro cap om dau ');
  });

  it('reads "mỗi năm" as the records\' "hằng năm"', () => {
    expect(withOfficialWords('Mỗi năm cấp bao nhiêu?')).toContain(' hang nam ');
  });

  it('reads the founders of a hội as its "ban vận động"', () => {
    expect(withOfficialWords('Nhóm sáng lập đứng ra lo thủ tục')).toContain(' ban van dong ');
  });

  it('reads a paper gone astray ("thất lạc") as one to re-issue', () => {
    expect(withOfficialWords('Làm thất lạc giấy phép thì xin ở đâu?')).toContain(' cap lai ');
  });

  it('reads two organizations made one as "hợp nhất, sáp nhập"', () => {
    expect(withOfficialWords('Hai quỹ muốn gộp lại thành một')).toContain(' hop nhat sap nhap ');
  });

  it('adds the identity card and passport beside "giấy tờ tùy thân"', () => {
    expect(officialWordsFor('Cần mang giấy tờ tùy thân gì?')).toBe('can cuoc ho chieu');
    expect(withOfficialWords('Cần mang giấy tờ tùy thân gì?')).toContain(' giay to tuy than ');
  });
});
