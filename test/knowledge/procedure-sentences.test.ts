/** Which record sentences set a window the applicant must keep, and which say where the file goes. */
import { describe, expect, it } from 'vitest';
import { filingWindowSentences, isFilingWindow, splitSentences, submitSentences } from '../../src/knowledge/procedure-sentences';
import { known, syntheticRecord } from '../chat/procedure-records';

describe('filing windows', () => {
  it.each([
    'Trước thời hạn ít nhất 20 (hai mươi) ngày kể từ ngày dự kiến khai giảng, người học nộp hồ sơ.',
    'Chậm nhất 05 ngày trước ngày họp, hội gửi báo cáo.',
    'Trong thời hạn 10 ngày kể từ ngày thôi việc, người lao động thông báo.',
  ])('%s sets a window', (sentence) => {
    expect(isFilingWindow(sentence)).toBe(true);
  });

  it('reads a window a channel row states where its time cell is empty', () => {
    const record = syntheticRecord({
      id: 'bao-cao-thu',
      name: 'Báo cáo thử nghiệm',
      channels: known([{ channel: 'trực tiếp', time: 'unknown', fee: 'unknown', description: 'Trước thời hạn 07 ngày làm việc kể từ ngày khai giảng thì đơn vị gửi báo cáo.' }]),
    });
    expect(filingWindowSentences(record).map((sentence) => sentence.text)).toEqual(['Trước thời hạn 07 ngày làm việc kể từ ngày khai giảng thì đơn vị gửi báo cáo.']);
  });

  it('asked by when to file, takes the window for filing over a later duty sharing more words', () => {
    const record = syntheticRecord({
      id: 'ho-tro-thu',
      name: 'Hỗ trợ kinh phí thử nghiệm',
      steps: known([
        'Bước 1: Trong thời hạn 06 tháng kể từ ngày có nhu cầu, đơn vị phải nộp hồ sơ cho Sở.',
        'Bước 2: Trong thời hạn 05 ngày làm việc kể từ ngày nhận quyết định thu hồi kinh phí hỗ trợ thử nghiệm, đơn vị phải hoàn trả kinh phí hỗ trợ thử nghiệm. Trường hợp đã nộp hồ sơ thì làm theo hướng dẫn.',
      ]),
    });
    const found = filingWindowSentences(record, 'Xin hỗ trợ kinh phí thử nghiệm thì hạn nộp hồ sơ là bao lâu?').map((sentence) => sentence.text);
    expect(found).toEqual(['Bước 1: Trong thời hạn 06 tháng kể từ ngày có nhu cầu, đơn vị phải nộp hồ sơ cho Sở.']);
  });

  it("the agency's own time from receiving the file is no window", () => {
    expect(isFilingWindow('Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở cấp thẻ.')).toBe(false);
  });
});

describe('where the file goes, read in the steps', () => {
  it('takes the portal a step tells the applicant to open', () => {
    const record = syntheticRecord({ id: 'ghi-so-thu', name: 'Ghi sổ thử nghiệm', steps: known(['Bước 1. Người học truy cập vào Cổng học nghề thử nghiệm và điền tờ khai.', 'Bước 2. Hệ thống trả kết quả.']) });
    expect(submitSentences(record).map((sentence) => sentence.text)).toEqual(['Bước 1. Người học truy cập vào Cổng học nghề thử nghiệm và điền tờ khai.']);
  });

  it('takes a step sending the declaration straight to a body', () => {
    const record = syntheticRecord({ id: 'khai-thu', name: 'Khai thử nghiệm', steps: known(['Bước 1: Người khai lập bản khai kèm giấy tờ gửi Ủy ban nhân dân cấp xã nơi cư trú.', 'Bước 2: Xã kiểm tra.']) });
    expect(submitSentences(record).map((sentence) => sentence.text)).toEqual(['Bước 1: Người khai lập bản khai kèm giấy tờ gửi Ủy ban nhân dân cấp xã nơi cư trú.']);
  });

  it('takes a step logging in to a portal, or sending the file to one', () => {
    const record = syntheticRecord({ id: 'dang-nhap-thu', name: 'Báo danh sách thử nghiệm', steps: known(['Bước 1. Doanh nghiệp đăng nhập Cổng thử nghiệm quốc gia để nhập danh sách.', 'Bước 2. Bộ xác nhận.']) });
    expect(submitSentences(record).map((sentence) => sentence.text)).toEqual(['Bước 1. Doanh nghiệp đăng nhập Cổng thử nghiệm quốc gia để nhập danh sách.']);
    const sent = syntheticRecord({ id: 'gui-cong-thu', name: 'Khai thử nghiệm', steps: known(['Bước 1: Người khai lập bản khai gửi Cổng thử nghiệm quốc gia.', 'Bước 2: Xã xác nhận.']) });
    expect(submitSentences(sent).map((sentence) => sentence.text)).toEqual(['Bước 1: Người khai lập bản khai gửi Cổng thử nghiệm quốc gia.']);
  });

  it('splits flattened steps', () => {
    expect(splitSentences('Bước 1. Nộp hồ sơ. Bước 2. Nhận kết quả.')).toHaveLength(2);
  });
});

