import { describe, expect, it } from 'vitest';
import { PassageNumbering } from '../../src/chat/passage-numbering';
import { procedureReply } from '../../src/chat/procedure-reply';
import { known, syntheticRecord } from './procedure-records';

const ONLY_AGENCY = syntheticRecord({
  id: 'cap-phep-thu',
  name: 'Cấp phép thử nghiệm',
  implementingAgency: known('Sở Nội vụ'),
  submission: { inPerson: known(true), post: 'unknown', online: known(false) },
});

describe('procedure reply: an aspect the record leaves unknown', () => {
  it('says where to file is unknown, then the body that decides and the ways of filing, each cited', () => {
    const numbering = new PassageNumbering();
    const reply = procedureReply(ONLY_AGENCY, ['submitWhere'], 'nộp hồ sơ ở đâu', numbering);
    expect(reply.answer).toContain('Nơi tiếp nhận hồ sơ: chưa có thông tin');
    expect(reply.answer).toMatch(/Cơ quan thực hiện: Sở Nội vụ \[\d\]/u);
    expect(reply.known).toBe(0);
    const cited = numbering.passages.map((passage) => passage.text);
    expect(cited.some((text) => text.includes('Cơ quan thực hiện: Sở Nội vụ'))).toBe(true);
    expect(cited.some((text) => /trực tiếp/u.test(text))).toBe(true);
  });

  it('adds nothing when no related field is known', () => {
    const bare = syntheticRecord({ id: 'trong-thu', name: 'Thủ tục trống thử nghiệm' });
    const reply = procedureReply(bare, ['submitWhere'], 'nộp hồ sơ ở đâu', new PassageNumbering());
    expect(reply.answer).toContain('chưa có thông tin');
    expect(reply.answer).not.toContain('Thông tin liên quan');
  });

  it('never repeats a related fact the answer already shows', () => {
    const reply = procedureReply(ONLY_AGENCY, ['submitWhere', 'agency'], 'nộp ở đâu, cơ quan nào giải quyết', new PassageNumbering());
    expect(reply.answer.match(/Cơ quan thực hiện: Sở Nội vụ/gu)).toHaveLength(1);
  });

  it('does not answer a time limit from related fields: processing time stays unknown', () => {
    const reply = procedureReply(ONLY_AGENCY, ['processingTime'], 'mất bao lâu', new PassageNumbering());
    expect(reply.answer).toContain('Thời hạn giải quyết: chưa có thông tin');
    expect(reply.answer).not.toContain('Thông tin liên quan');
  });
});

describe('procedure reply: text wrapped the way a page wraps it', () => {
  it('joins a hard wrap inside a sentence and keeps list items apart, citing whole lines', () => {
    const wrapped = syntheticRecord({ id: 'boc-thu', name: 'Bọc thẻ thử nghiệm', conditions: known('- Người xin thẻ phải đăng\nký trước với đơn vị.\n- Thẻ cũ nộp lại.') });
    const reply = procedureReply(wrapped, ['eligibility'], 'cần điều kiện gì', new PassageNumbering());
    expect(reply.answer).toContain('phải đăng ký trước với đơn vị');
    expect(reply.answer).toMatch(/\n- Thẻ cũ nộp lại \[\d\]/u);
    expect(reply.answer).not.toMatch(/đăng \[\d\]/u);
  });
});

