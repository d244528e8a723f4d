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
    ['Bị từ chối rồi bao lâu sau mới được nộp lại?', 'eligibility'],
    ['Đi nộp thì cần mang giấy gì?', 'dossier'],
    ['Hồ sơ xin thẻ phải gửi trước ngày khai giảng bao lâu?', 'filingWindow', 'processingTime'],
    ['Hội được nhà nước hỗ trợ khi nào?', 'eligibility'],
    // "… gì thì mới được" names a requirement; "thế nào … xem là" asks what qualifies.
    ['Hội viên cần có chứng chỉ gì thì mới được nhận thẻ?', 'eligibility'],
    ['Thế nào thì được xem là hội viên danh dự?', 'eligibility'],
    ['the nao la hoi vien chinh thuc', 'eligibility'],
    ['Đơn xin thẻ làm theo phụ lục nào?', 'form'],
    ['xin the hoi vien nop dau', 'submitWhere'],
    ['Ai ra quyết định cấp thẻ hội viên?', 'agency'],
    ['xa xac nhan xong thi gui danh sach len dau', 'submitWhere'],
    ['khai đổi thẻ qua kênh nào?', 'online'],
    ['Người thân mất, nhà tôi phải gửi hồ sơ trong vòng mấy ngày?', 'filingWindow', 'processingTime'],
    ['xin the hoi vien thi thu tuc ma so may', 'code'],
    ['Thủ tục đổi thẻ hội viên mã là bao nhiêu ạ?', 'code'],
    // Common ways of asking, beyond the fixed phrases: a window wide enough for a spelled-out short form, "như nào".
    ['Đổi thẻ hội viên xong thì kết quả bên bqlhv gửi về là giấy tờ gì?', 'result', 'dossier'],
    ['Trường hợp như nào thì hội viên mới được miễn phí?', 'eligibility'],
    ['Chi hội thế nào thì mới phải lập sổ hội viên?', 'eligibility'],
    ['Cơ quan nào tổ chức kỳ sát hạch hội viên?', 'agency'],
    ['Đơn xin thẻ phải gửi kèm những tài liệu gì?', 'dossier'],
    ['Hồ sơ đổi thẻ hội viên có phải nộp kèm ảnh không, ảnh cỡ nào?', 'dossier'],
    // A duty with its deadline, the act and the days apart: the filer's window, not the agency's time.
    ['Thẻ hội viên hết hạn thì chi hội phải thu lại và trả lại cho hội trong mấy ngày?', 'filingWindow', 'processingTime'],
    ['Chi hội có bao lâu để gửi danh sách lên hội?', 'filingWindow'],
    ['Đổi thẻ hội viên thì phải làm lúc nào trước ngày thẻ cũ hết giá trị?', 'filingWindow'],
    ['tu nam thu hai thi bao cao hoi vien trong thoi han nao', 'filingWindow'],
    // Both in clauses of their own: the filer's window and the agency's time.
    ['chi hoi gui danh sach trong may ngay, roi bao lau thi co the cho hoi vien', 'processingTime'],
    ['Chi hội phải gửi danh sách trong mấy ngày, gửi xong mất bao lâu?', 'processingTime'],
    ['dang sinh hoat o chi hoi thi chuyen cho khac, phai thong bao cho ban thuong truc hoi cap tinh trong may ngay', 'filingWindow', 'processingTime'],
    ['Muốn lập quỹ thì xin phép ai?', 'agency'],
    ['Đổi thẻ hội viên thì tra thủ tục mã nào?', 'code'],
    ['Cấp thẻ hội viên xong ai là người ký?', 'agency'],
    ['the hoi vien do don vi nao thuc hien', 'agency'],
    ['xin vao hoi thi don vi nao xet', 'agency'],
    ['cap the hoi vien thi ben nao dung ra lam', 'agency'],
    ['đăng ký thẻ hội viên làm trên đâu?', 'submitWhere'],
    ['Làm thẻ xong thì hội trả cho người nhà giấy tờ gì?', 'result', 'dossier'],
    ['Được duyệt thì hội viên nhận được những gì?', 'result'],
    ['Xin thẻ thì phải điền phiếu gì?', 'form'],
    ['Muốn xin thẻ phải qua những bước nào?', 'steps'],
    ['xin cap lai the thi can nop nhung gi', 'dossier'],
    ['Thẻ sắp hết hạn, phải nộp hồ sơ gia hạn vào lúc nào?', 'filingWindow'],
    ['Cấp thẻ hội viên là tthc số mấy?', 'code'],
    ['Đổi thẻ hội viên dựa trên pháp lệnh nào?', 'legalBasis'],
    ['Hồ sơ xin thẻ gửi qua thư điện tử được không?', 'online'],
    ['Xin cấp thẻ xong thì kết quả được ghi ở đâu?', 'result', 'submitWhere'],
    ['Đề nghị cấp thẻ thì chậm nhất bao lâu có quyết định?', 'processingTime', 'filingWindow'],
    ['Hết hạn thẻ thì chậm nhất bao lâu phải nộp hồ sơ?', 'filingWindow'],
    ['Xin thẻ thì nộp kèm giấy gì?', 'dossier'],
    ['Đổi thẻ hội viên cần mấy ảnh?', 'dossier'],
    ['Đổi thẻ hội viên thì ngoài tờ khai còn phải nộp bản sao gì?', 'dossier'],
    ['doi the hoi vien phai nop kem ket qua kiem tra gi', 'dossier', 'result'],
    ['Đổi chỗ làm thì vào đâu để cập nhật thẻ?', 'submitWhere'],
    ['Cập nhật thẻ trên điện thoại được không?', 'online'],
    ['Danh sách hội viên mới thì nộp qua đâu?', 'submitWhere'],
    ['Danh sách hội viên mới thì nhập qua đâu?', 'submitWhere'],
    ['Hội muốn hoạt động lại thì xin ai?', 'agency'],
    ['Tôi đổi chỗ ở thì ai sửa thông tin thẻ cho tôi?', 'eligibility'],
    ['Hội hoạt động ở nhiều nơi thì nộp hồ sơ cho UBND tỉnh nào?', 'submitWhere'],
    ['Xin thẻ phải làm đơn gì, giấy gì?', 'form'],
    ['Xin thẻ phải làm đơn gì, giấy gì?', 'dossier'],
    ['khong dong y ket qua thi bo nao xem xet lai', 'agency'],
    ['Đóng phí hội viên bao lâu thì mới được cấp thẻ?', 'eligibility'],
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
    ['Khai lại thông tin thẻ trên ứng dụng được phép từ ngày nào?', 'start'],
    ['Cả nước có bao nhiêu hội nghề nghiệp?', 'count'],
    ['Xét tuyển gồm mấy vòng?', 'count'],
    ['Cơ sở thử nghiệm đóng hằng tháng thế nào?', 'percent'],
    ['Được nghỉ trong khoảng thời gian nào?', 'period'],
    ['Mỗi năm cấp tối đa bao nhiêu giấy phép thử nghiệm?', 'count'],
  ];

  it('reads the conditions on paying in ("điều kiện đóng thế nào") as no rate asked', () => {
    expect(askedFactKinds('Muốn nhận thì điều kiện đóng thế nào ạ?')).not.toContain('percent');
  });

  it('reads a cap ("cấp tối đa 200 giấy phép") as a count stated', () => {
    expect(statesFact('count', 'Hằng năm, cấp tối đa 200 Giấy phép làm việc thử nghiệm.')).toBe(true);
    expect(askedFactKinds('Được nghỉ tối đa bao nhiêu ngày?')).not.toContain('count');
  });

  it('reads a form named by letters and digits ("Mẫu TT1") as a form stated', () => {
    expect(statesFact('form', 'Bản khai (Mẫu TT1 Thông tư số 05/2013/TT-BLĐTBXH)')).toBe(true);
    expect(statesFact('form', 'Bản khai của thân nhân')).toBe(false);
  });
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
    ['Thời gian thực hiện: Từ 01/3/2030', 'start'],
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