describe('who issues the decision, read in the steps', () => {
  it('takes the inline item naming who signs it', async () => {
    const { deciderSentences } = await import('../../src/knowledge/procedure-sentences');
    const record = syntheticRecord({ id: 'quyet-thu', name: 'Trợ cấp thử nghiệm', steps: known(['Bước 3: Sở Thử nghiệm: - Ghép hồ sơ đang quản lý; - Giám đốc Sở Thử nghiệm ra quyết định trợ cấp theo Mẫu số 09.']) });
    expect(deciderSentences(record).map((sentence) => sentence.text)).toEqual(['Giám đốc Sở Thử nghiệm ra quyết định trợ cấp theo Mẫu số 09.']);
  });

  it('takes an office holder who considers and grants', async () => {
    const { deciderSentences } = await import('../../src/knowledge/procedure-sentences');
    const record = syntheticRecord({ id: 'phep-thu', name: 'Cấp phép thử nghiệm', steps: known(['Bước 1. Doanh nghiệp nộp hồ sơ.', 'Bước 2. Trong thời hạn 10 ngày, Bộ trưởng Bộ Thử nghiệm xem xét và cấp Giấy phép cho doanh nghiệp.']) });
    expect(deciderSentences(record).map((sentence) => sentence.text)).toEqual(['Bước 2. Trong thời hạn 10 ngày, Bộ trưởng Bộ Thử nghiệm xem xét và cấp Giấy phép cho doanh nghiệp.']);
  });

  it('takes a body that examines the file and decides', async () => {
    const { deciderSentences } = await import('../../src/knowledge/procedure-sentences');
    const record = syntheticRecord({ id: 'so-quyet-thu', name: 'Hỗ trợ thử nghiệm', steps: known(['Bước 1: Người sử dụng lao động nộp hồ sơ cho Sở Thử nghiệm.', 'Bước 2: Trong 05 ngày làm việc, Sở Thử nghiệm tiến hành thẩm định hồ sơ, quyết định việc hỗ trợ.']) });
    expect(deciderSentences(record).map((sentence) => sentence.text)).toEqual(['Bước 2: Trong 05 ngày làm việc, Sở Thử nghiệm tiến hành thẩm định hồ sơ, quyết định việc hỗ trợ.']);
  });

  it('reads the "cấp" of a level ("Chủ tịch Ủy ban nhân dân cấp xã xác nhận") as no grant', async () => {
    const { deciderSentences } = await import('../../src/knowledge/procedure-sentences');
    const record = syntheticRecord({ id: 'cap-xa-thu', name: 'Hỗ trợ thử nghiệm', steps: known(['Bước 1. Doanh nghiệp đề nghị Chủ tịch Ủy ban nhân dân cấp xã xác nhận thiệt hại.', 'Bước 2. Trung tâm trình Giám đốc Sở Thử nghiệm quyết định việc hỗ trợ.']) });
    expect(deciderSentences(record).map((sentence) => sentence.text)).toEqual(['Bước 2. Trung tâm trình Giám đốc Sở Thử nghiệm quyết định việc hỗ trợ.']);
  });
});

describe('who grants, when the page names no body', () => {
  it('answers an agency question with the step that names who grants', async () => {
    const { procedureFacts } = await import('../../src/knowledge/procedure-facts');
    const record = syntheticRecord({ id: 'phep-thu', name: 'Cấp phép thử nghiệm', implementingAgency: 'unknown', steps: known(['Bước 1. Doanh nghiệp nộp hồ sơ.', 'Bước 2. Trong thời hạn 10 ngày, Bộ trưởng Bộ Thử nghiệm xem xét và cấp Giấy phép cho doanh nghiệp.']) });
    const facts = procedureFacts(record, 'agency', { question: 'Giấy phép này cơ quan nào cấp?' });
    expect(facts.known).toBe(true);
    expect(facts.text).toContain('Bộ trưởng Bộ Thử nghiệm xem xét và cấp Giấy phép');
  });
});

describe('who files, when asked', () => {
  it('answers "ai nộp" with the step that says who sends the file', async () => {
    const { procedureFacts } = await import('../../src/knowledge/procedure-facts');
    const record = syntheticRecord({ id: 'khai-thu-2', name: 'Khai thử nghiệm cho nhân viên', applicants: known('Công dân Việt Nam'), steps: known(['Bước 1: Người lao động cung cấp thông tin.', 'Bước 2: Đơn vị sử dụng lao động lập tờ khai gửi cơ quan thử nghiệm.']) });
    const facts = procedureFacts(record, 'eligibility', { question: 'Ai có trách nhiệm kê khai cho nhân viên?' });
    expect(facts.text).toContain('Đơn vị sử dụng lao động lập tờ khai gửi cơ quan thử nghiệm');
    expect(procedureFacts(record, 'eligibility', { question: 'Ai được hưởng?' }).text).not.toContain('lập tờ khai');
    expect(procedureFacts(record, 'eligibility', { question: 'Ai làm việc này cho nhân viên?' }).text).toContain('lập tờ khai');
  });
});

describe('who decides, beside the body', () => {
  it('says the step naming who signs beside a known body', async () => {
    const { procedureFacts } = await import('../../src/knowledge/procedure-facts');
    const record = syntheticRecord({ id: 'ky-thu', name: 'Công nhận thử nghiệm', implementingAgency: known('Sở Thử nghiệm'), steps: known(['Bước 1: Tổ chức nộp hồ sơ.', 'Bước 2: Chủ tịch Ủy ban nhân dân cấp tỉnh ký quyết định công nhận.']) });
    const text = procedureFacts(record, 'agency', { question: 'Cơ quan nào giải quyết?' }).text;
    expect(text).toContain('Cơ quan thực hiện: Sở Thử nghiệm.');
    expect(text).toContain('Chủ tịch Ủy ban nhân dân cấp tỉnh ký quyết định công nhận');
  });
});

