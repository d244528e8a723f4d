/** Which aspect a question asks, on wordings apart from any eval question. */
import { describe, expect, it } from 'vitest';
import { aspectsAsked, withoutAspectWords } from '../../src/chat/aspect-words';
import { askedFactKinds, statesFact } from '../../src/chat/asked-fact';

describe('aspect words', () => {
  // [question, aspect expected, aspect not expected]
  const cases: Array<[string, string, string?]> = [
    ['Hạn chót gửi hồ sơ xin cấp thẻ là ngày nào?', 'filingWindow', 'processingTime'],
    ['Làm xong thủ tục cấp thẻ thì nhận được giấy gì?', 'result'],
    ['Kết quả mà cơ quan trả cho người nộp là văn bản gì?', 'result'],
    ['Thủ tục cấp thẻ được công bố tại quyết định nào?', 'code'],
    ['Khi nào thì được đổi thẻ hội viên?', 'eligibility'],
    ['Bị từ chối rồi bao lâu sau mới được nộp lại?', 'eligibility', 'processingTime'],
    ['Đi nộp thì cần mang giấy gì?', 'dossier'],
    ['Hồ sơ xin thẻ phải gửi trước ngày khai giảng bao lâu?', 'filingWindow', 'processingTime'],
    ['Hội được nhà nước hỗ trợ khi nào?', 'eligibility'],
    ['Đơn xin thẻ làm theo phụ lục nào?', 'form'],
    ['xin the hoi vien nop dau', 'submitWhere'],
    ['Ai ra quyết định cấp thẻ hội viên?', 'agency'],
    ['xa xac nhan xong thi gui danh sach len dau', 'submitWhere'],
    ['khai đổi thẻ qua kênh nào?', 'online'],
    ['Người thân mất thì gia đình phải nộp hồ sơ trong thời hạn bao lâu?', 'filingWindow', 'processingTime'],
    ['xin the hoi vien thi thu tuc ma so may', 'code'],
    ['Muốn lập quỹ thì xin phép ai?', 'agency'],
    ['Đổi thẻ hội viên thì tra thủ tục mã nào?', 'code'],
    ['Cấp thẻ hội viên xong ai là người ký?', 'agency'],
    ['the hoi vien do don vi nao thuc hien', 'agency'],
    ['đăng ký thẻ hội viên làm trên đâu?', 'submitWhere'],
    ['Làm thẻ xong thì hội trả cho người nhà giấy tờ gì?', 'result', 'dossier'],
    ['Được duyệt thì hội viên nhận được những gì?', 'result'],
    ['Xin thẻ thì phải điền phiếu gì?', 'form'],
    ['Muốn xin thẻ phải qua những bước nào?', 'steps'],
    ['khong dong y ket qua thi bo nao xem xet lai', 'agency'],
    ['Đóng phí hội viên bao lâu thì mới được cấp thẻ?', 'eligibility', 'processingTime'],
    ['Làm xong thì hội đưa cho mình giấy gì?', 'result'],
    ['Ai có trách nhiệm lập danh sách hội viên?', 'eligibility'],
  ];
  it.each(cases)('%s → %s', (question, expected, absent) => {
    const aspects: string[] = aspectsAsked(question);
    expect(aspects).toContain(expected);
    if (absent) expect(aspects).not.toContain(absent);
  });

  it('keeps the words that name the procedure when the asking words go', () => {
    expect(withoutAspectWords('Cấp thẻ hội viên nộp ở đâu?').trim()).toBe('cap the hoi vien');
  });

  it('keeps the subject a long asking phrase spans', () => {
    expect(withoutAspectWords('hồ sơ cấp đổi thẻ hội viên cần những gì').trim()).toContain('cap doi the hoi vien');
  });
});

describe('kinds of fact asked and stated', () => {
  const asked: Array<[string, string]> = [
    ['Hội phải trích bao nhiêu phần trăm hội phí?', 'percent'],
    ['Phải báo trước mấy ngày?', 'period'],
    ['Đổi thẻ tốn bao nhiêu tiền?', 'money'],
    ['Vắng họp mấy lần thì bị loại?', 'count'],
    ['Đơn làm theo mẫu nào?', 'form'],
    ['Người xin phải trong độ tuổi nào?', 'age'],
    ['Ảnh dán thẻ cỡ bao nhiêu?', 'size'],
    ['Ảnh nộp kèm hồ sơ cấp thẻ hội viên cho người cao tuổi cỡ bao nhiêu?', 'size'],
    ['Thẻ được xếp từ bậc mấy?', 'grade'],
    ['Không nộp báo cáo thì sao?', 'consequence'],
    ['Việc cấp thẻ điện tử bắt đầu áp dụng từ khi nào?', 'start'],
    ['Cả nước có bao nhiêu hội nghề nghiệp?', 'count'],
    ['Xét tuyển gồm mấy vòng?', 'count'],
  ];
  it.each(asked)('%s → %s', (question, kind) => {
    expect(askedFactKinds(question)).toContain(kind);
  });

  // "Cỡ" and "có" fold alike: a bare "có bao nhiêu" counts things, it asks no size.
  it.each(['Thành phố có bao nhiêu phường?', 'Hội có những loại hội viên nào?'])('%s asks no size', (question) => {
    expect(askedFactKinds(question)).not.toContain('size');
  });

  it("reads no kind of fact in the words of the procedure's own name", () => {
    const question = 'Giám định lại tỷ lệ hao mòn thẻ thì nộp ở đâu?';
    expect(askedFactKinds(question)).toContain('percent');
    expect(askedFactKinds(question, 'Giám định lại tỷ lệ hao mòn thẻ')).not.toContain('percent');
    expect(askedFactKinds('Giám định lại thẻ thì mức hao mòn bao nhiêu phần trăm?', 'Giám định lại tỷ lệ hao mòn thẻ')).toContain('percent');
  });

  const stated: Array<[string, string]> = [
    ['trích 3% hội phí hằng năm', 'percent'],
    ['trong thời hạn mười lăm (15) ngày', 'period'],
    ['lệ phí 200.000 đồng', 'money'],
    ['theo Mẫu số 07 ban hành kèm theo', 'form'],
    ['từ đủ hai mươi (20) tuổi', 'age'],
    ['ảnh màu cỡ 3 cm x 4 cm', 'size'],
    ['từ bậc 2 đến bậc 4', 'grade'],
    ['thì bị thu hồi thẻ', 'consequence'],
    ['ít nhất 20 (hai mươi) ngày trước khai giảng', 'period'],
    ['Thời gian thực hiện: Từ ngày 01/3/2030.', 'start'],
    ['Giấy đề nghị (Mẫu theo Phụ lục IV ban hành kèm theo)', 'form'],
    ['Vòng 2: phỏng vấn chuyên môn', 'count'],
  ];
  it.each(stated)('%s states %s', (sentence, kind) => {
    expect(statesFact(kind as never, sentence)).toBe(true);
  });
});

describe('sending is submitting', () => {
  it.each(['Hồ sơ xin thẻ thì gửi ai?', 'Báo cáo gửi cho cơ quan nào?', 'gui ho so ve dau'])('%s asks where to submit', (question) => {
    expect(aspectsAsked(question)).toContain('submitWhere');
  });
});