describe('procedure reply: something the question names beside the aspect', () => {
  const reading = syntheticRecord({
    id: 'doc-thu',
    name: 'Đọc tài liệu thử nghiệm',
    dossier: known({ components: [{ name: 'Phiếu đăng ký đọc', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' }], complete: true, sets: 'unknown' }),
    conditions: known('Người đọc phải xuất trình thẻ căn cước hoặc hộ chiếu khi đến phòng đọc.\nPhòng đọc mở cửa giờ hành chính.'),
  });

  it("adds the record's sentence about it, cited to itself", () => {
    const numbering = new PassageNumbering();
    const reply = procedureReply(reading, ['dossier'], 'đi đọc tài liệu mang thẻ căn cước là đủ hay cần giấy gì', numbering);
    expect(reply.answer).toContain('Phiếu đăng ký đọc');
    expect(reply.answer).toMatch(/xuất trình thẻ căn cước hoặc hộ chiếu khi đến phòng đọc \[\d\]/u);
    expect(reply.answer).not.toContain('giờ hành chính');
  });

  it('adds nothing when the question names nothing beyond the procedure and the aspect', () => {
    const reply = procedureReply(reading, ['dossier'], 'đọc tài liệu thử nghiệm cần giấy tờ gì', new PassageNumbering());
    expect(reply.answer).not.toContain('xuất trình');
  });
});

describe('procedure reply: a question of two clauses, each speaking of its own thing', () => {
  const hall = syntheticRecord({
    id: 'muon-hoi-truong-thu',
    name: 'Mượn hội trường thử nghiệm',
    implementingAgency: known('Sở Nội vụ'),
    conditions: known('Tổ chức mượn hội trường phải có văn bản đăng ký trước ít nhất 07 ngày làm việc.\nNgười phụ trách buổi họp chịu trách nhiệm về an toàn cháy nổ trong hội trường.'),
    steps: known(['Bước 1: Tổ chức gửi văn bản đăng ký.', 'Bước 2: Sau buổi họp, tổ chức bàn giao lại chìa khóa cho bảo vệ tòa nhà trong ngày.']),
  });

  it("adds each clause's own sentence", () => {
    const reply = procedureReply(hall, ['agency'], 'Mượn hội trường thử nghiệm có phải có văn bản đăng ký trước không, họp xong thì bàn giao lại chìa khóa cho ai?', new PassageNumbering());
    expect(reply.answer).toContain('trước ít nhất 07 ngày làm việc');
    expect(reply.answer).toContain('bàn giao lại chìa khóa cho bảo vệ tòa nhà');
    expect(reply.answer).not.toContain('an toàn cháy nổ');
  });

  it('says a sentence two clauses both speak of once', () => {
    const reply = procedureReply(hall, ['agency'], 'Họp trong hội trường thử nghiệm xong bàn giao lại chìa khóa cho ai, chìa khóa bàn giao lại trong ngày hay hôm sau?', new PassageNumbering());
    expect(reply.answer.match(/bàn giao lại chìa khóa cho bảo vệ tòa nhà/gu)).toHaveLength(1);
  });

  it('adds it after the sentence stating the kind of fact another clause asks', () => {
    const reply = procedureReply(hall, ['agency'], 'Mượn hội trường thử nghiệm thì phải đăng ký văn bản trước mấy ngày, họp xong bàn giao lại chìa khóa cho ai?', new PassageNumbering());
    expect(reply.answer).toContain('trước ít nhất 07 ngày làm việc');
    expect(reply.answer).toContain('bàn giao lại chìa khóa cho bảo vệ tòa nhà');
  });
});

describe('procedure reply: the legal basis the record leaves unknown', () => {
  it('gives the caveat on which decree now governs the procedure', () => {
    const record = syntheticRecord({
      id: 'dat-diem-thu',
      name: 'Cho phép đặt điểm giao dịch thử nghiệm',
      implementingAgency: known('Sở Nội vụ'),
      caveats: [{ text: 'Quy định cũ (NĐ 11/2001/NĐ-CP) đã được thay bằng NĐ 99/2099/NĐ-CP từ ngày 01/01/2099.', source: 'nguon-thu' }],
    });
    const reply = procedureReply(record, ['legalBasis'], 'đặt điểm giao dịch thử nghiệm theo nghị định nào', new PassageNumbering());
    expect(reply.answer).toContain('NĐ 99/2099/NĐ-CP');
    expect(reply.statesNothing).toBeUndefined();
  });
});

describe('procedure reply: a line two aspects share', () => {
  it('says the implementing agency once when where to file and who carries it out both state it', () => {
    const record = syntheticRecord({
      id: 'bao-hiem-thu',
      name: 'Giải quyết chế độ thử nghiệm',
      implementingAgency: known('Bảo hiểm xã hội thử nghiệm'),
      carriedOutBy: 'bảo hiểm xã hội',
      steps: known(['Bước 1: Người lao động nộp hồ sơ cho cơ quan có thẩm quyền.']),
    });
    const reply = procedureReply(record, ['submitWhere'], 'nộp hồ sơ ở đâu', new PassageNumbering());
    expect(reply.answer.match(/Cơ quan thực hiện: Bảo hiểm xã hội thử nghiệm/gu)).toHaveLength(1);
    expect(reply.answer).toContain('nộp hồ sơ cho cơ quan có thẩm quyền');
  });
});

describe('procedure reply: the time of one body\'s stage', () => {
  const staged = syntheticRecord({
    id: 'tro-cap-giai-doan-thu',
    name: 'Giải quyết trợ cấp thử nghiệm một lần',
    processingTime: known('15 ngày làm việc'),
    steps: known([
      'Bước 1: Người đề nghị gửi bản khai đến Ủy ban nhân dân cấp xã nơi cư trú.',
      'Bước 2: Ủy ban nhân dân cấp xã trong thời gian 05 ngày kể từ ngày nhận đủ giấy tờ có trách nhiệm xác nhận bản khai.',
      'Bước 3: Sở Thử nghiệm trong thời gian 10 ngày có trách nhiệm ra quyết định trợ cấp.',
    ]),
  });

  it('follows the whole time with the step giving the body at the level asked its days', () => {
    const reply = procedureReply(staged, ['processingTime'], 'Nộp ở xã thì xã xét trong mấy ngày?', new PassageNumbering());
    expect(reply.answer).toContain('15 ngày làm việc');
    expect(reply.answer).toContain('Ủy ban nhân dân cấp xã trong thời gian 05 ngày');
    expect(reply.answer).not.toContain('Sở Thử nghiệm trong thời gian 10 ngày');
  });

  it('reads the days of the body the question says acts from the channel rows when the steps give none', () => {
    const rows = syntheticRecord({
      id: 'ho-tro-giai-doan-thu',
      name: 'Hỗ trợ chi phí thử nghiệm',
      processingTime: known('10 ngày làm việc'),
      steps: known(['Bước 1: Người lao động nộp hồ sơ đến Sở Thử nghiệm.', 'Bước 2: Sở Thử nghiệm thẩm định hồ sơ và quyết định việc hỗ trợ.']),
      channels: known([
        { channel: 'trực tiếp' as const, time: '10 ngày làm việc', fee: 'unknown' as const, description: '- Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Sở Thử nghiệm quyết định việc hỗ trợ. - Trong thời hạn 05 ngày làm việc, kể từ ngày nhận quyết định, cơ quan bảo hiểm chi trả.' },
      ]),
    });
    const reply = procedureReply(rows, ['processingTime'], 'Nộp xong bao lâu Sở có quyết định?', new PassageNumbering());
    expect(reply.answer).toContain('10 ngày làm việc');
    expect(reply.answer).toMatch(/Theo cách thức thực hiện: Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Sở Thử nghiệm quyết định việc hỗ trợ \[\d\]\./u);
    expect(reply.answer).not.toContain('cơ quan bảo hiểm chi trả');
  });

  it('adds no step when the question names no level', () => {
    const reply = procedureReply(staged, ['processingTime'], 'Làm trợ cấp này mất bao lâu?', new PassageNumbering());
    expect(reply.answer).not.toContain('Bước 2');
  });
});

describe('procedure reply: a question read with no aspect', () => {
  const permit = syntheticRecord({
    id: 'phep-lam-viec-thu',
    name: 'Cấp giấy phép làm việc thử nghiệm',
    implementingAgency: known('Cục Thử nghiệm'),
    conditions: known('Hằng năm, cấp tối đa 200 giấy phép làm việc thử nghiệm cho công dân nước A.\nNgười xin phải có thư giới thiệu của cơ quan nước A.'),
  });

  it('follows the overview with the sentence the question speaks of', () => {
    const reply = procedureReply(permit, [], 'Giấy phép làm việc thử nghiệm có cần thư giới thiệu của cơ quan nước A?', new PassageNumbering());
    expect(reply.answer).toContain('Cơ quan thực hiện: Cục Thử nghiệm');
    expect(reply.answer).toContain('thư giới thiệu của cơ quan nước A');
  });

  it('adds no sentence when the question asks a quantity that sentence need not state', () => {
    const reply = procedureReply(permit, [], 'Xin giấy phép làm việc thử nghiệm có thư giới thiệu của cơ quan nước A thì phạt bao nhiêu?', new PassageNumbering());
    expect(reply.answer).not.toContain('thư giới thiệu của cơ quan nước A [');
  });
});

describe('procedure reply: the overview of a procedure asked about as a whole', () => {
  const base = { implementingAgency: known('Sở Nội vụ'), processingTime: known('10 ngày làm việc'), code: known('1.999004') };

  it('opens with the name and code, and says what the citizen receives when that is short', () => {
    const record = syntheticRecord({ id: 'cap-the-thu', name: 'Cấp thẻ thử nghiệm', ...base, result: known('Thẻ thử nghiệm') });
    const numbering = new PassageNumbering();
    const reply = procedureReply(record, [], 'thủ tục cấp thẻ thử nghiệm', numbering);
    expect(reply.answer).toMatch(/^Thủ tục “Cấp thẻ thử nghiệm” \(mã 1\.999004\) — Cơ quan thực hiện: Sở Nội vụ \[1\]/u);
    expect(reply.answer).toMatch(/Kết quả giải quyết: Thẻ thử nghiệm \[\d\]/u);
    // The code shown is in the passage cited for the line that carries it.
    expect(numbering.passages[0]!.text).toContain('1.999004');
  });

  it('leaves a long result, a list of papers, to the question that asks it', () => {
    const papers = Array.from({ length: 12 }, (_, index) => `giấy số ${index + 1}`).join(', ');
    const record = syntheticRecord({ id: 'cap-giay-thu', name: 'Cấp giấy thử nghiệm', ...base, result: known(`Quyết định kèm theo ${papers}`) });
    const reply = procedureReply(record, [], 'thủ tục cấp giấy thử nghiệm', new PassageNumbering());
    expect(reply.answer).not.toContain('Kết quả giải quyết');
    expect(procedureReply(record, ['result'], 'được nhận gì', new PassageNumbering()).answer).toContain('giấy số 12');
  });
});