describe('the common ways of asking each aspect', () => {
  // One question per way of asking, about a made-up membership card: the aspect must be read from the asking words alone.
  const forms: Array<[string, string]> = [
    ['Làm thẻ này tốn bao nhiêu?', 'fee'],
    ['Có mất đồng nào không?', 'fee'],
    ['Lệ phí là bao nhiêu vậy?', 'fee'],
    ['Có phải đóng tiền không?', 'fee'],
    ['Phí làm thẻ hết bao nhiêu?', 'fee'],
    ['lam the nay het bao nhieu tien', 'fee'],
    ['Có thu phí không ạ?', 'fee'],
    ['Mức thu phí thế nào?', 'fee'],
    ['Có được miễn phí không?', 'fee'],
    ['làm thẻ có tốn phí không', 'fee'],
    ['Bao lâu thì có thẻ?', 'processingTime'],
    ['Mấy ngày thì xong?', 'processingTime'],
    ['Thời gian giải quyết là bao lâu?', 'processingTime'],
    ['Bao giờ thì nhận được thẻ?', 'processingTime'],
    ['Khi nào có kết quả?', 'processingTime'],
    ['Mất bao nhiêu ngày làm việc?', 'processingTime'],
    ['Giải quyết trong bao nhiêu ngày?', 'processingTime'],
    ['Xử lý hồ sơ hết bao lâu?', 'processingTime'],
    ['nop xong bao lau thi co', 'processingTime'],
    ['Chờ bao lâu thì được cấp?', 'processingTime'],
    ['Thời hạn trả kết quả là bao lâu?', 'processingTime'],
    ['Trong vòng mấy ngày thì có quyết định?', 'processingTime'],
    ['Hạn giải quyết là mấy ngày?', 'processingTime'],
    ['Thủ tục này làm nhanh không, mất mấy ngày?', 'processingTime'],
    ['Bao nhiêu lâu thì có kết quả?', 'processingTime'],
    ['Phải nộp hồ sơ trước bao nhiêu ngày?', 'filingWindow'],
    ['Hạn chót nộp là khi nào?', 'filingWindow'],
    ['Chậm nhất bao nhiêu ngày phải nộp?', 'filingWindow'],
    ['Phải báo trong vòng mấy ngày?', 'filingWindow'],
    ['Trong thời hạn bao lâu phải làm thủ tục?', 'filingWindow'],
    ['Quá hạn nộp thì sao?', 'filingWindow'],
    ['Sau khi nghỉ việc bao lâu phải nộp hồ sơ?', 'filingWindow'],
    ['Thời hạn nộp hồ sơ là bao lâu?', 'filingWindow'],
    ['Nộp hồ sơ ở đâu?', 'submitWhere'],
    ['Nộp cho ai?', 'submitWhere'],
    ['Gửi hồ sơ đến đâu?', 'submitWhere'],
    ['Làm ở đâu?', 'submitWhere'],
    ['Đến đâu để làm thủ tục?', 'submitWhere'],
    ['Nộp tại cơ quan nào?', 'submitWhere'],
    ['Nơi tiếp nhận hồ sơ là ở đâu?', 'submitWhere'],
    ['nop ho so cho co quan nao', 'submitWhere'],
    ['Mang hồ sơ đến chỗ nào?', 'submitWhere'],
    ['Nộp ở bộ phận một cửa được không?', 'submitWhere'],
    ['Nộp ở xã hay ở tỉnh?', 'submitWhere'],
    ['Hồ sơ nộp về đâu?', 'submitWhere'],
    ['Cơ quan nào giải quyết?', 'agency'],
    ['Ai cấp thẻ?', 'agency'],
    ['Ai có thẩm quyền quyết định?', 'agency'],
    ['Thuộc thẩm quyền của ai?', 'agency'],
    ['Cấp nào giải quyết?', 'agency'],
    ['Do ai quyết định?', 'agency'],
    ['Ai ký quyết định?', 'agency'],
    ['Ai là người phê duyệt?', 'agency'],
    ['Cơ quan có thẩm quyền là cơ quan nào?', 'agency'],
    ['Sở nào giải quyết?', 'agency'],
    ['Thẩm quyền thuộc về đâu?', 'agency'],
    ['Ai xét duyệt hồ sơ?', 'agency'],
    ['Đơn vị nào cấp?', 'agency'],
    ['Ai thẩm định hồ sơ?', 'agency'],
    ['Cơ quan thực hiện là ai?', 'agency'],
    ['Cần những giấy tờ gì?', 'dossier'],
    ['Hồ sơ gồm những gì?', 'dossier'],
    ['Phải chuẩn bị những gì?', 'dossier'],
    ['Cần mang theo gì?', 'dossier'],
    ['Thành phần hồ sơ gồm những gì?', 'dossier'],
    ['Hồ sơ cần có những loại giấy nào?', 'dossier'],
    ['can nhung giay to gi', 'dossier'],
    ['Bộ hồ sơ gồm mấy loại giấy tờ?', 'dossier'],
    ['Phải nộp những giấy tờ nào?', 'dossier'],
    ['Cần nộp kèm theo gì?', 'dossier'],
    ['Hồ sơ phải có những gì?', 'dossier'],
    ['Cần bản sao hay bản chính?', 'dossier'],
    ['Hồ sơ cần bao nhiêu bộ?', 'dossier'],
    ['Có làm online được không?', 'online'],
    ['Nộp qua mạng được không?', 'online'],
    ['Có nộp trực tuyến được không?', 'online'],
    ['Có gửi qua bưu điện được không?', 'online'],
    ['Làm trên dịch vụ công được không?', 'online'],
    ['Có thể nộp qua Cổng dịch vụ công không?', 'online'],
    ['Có thể làm tại nhà không?', 'online'],
    ['Có dịch vụ công trực tuyến không?', 'online'],
    ['Nộp bằng hình thức nào?', 'online'],
    ['Hồ sơ gửi theo những kênh nào cũng được?', 'online'],
    ['nop giay to qua cac cach nao', 'online'],
    ['Muốn được giúp thì phải đến cơ quan nào?', 'submitWhere'],
    ['Xong xuôi thì tôi nhận được giấy tờ gì?', 'result'],
    ['lam tren mang duoc khong', 'online'],
    ['Có phải đến trực tiếp không?', 'online'],
    ['Các bước thực hiện thế nào?', 'steps'],
    ['Trình tự thực hiện ra sao?', 'steps'],
    ['Làm như thế nào?', 'steps'],
    ['Quy trình thế nào?', 'steps'],
    ['Thủ tục tiến hành ra sao?', 'steps'],
    ['Thực hiện theo trình tự nào?', 'steps'],
    ['Cách thức làm như thế nào?', 'steps'],
    ['Làm sao để được cấp thẻ?', 'steps'],
    ['Tôi phải làm gì để được cấp thẻ?', 'steps'],
    ['Muốn được cấp thẻ thì phải làm gì?', 'steps'],
    ['Thủ tục gồm những bước nào?', 'steps'],
    ['Điều kiện là gì?', 'eligibility'],
    ['Ai được cấp thẻ?', 'eligibility'],
    ['Đối tượng nào được hưởng?', 'eligibility'],
    ['Cần đáp ứng điều kiện gì?', 'eligibility'],
    ['Trường hợp nào được cấp?', 'eligibility'],
    ['Có những yêu cầu gì?', 'eligibility'],
    ['Tôi có đủ điều kiện không?', 'eligibility'],
    ['Người như thế nào thì được cấp?', 'eligibility'],
    ['Có được cấp không nếu đã từng bị kỷ luật?', 'eligibility'],
    ['Yêu cầu, điều kiện thực hiện là gì?', 'eligibility'],
    ['Tiêu chuẩn để được xét là gì?', 'eligibility'],
    ['Ai được phép nộp hồ sơ?', 'eligibility'],
    ['Ai là người nộp?', 'eligibility'],
    ['Kết quả là gì?', 'result'],
    ['Nhận được gì?', 'result'],
    ['Được cấp giấy gì?', 'result'],
    ['Kết quả giải quyết là văn bản gì?', 'result'],
    ['Sau khi làm xong được nhận giấy tờ gì?', 'result'],
    ['Kết quả thực hiện thủ tục là gì?', 'result'],
    ['Làm xong thì được gì?', 'result'],
    ['Mã thủ tục là gì?', 'code'],
    ['Mã số của thủ tục này là bao nhiêu?', 'code'],
    ['Mã TTHC là gì?', 'code'],
    ['Số hiệu thủ tục là gì?', 'code'],
    ['Mẫu đơn là mẫu nào?', 'form'],
    ['Tờ khai theo mẫu số mấy?', 'form'],
    ['Dùng mẫu gì?', 'form'],
    ['Đơn viết theo mẫu nào?', 'form'],
    ['Có mẫu đơn không?', 'form'],
    ['Lấy mẫu đơn ở đâu?', 'form'],
    ['Mẫu tờ khai tải ở đâu?', 'form'],
    ['Biểu mẫu nào?', 'form'],
    ['Căn cứ pháp lý là gì?', 'legalBasis'],
    ['Theo quy định nào?', 'legalBasis'],
    ['Văn bản nào quy định?', 'legalBasis'],
    ['Quy định ở nghị định nào?', 'legalBasis'],
    ['Dựa trên luật nào?', 'legalBasis'],
    ['Cơ sở pháp lý là gì?', 'legalBasis'],
    ['Thủ tục này được quy định tại đâu?', 'legalBasis'],
    ['Áp dụng thông tư nào?', 'legalBasis'],
  ];
  it.each(forms)('%s → %s', (question, expected) => {
    expect(aspectsAsked(question)).toContain(expected);
  });

  it('reads "trong vòng mấy ngày thì có quyết định" as the time taken, "bao lâu phải nộp" as the window', () => {
    expect(aspectsAsked('Trong vòng mấy ngày thì có quyết định?')).not.toContain('filingWindow');
    expect(aspectsAsked('Sau khi nghỉ việc bao lâu phải nộp hồ sơ?')).not.toContain('processingTime');
  });

  it('reads no steps in a plan question asking what a body must do', () => {
    expect(aspectsAsked('Các sở phải làm gì trong năm nay?')).not.toContain('steps');
  });
});

