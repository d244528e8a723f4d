import { describe, expect, it } from 'vitest';
import { otherAgencyOf } from '../../src/chat/other-agencies';
import { outOfScopeTopic } from '../../src/chat/scope-check';

describe('scope check', () => {
  it.each([
    ['Ngày mai thời tiết ở Nha Trang thế nào?', 'weather'],
    ['con bao so 3 bao gio vao dat lien', 'weather'],
    ['Tối qua tuyển Việt Nam đá với Thái Lan tỉ số bao nhiêu?', 'sport'],
    ['Viết code Python tải dữ liệu', 'programming'],
    ['Ai đang là Bộ trưởng Bộ Nội vụ hiện nay?', 'current_officeholder'],
    ['Thứ trưởng phụ trách lao động tên là gì?', 'current_officeholder'],
    ['ai la chu tich ubnd tinh', 'current_officeholder'],
    ['Cho tôi số điện thoại của chủ tịch tỉnh', 'personal_contact'],
    ['sdt rieng cua giam doc so noi vu', 'personal_contact'],
    ['Xin chào bạn!', 'chitchat'],
    ['ban khoe khong', 'chitchat'],
    ['Cảm ơn nhé', 'chitchat'],
    ['Bạn là ai, ai tạo ra bạn vậy?', 'chitchat'],
    ['Thủ đô của Pháp là gì?', 'general_knowledge'],
    ['Dân số thế giới hiện nay khoảng bao nhiêu?', 'general_knowledge'],
    ['Tôi bị bệnh đau dạ dày thì uống thuốc gì?', 'health'],
  ])('%s → %s', (question, topic) => expect(outOfScopeTopic(question)).toBe(topic));

  it.each(['Thủ tục thành lập hội mất bao lâu?', 'Ai chủ trì số hóa hồ sơ cán bộ ở Lào Cai?', 'Hồ sơ hưởng trợ cấp thất nghiệp gồm gì?', 'Thuê trụ sở cho hội cần gì?', 'Số điện thoại đường dây nóng của Sở Nội vụ là gì?', 'Xin chào, cho hỏi thủ tục thành lập hội?', 'Cảm ơn, còn lệ phí thì sao?', 'Phó Chủ tịch tỉnh ký kế hoạch là ai?', 'Giám đốc Sở Nội vụ có nhiệm vụ gì theo kế hoạch?', 'Công nhân bị bệnh nghề nghiệp thì hưởng chế độ gì?', 'Thợ mỏ bị bệnh bụi phổi nghề nghiệp, xin hỗ trợ khám bệnh ở đâu?', 'Con tôi bị bệnh phải nằm viện, tôi nghỉ chăm con thì hưởng chế độ ốm đau bao lâu?', 'Viện mời nhà khoa học nước ngoài sang làm việc thì xin giấy phép lao động ở đâu?', 'Tôi là nhà khoa học, việc tuyển chọn chủ nhiệm chương trình do cơ quan nào làm?', 'muc dong quy thu nghiem duoc giam xuong con bao nhieu phan tram', 'Tình nguyện viên bị thương khi đi cứu trợ, điều trị xong thì hội lập hồ sơ đề nghị hỗ trợ ở đâu?'])('keeps %s in scope', (question) =>
    expect(outOfScopeTopic(question)).toBeUndefined(),
  );
});

describe('other agencies', () => {
  it.each([
    ['Thủ tục cấp hộ chiếu phổ thông lần đầu?', 'police'],
    ['Làm sổ đỏ mất bao lâu?', 'land'],
    ['Đăng ký khai sinh cho con cần giấy tờ gì?', 'justice'],
    ['Cách quyết toán thuế thu nhập cá nhân?', 'tax'],
    ['xin cap lai cccd o dau', 'police'],
    ['Mở hộ kinh doanh cá thể nộp hồ sơ ở đâu?', 'business'],
    ['Gia hạn thẻ bảo hiểm y tế ở đâu?', 'health'],
    ['Hồ sơ hưởng lương hưu có nộp ở Sở Nội vụ được không?', 'social_insurance'],
  ])('%s → %s', (question, id) => expect(otherAgencyOf(question)?.id).toBe(id));

  it.each([
    'Hồ sơ cấp giấy phép lao động có cần bản sao hộ chiếu không?',
    'Chuyển hộ khẩu thì di chuyển hồ sơ người có công thế nào?',
    'Cho tôi hỏi thủ tục thành lập hội cần gì?',
  ])('keeps a Nội vụ subject that mentions another paper: %s', (question) => expect(otherAgencyOf(question)).toBeUndefined());
});
