/**
 * Procedure answers through the whole engine, on synthetic records worded apart from any eval question: the record
 * chosen, the sentence that states what was asked, and a referral that yields to a record we hold.
 */
import { describe, expect, it } from 'vitest';
import { procedureEngine, referralEntry } from './procedure-engine-fixture';
import { known, syntheticRecord } from './procedure-records';

const RETRAIN = syntheticRecord({
  id: 'huong-tro-cap-chuyen-doi-nghe',
  name: 'Hưởng trợ cấp chuyển đổi nghề nghiệp sau tinh giản',
  implementingAgency: known('Bảo hiểm xã hội tỉnh'),
  carriedOutBy: 'bảo hiểm xã hội',
  detail: 'full',
  processingTime: known('06 ngày làm việc'),
  steps: known(['Bước 1: Người lao động nộp hồ sơ cho cơ quan bảo hiểm xã hội trong thời hạn 50 ngày kể từ ngày có quyết định tinh giản.', 'Bước 2: Cơ quan bảo hiểm xã hội giải quyết và chi trả.']),
});

describe('a referral yields to a record of that body we hold in full', () => {
  const ask = procedureEngine([RETRAIN], [referralEntry('chuyen-doi-nghe', ['chuyển đổi nghề nghiệp'], 'cơ quan Bảo hiểm xã hội')]);

  it('answers the aspect asked and says who carries it out', async () => {
    const result = await ask('Làm trợ cấp chuyển đổi nghề nghiệp sau tinh giản thì bao lâu có kết quả?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('06 ngày làm việc');
    expect(result.answer).toContain('Bảo hiểm xã hội');
  });

  it('still refers a question on the topic that no record answers', async () => {
    const result = await ask('Chuyển đổi nghề nghiệp có được ai hướng dẫn không?');
    expect(result.refused).toBe(true);
    expect(result.refusalReason).toBe('other_agency');
  });
});

describe('a question that describes a situation instead of naming the procedure', () => {
  const chosen = syntheticRecord({
    id: 'tro-cap-hoc-nghe-tu-chon',
    name: 'Hưởng trợ cấp học nghề đối với người tham gia bảo hiểm tự chọn',
    implementingAgency: known('Sở Nội vụ'),
    processingTime: known('04 ngày làm việc'),
  });
  const compulsory = syntheticRecord({
    id: 'tro-cap-hoc-nghe-bat-buoc',
    name: 'Hưởng trợ cấp học nghề đối với người tham gia bảo hiểm bắt buộc',
    implementingAgency: known('Sở Nội vụ'),
    processingTime: known('09 ngày làm việc'),
  });
  const ask = procedureEngine([compulsory, chosen]);

  it('answers from the retrieved record whose name says the question best', async () => {
    const result = await ask('Tôi có tham gia bảo hiểm tự chọn, bây giờ xin nhận trợ cấp học nghề thì chờ mấy ngày?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('04 ngày làm việc');
    expect(result.answer).not.toContain('09 ngày làm việc');
  });
});

// One record whose facts are spread over its fields the way official pages spread them.
const PERMIT = syntheticRecord({
  id: 'cap-the-huong-dan-vien-di-san',
  name: 'Cấp thẻ hướng dẫn viên di sản',
  implementingAgency: known('Sở Nội vụ'),
  processingTime: known('12 ngày làm việc'),
  fees: known('Không thu phí'),
  steps: known([
    'Bước 1: Tổ chức quản lý di sản lập hồ sơ đề nghị cấp thẻ cho người hướng dẫn.',
    'Bước 2: Hằng quý, tổ chức quản lý di sản trích nộp kinh phí bồi dưỡng theo mức bằng 2% doanh thu vé tham quan.',
    'Bước 3: Người được cấp thẻ phải báo cáo kết quả hoạt động chậm nhất 07 ngày trước khi kết thúc mỗi quý.',
  ]),
  conditions: known('Người hướng dẫn không báo cáo kết quả hoạt động hai quý liên tiếp thì bị thu hồi thẻ hướng dẫn viên di sản.\nNgười đề nghị phải có ít nhất 03 năm làm việc tại di sản.'),
});

describe('the sentence that states what was asked, wherever the record states it', () => {
  const ask = procedureEngine([PERMIT]);

  it('answers a rate from the steps, not the overview', async () => {
    const result = await ask('Thẻ hướng dẫn viên di sản: tổ chức quản lý phải trích nộp bao nhiêu phần trăm doanh thu vé?');
    expect(result.answer).toContain('2% doanh thu vé tham quan');
  });

  it('answers a consequence from the conditions', async () => {
    const result = await ask('Có thẻ hướng dẫn viên di sản mà không báo cáo kết quả hoạt động thì bị xử lý thế nào?');
    expect(result.answer).toContain('bị thu hồi thẻ');
    expect(result.answer.indexOf('thu hồi')).toBeLessThan(result.answer.indexOf('12 ngày làm việc') === -1 ? Infinity : result.answer.indexOf('12 ngày làm việc'));
  });

  it('answers a deadline with the sentence holding the period, not the processing time alone', async () => {
    const result = await ask('Thẻ hướng dẫn viên di sản thì báo cáo kết quả hoạt động trước mấy ngày?');
    expect(result.answer).toContain('07 ngày trước khi kết thúc mỗi quý');
  });

  it('answers a required length of service from the conditions', async () => {
    const result = await ask('Muốn được cấp thẻ hướng dẫn viên di sản thì phải làm việc tại di sản bao lâu?');
    expect(result.answer).toContain('03 năm');
  });

  it('still answers the processing time from its own field', async () => {
    const result = await ask('Cấp thẻ hướng dẫn viên di sản bao lâu thì có kết quả?');
    expect(result.answer).toContain('12 ngày làm việc');
  });
});

describe('paying in is not receiving: the record whose role and text fit the question', () => {
  const drawing = syntheticRecord({
    id: 'huong-tro-cap-quy-tuong-tro',
    name: 'Hưởng trợ cấp quỹ tương trợ nghề cá',
    aliases: ['quỹ tương trợ nghề cá'],
    implementingAgency: known('Sở Nội vụ'),
    processingTime: known('08 ngày làm việc'),
  });
  const paying = syntheticRecord({
    id: 'tham-gia-quy-tuong-tro',
    name: 'Tham gia quỹ tương trợ nghề cá',
    implementingAgency: known('Sở Nội vụ'),
    steps: known(['Bước 1: Chủ tàu lập danh sách thuyền viên tham gia.', 'Bước 2: Hằng quý, chủ tàu đóng vào quỹ tương trợ nghề cá bằng 3% doanh thu chuyến biển.']),
  });
  const ask = procedureEngine([drawing, paying]);

  it('answers a contribution rate from the record on paying in, though the alias names the other', async () => {
    const result = await ask('Chủ tàu phải đóng quỹ tương trợ nghề cá bao nhiêu phần trăm?');
    expect(result.answer).toContain('3% doanh thu');
    expect(result.procedure?.id).toBe('tham-gia-quy-tuong-tro');
  });

  it('keeps the record on receiving for a question on receiving', async () => {
    const result = await ask('Hưởng trợ cấp quỹ tương trợ nghề cá bao lâu thì có kết quả?');
    expect(result.answer).toContain('08 ngày làm việc');
  });
});

describe('a procedure held at several levels, asked without one', () => {
  const commune = syntheticRecord({ id: 'lap-cau-lac-bo-xa', name: 'Thành lập câu lạc bộ thử nghiệm (cấp xã)', implementingAgency: known('Ủy ban nhân dân cấp xã'), processingTime: known('15 ngày làm việc') });
  const province = syntheticRecord({ id: 'lap-cau-lac-bo-tinh', name: 'Thành lập câu lạc bộ thử nghiệm (cấp tỉnh)', implementingAgency: known('Sở Nội vụ'), processingTime: known('25 ngày làm việc') });
  const ask = procedureEngine([province, commune]);

  it('answers each level with its agency and the fact asked, each cited', async () => {
    const result = await ask('Thành lập câu lạc bộ thử nghiệm thì bao lâu có kết quả?');
    for (const text of ['Ủy ban nhân dân cấp xã', '15 ngày làm việc', 'Sở Nội vụ', '25 ngày làm việc']) expect(result.answer).toContain(text);
    expect(result.answer.indexOf('cấp xã')).toBeLessThan(result.answer.indexOf('cấp tỉnh'));
    expect(result.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('answers the one level asked', async () => {
    const result = await ask('Thành lập câu lạc bộ thử nghiệm cấp tỉnh thì bao lâu có kết quả?');
    expect(result.answer).toContain('25 ngày làm việc');
    expect(result.answer).not.toContain('15 ngày làm việc');
  });
});

describe('everyday words find the officially named procedure', () => {
  const renew = syntheticRecord({ id: 'gia-han-the-hanh-nghe-thu', name: 'Gia hạn thẻ hành nghề trợ giúp viên', implementingAgency: known('Sở Nội vụ'), processingTime: known('06 ngày làm việc') });
  const reissue = syntheticRecord({ id: 'cap-lai-the-hanh-nghe-thu', name: 'Cấp lại thẻ hành nghề trợ giúp viên', implementingAgency: known('Sở Nội vụ'), processingTime: known('03 ngày làm việc') });
  const employer = syntheticRecord({
    id: 'bao-cao-su-dung-tro-giup-vien',
    name: 'Báo cáo tình hình sử dụng trợ giúp viên',
    implementingAgency: known('Sở Nội vụ'),
    steps: known(['Bước 1: Người sử dụng lao động gửi báo cáo trước ngày 05 của tháng đầu quý.']),
  });
  const ask = procedureEngine([renew, reissue, employer]);

  it('"hết hạn" asks for the renewal', async () => {
    const result = await ask('Thẻ hành nghề trợ giúp viên của tôi hết hạn rồi, làm lại mất bao lâu?');
    expect(result.answer).toContain('06 ngày làm việc');
  });

  it('"làm mất" asks for the reissue', async () => {
    const result = await ask('Tôi làm mất thẻ hành nghề trợ giúp viên thì xin lại bao lâu?');
    expect(result.answer).toContain('03 ngày làm việc');
  });

  it('"công ty" finds what the record says of the employer', async () => {
    const result = await ask('Công ty báo cáo tình hình sử dụng trợ giúp viên chậm nhất là khi nào?');
    expect(result.answer).toContain('trước ngày 05 của tháng đầu quý');
  });
});

describe('grounded or silent', () => {
  const ask = procedureEngine([PERMIT]);

  it('refuses an amount the named record states nowhere, without quoting a passage', async () => {
    const result = await ask('Cấp thẻ hướng dẫn viên di sản thì mỗi tháng được nhận bao nhiêu tiền bồi dưỡng?');
    expect(result.refused).toBe(true);
    expect(result.citations).toEqual([]);
    expect(result.answer).toContain('Cấp thẻ hướng dẫn viên di sản');
  });

  it('says an aspect the record leaves unknown is not known, with the official page', async () => {
    const result = await ask('Cấp thẻ hướng dẫn viên di sản nộp hồ sơ ở đâu?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/chưa có thông tin|Nơi nộp hồ sơ theo trình tự thực hiện/);
    expect(result.answer).toContain('dichvucong.gov.vn');
  });
});

describe('a form asked of a record that names none', () => {
  const general = syntheticRecord({ id: 'cap-so-thu', name: 'Cấp sổ lưu niệm thử nghiệm', implementingAgency: known('Sở Nội vụ'), processingTime: known('05 ngày làm việc') });
  const special = syntheticRecord({
    id: 'cap-so-thu-truong-hop-chua-cap',
    name: 'Cấp sổ lưu niệm thử nghiệm đối với người chưa được cấp lần nào',
    implementingAgency: known('Sở Nội vụ'),
    steps: known(['Bước 1: Người đề nghị làm đơn theo Mẫu số 31 gửi Ủy ban nhân dân cấp xã.']),
  });
  const ask = procedureEngine([general, special]);

  it('answers from the retrieved record whose text states the form', async () => {
    const result = await ask('Cấp sổ lưu niệm thử nghiệm cho người chưa được cấp lần nào thì làm đơn theo mẫu nào?');
    expect(result.answer).toContain('Mẫu số 31');
  });
});

describe('near-identical names, and dossiers split by case', () => {
  const first = syntheticRecord({ id: 'cap-the-lao-dong-ky-nghi-thu', name: 'Cấp thẻ lao động kỳ nghỉ cho công dân nước thử nghiệm', implementingAgency: known('Cục Việc làm'), processingTime: known('09 ngày làm việc') });
  const again = syntheticRecord({ id: 'cap-lai-the-lao-dong-ky-nghi-thu', name: 'Cấp lại thẻ lao động kỳ nghỉ cho công dân nước thử nghiệm', implementingAgency: known('Cục Việc làm'), processingTime: known('04 ngày làm việc') });
  const ask = procedureEngine([again, first]);

  it('a question that never says "lại" is about the first issue', async () => {
    const result = await ask('cong dan nuoc thu nghiem xin the lao dong ky nghi thi bao lau co');
    expect(result.answer).toContain('09 ngày làm việc');
  });
});

describe('siblings sharing most name words, one of them knowing what is asked', () => {
  const firm = syntheticRecord({ id: 'chung-nhan-do-dac-thu', name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động đo đạc thử nghiệm', implementingAgency: known('Cục Thử nghiệm') });
  const again = syntheticRecord({ id: 'cap-lai-chung-chi-do-dac-vien', name: 'Cấp lại chứng chỉ đo đạc viên thử nghiệm khi bị mất', implementingAgency: known('Cục Thử nghiệm'), conditions: known('Chứng chỉ đã cấp bị mất hoặc hư hỏng.') });
  const person = syntheticRecord({ id: 'cap-chung-chi-do-dac-vien', name: 'Cấp chứng chỉ đo đạc viên thử nghiệm', implementingAgency: known('Cục Thử nghiệm'), conditions: known('Có ít nhất 04 năm kinh nghiệm đo đạc thử nghiệm.') });
  const ask = procedureEngine([firm, again, person]);

  it('answers the conditions from the record that states them, not from one that leaves them unknown', async () => {
    const result = await ask('Muốn trở thành đo đạc viên thử nghiệm thì cần điều kiện gì về hoạt động đo đạc?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('04 năm kinh nghiệm');
  });
});

describe('a sibling whose name negates what the question asks', () => {
  const permit = syntheticRecord({ id: 'cap-giay-phep-do-dac-thu', name: 'Cấp giấy phép hành nghề lần đầu cho chuyên gia đo đạc thử nghiệm làm việc tại tỉnh', implementingAgency: known('Cục Thử nghiệm'), processingTime: known('12 ngày làm việc') });
  const report = syntheticRecord({ id: 'bao-cao-do-dac-thu', name: 'Báo cáo chuyên gia đo đạc thử nghiệm không thuộc diện cấp giấy phép hành nghề', implementingAgency: known('Cục Thử nghiệm'), processingTime: known('02 ngày làm việc') });
  const ask = procedureEngine([report, permit]);

  it('answers from the record asserting it', async () => {
    const result = await ask('Chuyên gia đo đạc thử nghiệm xin cấp giấy phép hành nghề thì giải quyết trong bao lâu?');
    expect(result.answer).toContain('12 ngày làm việc');
  });
});

describe('a question negating what the named record negates', () => {
  const insured = syntheticRecord({ id: 'ghi-so-tho-thu-bat-buoc', name: 'Ghi sổ thợ thử nghiệm đối với người thuộc đối tượng tham gia quỹ thử nghiệm bắt buộc', implementingAgency: known('Quỹ thử nghiệm'), receivingAgency: known('Văn phòng quỹ thử nghiệm') });
  const uninsured = syntheticRecord({
    id: 'ghi-so-tho-thu-tu-do',
    name: 'Ghi sổ thợ thử nghiệm đối với người không thuộc đối tượng tham gia quỹ thử nghiệm bắt buộc',
    implementingAgency: known('Cục Thử nghiệm'),
    steps: known(['Bước 1. Người thợ truy cập vào Cổng thợ thử nghiệm (https://tho.example.vn) và điền tờ khai điện tử.', 'Bước 2. Hệ thống trả kết quả ngay.']),
  });
  const ask = procedureEngine([insured, uninsured]);

  it('keeps the negated record, and says the portal its steps name when no receiving office is on record', async () => {
    const result = await ask('Tôi không thuộc diện tham gia quỹ thử nghiệm bắt buộc, ghi sổ thợ thử nghiệm ở đâu?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Cổng thợ thử nghiệm');
    expect(result.answer).not.toContain('Văn phòng quỹ thử nghiệm');
  });
});

describe('from when a procedure applies', () => {
  const record = syntheticRecord({ id: 'ghi-so-tho-thu-moi', name: 'Ghi sổ thợ thử nghiệm lần đầu', implementingAgency: known('Cục Thử nghiệm'), conditions: known('- Người thợ tự khai trên cổng.\n- Thời gian thực hiện: Từ ngày 01/9/2031.') });
  const ask = procedureEngine([record]);

  it('answers with the sentence stating the start date, wherever it stands', async () => {
    const result = await ask('Việc ghi sổ thợ thử nghiệm lần đầu áp dụng từ ngày nào?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('01/9/2031');
  });
});

describe('a reissue named by its alias, the first issue retrieved beside it', () => {
  const first = syntheticRecord({ id: 'cap-the-nghe-ky-nghi-thu', name: 'Cấp thẻ làm nghề trong kỳ nghỉ cho công dân nước thử nghiệm', implementingAgency: known('Cục Việc làm'), processingTime: known('11 ngày làm việc') });
  const again = syntheticRecord({ id: 'cap-lai-the-nghe-ky-nghi-thu', name: 'Cấp lại thẻ làm nghề trong kỳ nghỉ cho công dân nước thử nghiệm', aliases: ['Cấp lại thẻ làm nghề trong kỳ nghỉ'], implementingAgency: known('Cục Việc làm'), processingTime: known('03 ngày làm việc') });
  const ask = procedureEngine([again, first]);

  it('answers the first issue when the question never says "lại"', async () => {
    const result = await ask('Tôi muốn xin thẻ làm nghề trong kỳ nghỉ thì bao lâu có kết quả?');
    expect(result.answer).toContain('11 ngày làm việc');
    expect(result.answer).not.toContain('03 ngày làm việc');
  });
});

describe("a guessed record's name is not what is asked", () => {
  const record = syntheticRecord({ id: 'tro-cap-le-phi-thu', name: 'Giải quyết chế độ hoàn lệ phí thi đối với học viên thử nghiệm', implementingAgency: known('Sở Thử nghiệm'), processingTime: known('06 ngày làm việc'), fees: known('Không thu') });
  const ask = procedureEngine([record]);

  it('a fee word inside the name asks no fee: how long is answered', async () => {
    const result = await ask('hoc vien thu nghiem xin hoan le phi thi thi mat bao lau');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('06 ngày làm việc');
    expect(result.answer).not.toContain('Phí, lệ phí');
  });
});

describe('an internal procedure named to the public assistant', () => {
  const award = syntheticRecord({ id: 'tang-giay-khen-thu', name: 'Tặng Giấy khen thử nghiệm cho gia đình', field: 'Thi đua, khen thưởng', scope: 'internal', processingTime: known('12 ngày làm việc') });
  const pension = syntheticRecord({ id: 'tro-cap-giay-khen-thu', name: 'Giải quyết trợ cấp một lần cho người có Giấy khen thử nghiệm', implementingAgency: known('Sở Thử nghiệm'), processingTime: known('15 ngày làm việc') });
  const ask = procedureEngine([award, pension]);

  it('refuses naming it and whom to ask, and guesses no public record in its place', async () => {
    const result = await ask('Xin Giấy khen thử nghiệm cho gia đình thì bao lâu có kết quả?');
    expect(result.refused).toBe(true);
    expect(result.answer).toContain('thủ tục nội bộ');
    expect(result.answer).not.toContain('15 ngày làm việc');
    expect(result.answer).not.toContain('12 ngày làm việc');
  });
});

describe('an internal procedure said in part beside a public one', () => {
  const award = syntheticRecord({ id: 'tang-giay-khen-thu', name: 'Tặng Giấy khen thử nghiệm cho gia đình', field: 'Thi đua, khen thưởng', scope: 'internal', processingTime: known('12 ngày làm việc') });
  const lump = syntheticRecord({
    id: 'tro-cap-khang-chien-thu',
    name: 'Giải quyết trợ cấp một lần đối với người có thành tích kháng chiến đã được tặng Giấy khen thử nghiệm cho gia đình hoặc Bằng khen thử nghiệm của Bộ trưởng',
    implementingAgency: known('Sở Thử nghiệm'),
    processingTime: known('15 ngày làm việc'),
  });
  const ask = procedureEngine([award, lump]);

  it('gives way to the public record that names clearly more of the question', async () => {
    const result = await ask('Bố tôi có Giấy khen thử nghiệm cho gia đình thời kháng chiến, xin trợ cấp một lần thì bao lâu?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('15 ngày làm việc');
  });
});

describe('a count of things no procedure states', () => {
  const permit = syntheticRecord({ id: 'cap-the-viet-nam-thu', name: 'Cấp thẻ thử nghiệm cho người nước ngoài làm việc tại Việt Nam', implementingAgency: known('Sở Thử nghiệm'), processingTime: known('10 ngày làm việc') });
  const ask = procedureEngine([permit]);

  it('is not answered with a card whose name shares the country', async () => {
    const result = await ask('Việt Nam có bao nhiêu tỉnh?');
    expect(result.refused).toBe(true);
    expect(result.answer).not.toContain('Cấp thẻ thử nghiệm');
  });
});

describe("another body's act asked for a person of ours", () => {
  const record = syntheticRecord({ id: 'tro-cap-nguoi-co-cong-thu', name: 'Giải quyết trợ cấp thử nghiệm cho người có công', implementingAgency: known('Sở Nội vụ'), processingTime: known('09 ngày làm việc') });
  const ask = procedureEngine([record], [referralEntry('the-thu-nghiem', ['thẻ thử nghiệm', 'cấp lại thẻ thử nghiệm'], 'cơ quan Thử nghiệm xã hội')]);

  it('is referred to that body, not answered with a loose line of the entry', async () => {
    const result = await ask('Xin cấp lại thẻ thử nghiệm cho người có công ở đâu?');
    expect(result.refused).toBe(true);
    expect(result.refusalReason).toBe('other_agency');
    expect(result.answer).toContain('cơ quan Thử nghiệm xã hội');
    expect(result.answer).not.toContain('Cơ quan trước đây');
  });
});

describe('a sibling at another level than the question says', () => {
  const province = syntheticRecord({ id: 'hop-nhat-hoi-thu-tinh', name: 'Chia, tách; sáp nhập; hợp nhất hội thử nghiệm (cấp tỉnh)', implementingAgency: known('Ủy ban nhân dân cấp tỉnh') });
  const central = { ...syntheticRecord({ id: 'hop-nhat-hoi-thu-tw', name: 'Chia, tách; sáp nhập; hợp nhất hội thử nghiệm (cấp trung ương)', implementingAgency: known('Bộ Thử nghiệm') }), phrases: ['hai hội thử nghiệm hoạt động toàn quốc muốn gộp'] };
  const ask = procedureEngine([province, central]);

  it('is no rival of the record at the level asked, however much more its phrases say', async () => {
    const result = await ask('Hai hội thử nghiệm hoạt động trong tỉnh nay muốn gộp lại, làm thủ tục hợp nhất thì cơ quan nào giải quyết?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Ủy ban nhân dân cấp tỉnh');
  });
});

describe('a procedure of a hội or a quỹ guessed for a question naming neither', () => {
  const fund = {
    ...syntheticRecord({ id: 'lap-quy-thu', name: 'Cấp giấy phép thành lập quỹ thử nghiệm (cấp tỉnh)', implementingAgency: known('Ủy ban nhân dân cấp tỉnh') }),
    phrases: ['gia đình muốn lập quỹ học bổng thử nghiệm cho học sinh'],
  };
  const deposit = syntheticRecord({ id: 'ky-quy-thu', name: 'Nhận lại tiền ký quỹ thử nghiệm của doanh nghiệp đưa người đi học nghề', implementingAgency: known('Sở Thử nghiệm') });
  const ask = procedureEngine([fund, deposit]);

  it('is not offered: who asks about a fund or an association says so', async () => {
    const result = await ask('Làm sao để xin được học bổng thử nghiệm cho con đi học?');
    expect(result.answer).not.toContain('thành lập quỹ thử nghiệm');
  });

  it('is offered when the question names the fund', async () => {
    const result = await ask('Gia đình muốn lập quỹ học bổng thử nghiệm cho học sinh trong tỉnh thì cơ quan nào giải quyết?');
    expect(result.answer).toContain('Ủy ban nhân dân cấp tỉnh');
  });
});

describe('a procedure code is no figure a question asks for', () => {
  const INSURED = syntheticRecord({
    id: 'dang-ky-bao-hiem-thu-nghiem',
    name: 'Đăng ký tham gia bảo hiểm nghề thử nghiệm',
    code: known('1.999003'),
    implementingAgency: known('Sở Nội vụ'),
    processingTime: known('05 ngày làm việc'),
  });
  const ask = procedureEngine([INSURED]);

  it('refuses an amount no field states, though the answer would open with the coded title', async () => {
    const result = await ask('Chủ cơ sở không đăng ký tham gia bảo hiểm nghề thử nghiệm thì bị xử phạt bao nhiêu?');
    expect(result.refused).toBe(true);
  });

  it('names the procedure with its code when it answers', async () => {
    const result = await ask('Đăng ký tham gia bảo hiểm nghề thử nghiệm mất bao lâu?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/^Thủ tục “Đăng ký tham gia bảo hiểm nghề thử nghiệm” \(mã 1\.999003\) — Thời hạn giải quyết: 05 ngày làm việc \[1\]/u);
  });
});

describe('an aspect the record leaves unknown, with nothing related to say', () => {
  const TIMED = syntheticRecord({
    id: 'gia-han-the-thu',
    name: 'Gia hạn thẻ thư viện thử nghiệm',
    code: known('1.999005'),
    officialUrls: ['https://dichvucong.gov.vn/thu-tuc-thu-nghiem-5'],
    processingTime: known('03 ngày làm việc'),
  });
  const ask = procedureEngine([TIMED]);

  it('is refused with the procedure and its official page, not answered with a card that only says "chưa có thông tin"', async () => {
    const result = await ask('Gia hạn thẻ thư viện thử nghiệm có phải đóng lệ phí không?');
    expect(result.refused).toBe(true);
    expect(result.answer).toContain('Gia hạn thẻ thư viện thử nghiệm');
    expect(result.answer).toContain('https://dichvucong.gov.vn/thu-tuc-thu-nghiem-5');
    expect(result.answer).not.toContain('chưa có thông tin');
  });

  it('still answers what the record knows', async () => {
    const result = await ask('Gia hạn thẻ thư viện thử nghiệm mất mấy ngày?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('03 ngày làm việc');
  });
});

describe('a shorter name held whole in the chosen one is no rival', () => {
  const paper = (name: string) => known({ components: [{ name, formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' as const }], complete: true, sets: 'unknown' });
  const ISSUE = syntheticRecord({ id: 'cap-chung-chi-tham-dinh-vien-thu', name: 'Cấp chứng chỉ thẩm định viên', implementingAgency: known('Sở Nội vụ'), dossier: paper('Đơn đề nghị cấp chứng chỉ') });
  const REVOKED = syntheticRecord({ id: 'cap-lai-thu-hoi-thu', name: 'Cấp lại chứng chỉ thẩm định viên đối với trường hợp bị thu hồi', implementingAgency: known('Sở Nội vụ'), dossier: paper('Đơn đề nghị cấp lại sau thu hồi') });
  const LOST = syntheticRecord({ id: 'cap-lai-bi-mat-thu', name: 'Cấp lại chứng chỉ thẩm định viên đối với trường hợp bị hỏng hoặc mất', implementingAgency: known('Sở Nội vụ'), dossier: paper('Đơn đề nghị cấp lại kèm 02 ảnh màu') });
  const ask = procedureEngine([ISSUE, REVOKED, LOST]);

  it('answers the fuller record a situation points to, though the shorter name shares as much of the question', async () => {
    const result = await ask('Hôm qua em làm mất chứng chỉ thẩm định viên, nay xin cấp lại thì phải chuẩn bị những giấy tờ gì ạ?');
    expect(result.refused).toBe(false);
    expect(result.procedure?.id).toBe('cap-lai-bi-mat-thu');
    expect(result.answer).toContain('02 ảnh màu');
  });
});

describe("another sector's paper in our own procedure's file", () => {
  const LICENCE = syntheticRecord({
    id: 'cap-giay-phep-hanh-nghe-thu',
    name: 'Cấp giấy phép hành nghề thử nghiệm',
    implementingAgency: known('Sở Nội vụ'),
    dossier: known({
      components: [
        { name: 'Đơn đề nghị cấp giấy phép', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' as const },
        { name: 'Phiếu lý lịch tư pháp do cơ quan có thẩm quyền cấp không quá 6 tháng', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' as const },
      ],
      complete: true,
      sets: 'unknown',
    }),
  });
  const ask = procedureEngine([LICENCE], [referralEntry('ly-lich-tu-phap', ['lý lịch tư pháp', 'phiếu lý lịch tư pháp'], 'Sở Tư pháp')]);

  it('answers the procedure named, whose dossier lists the paper', async () => {
    const result = await ask('Làm hồ sơ cấp giấy phép hành nghề thử nghiệm thì có phải nộp phiếu lý lịch tư pháp không?');
    expect(result.refused).toBe(false);
    expect(result.procedure?.id).toBe('cap-giay-phep-hanh-nghe-thu');
    expect(result.answer).toContain('không quá 6 tháng');
  });

  it('answers the first-ranked procedure named, though a circumstance told at length dilutes its name words', async () => {
    // Names that share the circumstance's words ("thôn", "mở tiệm", "anh em") make them naming words the licence lacks.
    const others = [
      syntheticRecord({ id: 'mo-tiem-thu', name: 'Đăng ký mở tiệm sửa xe thử nghiệm tại thôn' }),
      syntheticRecord({ id: 'anh-em-thu', name: 'Xác nhận anh em ruột ở thôn' }),
    ];
    const askAmong = procedureEngine([LICENCE, ...others], [referralEntry('ly-lich-tu-phap', ['lý lịch tư pháp', 'phiếu lý lịch tư pháp'], 'Sở Tư pháp')]);
    const result = await askAmong('Mấy anh em chúng tôi ở thôn muốn mở tiệm sửa xe, trước tiên xin giấy phép hành nghề thử nghiệm thì phiếu lý lịch tư pháp cấp không quá bao lâu?');
    expect(result.refused).toBe(false);
    expect(result.procedure?.id).toBe('cap-giay-phep-hanh-nghe-thu');
    expect(result.answer).toContain('không quá 6 tháng');
  });

  it('still refers a question about the paper alone to its sector', async () => {
    const result = await ask('Phiếu lý lịch tư pháp thì xin ở đâu?');
    expect(result.refused).toBe(true);
    expect(result.refusalReason).toBe('other_agency');
  });
});