describe('a wait that may be a condition or the time taken', () => {
  it('asks the condition first, then the time taken', () => {
    expect(aspectsAsked('Bị từ chối rồi bao lâu sau mới được nộp lại?')).toEqual(['eligibility', 'processingTime']);
  });

  it('reads a least time already spent before one may act as a condition', () => {
    expect(aspectsAsked('Nhận thử ít nhất mấy tháng rồi mới được chuyển?')).toContain('eligibility');
    expect(aspectsAsked('Nhận thử bao lâu rồi mới được chuyển?')).toContain('eligibility');
  });
});

describe('which slips to fill', () => {
  it('reads "điền những phiếu gì" and "phiếu nào" as the form', () => {
    expect(aspectsAsked('Đến đọc tài liệu cần điền những phiếu gì?')).toEqual(['form']);
    expect(aspectsAsked('Nộp phiếu nào?')).toEqual(['form']);
  });
});

describe('which council examines', () => {
  it('reads "hội đồng nào khám" as who carries it out', () => {
    expect(aspectsAsked('Muốn khám phúc quyết thử nghiệm thì hội đồng nào khám?')).toEqual(['agency']);
    expect(aspectsAsked('Lập hội thử nghiệm thì phải được ai chấp thuận?')).toEqual(['agency']);
  });
});

describe('whom to report to and by when', () => {
  it('reads "báo cáo cho ai" as where to file', () => {
    expect(aspectsAsked('Cơ quan mời chuyên gia thử nghiệm phải báo cáo cho ai?')).toContain('submitWhere');
  });

  it('reads a duty to report within a time ("phải báo … trong bao lâu") as the filing window, not paying in', () => {
    expect(aspectsAsked('Có việc mới thì phải báo cho trung tâm thử nghiệm trong bao lâu?')).toEqual(['filingWindow']);
    expect(aspectsAsked('Phải đóng bảo hiểm trong bao lâu thì được hưởng?')).not.toContain('filingWindow');
  });

  it('reads a duty to take back and hand in a permit within a time as the filing window', () => {
    expect(aspectsAsked('Giấy phép thử nghiệm hết hạn, công ty phải thu về nộp trả trong bao lâu?')).toEqual(['filingWindow']);
  });

  it('reads "trong mấy ngày phải nộp" as the filing window', () => {
    expect(aspectsAsked('Nhận người thử nghiệm vào làm, trong mấy ngày phải nộp hồ sơ?')).toEqual(['filingWindow']);
  });
});

describe('who qualifies', () => {
  it('reads "những ai thì được" as eligibility', () => {
    expect(aspectsAsked('Những ai thì được hỗ trợ thử nghiệm?')).toContain('eligibility');
  });

  it('reads a wish to receive again ("muốn được hưởng lại") as no question of who qualifies', () => {
    expect(aspectsAsked('Bị tạm dừng, nay muốn được hưởng lại, xin mã thủ tục?')).toEqual(['code']);
    expect(aspectsAsked('Ai được hưởng trợ cấp thử nghiệm?')).toContain('eligibility');
  });
});

describe('how many sets to file', () => {
  it('asks the dossier', () => {
    expect(aspectsAsked('Hồ sơ thử nghiệm nộp mấy bộ?')).toContain('dossier');
    expect(aspectsAsked('Phải nộp bao nhiêu bộ hồ sơ?')).toContain('dossier');
  });

  it('reads the paper one receives as the result, not a paper to bring', () => {
    expect(aspectsAsked('Làm xong thì nhận được giấy gì?')).toEqual(['result']);
  });
});

describe('who receives and who decides', () => {
  it('asks both when the question says both', () => {
    expect(aspectsAsked('Đơn vị nào tiếp nhận và giải quyết hồ sơ thử nghiệm?')).toEqual(expect.arrayContaining(['submitWhere', 'agency']));
  });

  it('asks only where to file when the question asks who receives', () => {
    const aspects = aspectsAsked('Cơ quan nào tiếp nhận hồ sơ thử nghiệm?');
    expect(aspects).toContain('submitWhere');
    expect(aspects).not.toContain('agency');
  });
});

