import { describe, expect, it } from 'vitest';
import { PROCEDURE_ASPECTS } from '../../src/knowledge/procedure-aspect';
import { procedureFacts, relatedFacts } from '../../src/knowledge/procedure-facts';
import { procedureRecordSchema, type ProcedureRecord } from '../../src/knowledge/procedure-schema';
import { sampleRecord } from './fixtures';
import { known, syntheticRecord } from '../chat/procedure-records';

const leaf = (name: string) => ({ name, formNumber: 'unknown' as const, copies: 'unknown' as const, originalOrCopy: 'unknown' as const });

function importedRecord(): ProcedureRecord {
  return sampleRecord({
    id: 'xac-nhan-mau',
    levels: { value: ['xã', 'tỉnh'], source: 'trang' },
    decision: { value: '526/QĐ-BNV', source: 'trang' },
    channels: {
      value: [
        { channel: 'trực tiếp', time: '5 ngày làm việc', fee: 'unknown', description: 'unknown', outcome: 'trường hợp cấp' },
        { channel: 'trực tuyến', time: '5 ngày làm việc', fee: 'unknown', description: 'unknown', outcome: 'trường hợp cấp' },
        { channel: 'trực tiếp', time: '3 ngày làm việc', fee: 'unknown', description: 'unknown', outcome: 'trường hợp không cấp' },
        { channel: 'trực tuyến', time: '3 ngày làm việc', fee: 'unknown', description: 'unknown', outcome: 'trường hợp không cấp' },
      ],
      source: 'trang',
    },
    conditions: { value: 'Có hợp đồng lao động.\nTrước ít nhất 3 ngày dự kiến làm việc ở tỉnh khác, người sử dụng lao động phải thông báo cho cơ quan nơi đến.', source: 'trang' },
    dossier: {
      value: {
        components: [],
        complete: true,
        sets: '01 bộ',
        cases: [
          { heading: '1.1. Đối với trưởng văn phòng đại diện', components: [{ ...leaf('Hộ chiếu còn thời hạn'), originalOrCopy: 'bản chính' }] },
          {
            heading: '1.2. Đối với tình nguyện viên',
            components: [{ ...leaf('Giấy tờ chứng minh là một trong các giấy tờ sau:'), alternatives: [leaf('Văn bản xác nhận của tổ chức quốc tế'), leaf('Thư mời')] }],
          },
        ],
      },
      source: 'trang',
    },
    flaggedFields: ['steps'],
    sources: [
      { id: 'nd219', title: 'Nghị định 219/2025/NĐ-CP', kind: 'law' },
      { id: 'trang', title: 'Trang thủ tục 1.014196', url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/mau', kind: 'portal' },
    ],
    officialUrls: ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/mau'],
    steps: { value: ['Bước 1: Người sử dụng lao động nộp hồ sơ tới Trung tâm Phục vụ hành chính công.'], source: 'trang' },
    receivingAgency: 'unknown',
  });
}

describe('procedureFacts', () => {
  it('validates the additive fields and renders every aspect of a hand record without them', () => {
    expect(procedureRecordSchema.safeParse(importedRecord()).success).toBe(true);
    const record = sampleRecord();
    for (const aspect of PROCEDURE_ASPECTS) {
      const fact = procedureFacts(record, aspect);
      expect(fact.aspect).toBe(aspect);
      if (!fact.known) expect(fact.text).toBe('');
      for (const id of fact.sourceIds) expect(record.sources.map((source) => source.id)).toContain(id);
    }
    expect(procedureFacts(record, 'processingTime')).toMatchObject({ known: true, text: 'Thời hạn giải quyết: 10 ngày làm việc.', sourceIds: ['nd219'], url: record.officialUrls[0] });
    expect(procedureFacts(record, 'fee')).toEqual({ aspect: 'fee', text: '', known: false, sourceIds: [], url: record.officialUrls[0] });
  });

  it('gives the time limit per outcome and the levels the page lists', () => {
    const record = importedRecord();
    const time = procedureFacts(record, 'processingTime');
    expect(time.text.split('\n')).toEqual(['Thời hạn giải quyết:', '- 5 ngày làm việc – trường hợp cấp', '- 3 ngày làm việc – trường hợp không cấp']);
    expect(time.sourceIds).toEqual(['trang']);
    expect(procedureFacts(record, 'agency').text).toContain('Cấp thực hiện: cấp xã, cấp tỉnh.');
    expect(procedureFacts(record, 'code').text).toBe('Mã thủ tục hành chính: 1.014199.\nThủ tục được công bố tại Quyết định số 526/QĐ-BNV.');
    expect(procedureFacts(record, 'online').text).toContain('Hình thức nộp hồ sơ: trực tiếp, trực tuyến.');
  });

  it('lists per-case dossiers labelled, and picks the case a question names', () => {
    const record = importedRecord();
    const all = procedureFacts(record, 'dossier').text.split('\n');
    expect(all).toEqual([
      'Thành phần hồ sơ:',
      'Trường hợp 1.1. Đối với trưởng văn phòng đại diện:',
      '- Hộ chiếu còn thời hạn (bản chính)',
      'Trường hợp 1.2. Đối với tình nguyện viên:',
      '- Giấy tờ chứng minh là một trong các giấy tờ sau:',
      '   + Văn bản xác nhận của tổ chức quốc tế',
      '   + Thư mời',
      'Số bộ hồ sơ: 01 bộ.',
    ]);
    const one = procedureFacts(record, 'dossier', { question: 'tình nguyện viên cần giấy tờ gì' }).text;
    expect(one).toContain('1.2.');
    expect(one).not.toContain('1.1.');
  });

  it('finds the filing window by its time expression, not the agency processing time', () => {
    const record = importedRecord();
    const window = procedureFacts(record, 'filingWindow');
    expect(window.text).toBe('Thời hạn phải thực hiện: Trước ít nhất 3 ngày dự kiến làm việc ở tỉnh khác, người sử dụng lao động phải thông báo cho cơ quan nơi đến.');
    expect(procedureFacts(sampleRecord({ conditions: { value: 'Trong thời hạn 10 ngày kể từ ngày nhận đủ hồ sơ, cơ quan cấp giấy phép.', source: 'nd219' } }), 'filingWindow').known).toBe(false);
  });

  it('says where to submit from the steps when no receiving office is recorded, and flags cut fields', () => {
    const fact = procedureFacts(importedRecord(), 'submitWhere');
    expect(fact).toMatchObject({ known: true, flagged: true });
    expect(fact.sourceIds[0]).toBe('trang');
    expect(fact.text).toContain('Trung tâm Phục vụ hành chính công');
  });
});

describe('a dossier split by case', () => {
  it('shows every case when the question names none (the procedure name chooses nothing)', () => {
    const record = syntheticRecord({
      id: 'the-thu-theo-truong-hop',
      name: 'Cấp thẻ thử nghiệm cho người nước ngoài',
      dossier: known({
        components: [],
        complete: true,
        sets: 'unknown',
        cases: [
          { heading: '1.1. Đối với người nước ngoài là chuyên gia:', components: [{ name: 'Phiếu lý lịch tư pháp', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' }] },
          { heading: '1.2. Đối với người nước ngoài đã có thẻ cho người sử dụng khác:', components: [{ name: 'Giấy xác nhận của người sử dụng', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' }] },
        ],
      }),
    });
    const all = procedureFacts(record, 'dossier', { question: 'xin thẻ thử nghiệm cho người nước ngoài cần giấy tờ gì' }).text;
    expect(all).toContain('Phiếu lý lịch tư pháp');
    expect(all).toContain('Giấy xác nhận của người sử dụng');
    const one = procedureFacts(record, 'dossier', { question: 'thẻ thử nghiệm cho chuyên gia cần giấy tờ gì' }).text;
    expect(one).toContain('Phiếu lý lịch tư pháp');
    expect(one).not.toContain('Giấy xác nhận của người sử dụng');
  });

  it('reads no case in the words that ask for papers ("giấy tờ gì")', () => {
    const record = syntheticRecord({
      id: 'the-thu-giay-to',
      name: 'Cấp thẻ thử nghiệm',
      dossier: known({
        components: [],
        complete: true,
        sets: 'unknown',
        cases: [
          { heading: 'Đối với người làm thuê:', components: [{ name: 'Hợp đồng làm thuê', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' }] },
          { heading: 'Trường hợp các giấy tờ nêu trên do nước ngoài cấp:', components: [{ name: 'Bản dịch có chứng thực', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' }] },
        ],
      }),
    });
    const text = procedureFacts(record, 'dossier', { question: 'Xin thẻ thử nghiệm cần giấy tờ gì của bé?' }).text;
    expect(text).toContain('Hợp đồng làm thuê');
    expect(text).toContain('Bản dịch có chứng thực');
  });
  it('shows every part of a file whose lists are each headed "Hồ sơ đề nghị …", whatever the question names', () => {
    const paper = (name: string) => ({ name, formNumber: 'unknown' as const, copies: 'unknown' as const, originalOrCopy: 'unknown' as const });
    const record = syntheticRecord({
      id: 'tam-dung-thu',
      name: 'Tạm dừng đóng thử nghiệm',
      dossier: known({
        components: [],
        complete: true,
        sets: 'unknown',
        cases: [
          { heading: '- Hồ sơ đề nghị tạm dừng đóng thử nghiệm:', components: [paper('Văn bản đề nghị tạm dừng đóng')] },
          { heading: '- Hồ sơ đề nghị xác định giá trị tài sản bị thiệt hại:', components: [paper('Biên bản kiểm kê tài sản bị thiệt hại')] },
        ],
      }),
    });
    const text = procedureFacts(record, 'dossier', { question: 'Xưởng bị thiệt hại tài sản, muốn tạm dừng đóng thử nghiệm cần giấy tờ gì?' }).text;
    expect(text).toContain('Văn bản đề nghị tạm dừng đóng');
    expect(text).toContain('Biên bản kiểm kê tài sản bị thiệt hại');
  });
});

describe('the day a time limit counts from', () => {
  const withChannels = (rows: Array<{ time: string; description: string; outcome?: string }>) =>
    procedureFacts(
      sampleRecord({
        id: 'dem-tu-ngay',
        channels: { value: rows.map((row) => ({ channel: 'trực tiếp' as const, fee: 'unknown' as const, ...row })), source: 'trang' },
      }),
      'processingTime',
    ).text;

  it('quotes the channel description restating the time (zero-padded) up to its first full stop', () => {
    const text = withChannels([{ time: '3 ngày làm việc', description: 'Nộp trực tiếp tại bộ phận một cửa. Trong thời hạn 03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ. Trực tuyến qua Cổng Dịch vụ công quốc gia.' }]);
    expect(text).toBe('Thời hạn giải quyết: 3 ngày làm việc, cụ thể: “Trong thời hạn 03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ”.');
  });

  it('says the body carrying it out beside a step that files with "the competent body"', () => {
    const record = sampleRecord({ id: 'gui-thu', receivingAgency: 'unknown', implementingAgency: { value: 'Ủy ban nhân dân cấp tỉnh', source: 'trang' }, steps: { value: ['Bước 1. Người đề nghị lập hồ sơ và gửi đến cơ quan có thẩm quyền.'], source: 'trang' } });
    const text = procedureFacts(record, 'submitWhere').text;
    expect(text).toContain('gửi đến cơ quan có thẩm quyền');
    expect(text).toContain('Cơ quan thực hiện: Ủy ban nhân dân cấp tỉnh.');
  });

  it('names the portal a row says to file on, joining the page\'s hard wrap', () => {
    const record = sampleRecord({ id: 'cong-thu', channels: { value: [{ channel: 'trực tuyến', time: '1 ngày', fee: 'unknown', description: 'trực tuyến qua Cổng việc làm thử nghiệm\n(https://vieclam.example.vn) hoặc ứng dụng VNeID. Xong ngay.' }], source: 'trang' } });
    expect(procedureFacts(record, 'online').text).toContain('Theo cách thức thực hiện: trực tuyến qua Cổng việc làm thử nghiệm (https://vieclam.example.vn) hoặc ứng dụng VNeID.');
  });

  it('quotes a one-day limit the page says is met at once, across its hard wrap', () => {
    expect(withChannels([{ time: '1 ngày', description: 'trực tuyến qua Cổng thử nghiệm. ngay sau khi người lao động hoàn thành Tờ khai\nđiện tử.' }])).toBe('Thời hạn giải quyết: 1 ngày, cụ thể: “ngay sau khi người lao động hoàn thành Tờ khai điện tử”.');
    expect(withChannels([{ time: '3 ngày', description: 'Trả kết quả ngay sau khi nhận đủ hồ sơ.' }])).toBe('Thời hạn giải quyết: 3 ngày.');
  });

  it('says where a channel files when its note says so, and no empty line on online service', () => {
    const record = sampleRecord({ id: 'kenh-thu', channels: undefined, onlineLevel: 'unknown', submission: { inPerson: { value: true, source: 'trang', note: 'Trực tiếp tại cơ quan hành chính nhà nước.' }, post: 'unknown', online: 'unknown' } });
    expect(procedureFacts(record, 'online').text).toBe('Có thể nộp trực tiếp tại cơ quan hành chính nhà nước; qua bưu chính, trực tuyến: chưa có thông tin.');
  });

  it('offers the time the filer must keep to when no processing time is on record', () => {
    const record = sampleRecord({ id: 'bao-cao-thu', processingTime: 'unknown', steps: 'unknown', conditions: undefined, description: undefined, channels: { value: [{ channel: 'trực tiếp', time: 'unknown', fee: 'unknown', description: 'Trước thời hạn 10 ngày làm việc kể từ ngày dự kiến làm việc thì cơ quan có trách nhiệm gửi báo cáo.' }], source: 'trang' } });
    expect(procedureFacts(record, 'processingTime').known).toBe(false);
    expect(relatedFacts(record, 'processingTime').map((fact) => fact.text).join('\n')).toContain('Trước thời hạn 10 ngày làm việc');
  });

  it('gives a value that ends its own sentence no second stop', () => {
    const record = sampleRecord({ id: 'cham-thu', receivingAgency: { value: 'Cục Thử nghiệm (Bộ Thử nghiệm).', source: 'trang' } });
    expect(procedureFacts(record, 'submitWhere').text).toBe('Nơi tiếp nhận hồ sơ: Cục Thử nghiệm (Bộ Thử nghiệm).');
  });

  it('counts a slip (phiếu) among the forms', () => {
    const record = sampleRecord({ id: 'phieu-thu', dossier: { value: { components: [leaf('Phiếu yêu cầu đọc tài liệu thử nghiệm'), leaf('Giấy giới thiệu')], complete: true, sets: 'unknown' }, source: 'trang' } });
    const text = procedureFacts(record, 'form').text;
    expect(text).toContain('Phiếu yêu cầu đọc tài liệu thử nghiệm');
    expect(text).not.toContain('Giấy giới thiệu');
  });

  it('says a central procedure is the ministries\' to decide, and claims nothing of where it is filed', () => {
    const record = sampleRecord({ id: 'trung-uong-thu', carriedOutBy: 'trung ương', implementingAgency: { value: 'Bộ Thử nghiệm', source: 'trang' } });
    const text = procedureFacts(record, 'agency').text;
    expect(text).toContain('Thủ tục này do cơ quan trung ương (bộ, ngành) giải quyết.');
    expect(text).not.toMatch(/không do|tiếp nhận/u);
  });

  it('says the law sets no time limit when the time cell is empty and the description says so', () => {
    expect(withChannels([{ time: 'unknown', description: 'Không quy định thời gian thực hiện.' }])).toBe('Thời hạn giải quyết: Không quy định thời gian thực hiện.');
    expect(procedureFacts(sampleRecord({ id: 'khong-ro', processingTime: 'unknown', channels: { value: [{ channel: 'trực tiếp', time: 'unknown', fee: 'unknown', description: 'Nộp tại bộ phận một cửa.' }], source: 'trang' } }), 'processingTime').known).toBe(false);
  });

  it('leaves the time alone when the description states another limit, no starting day, or working days for days', () => {
    expect(withChannels([{ time: '7 ngày làm việc', description: 'Trong thời hạn 20 ngày, kể từ ngày nhận đủ hồ sơ.' }])).toBe('Thời hạn giải quyết: 7 ngày làm việc.');
    expect(withChannels([{ time: '5 ngày làm việc', description: 'Trong thời hạn 05 ngày làm việc.' }])).toBe('Thời hạn giải quyết: 5 ngày làm việc.');
    expect(withChannels([{ time: '15 ngày', description: 'Trong 15 ngày làm việc kể từ ngày nhận hồ sơ.' }])).toBe('Thời hạn giải quyết: 15 ngày.');
    expect(withChannels([{ time: '15 ngày', description: 'Trong 115 ngày kể từ ngày nhận hồ sơ.' }])).toBe('Thời hạn giải quyết: 15 ngày.');
  });

  it('gives each outcome its own clause, without repeating the outcome the line names', () => {
    const text = withChannels([
      { time: '10 ngày làm việc', outcome: 'trường hợp cấp', description: '- 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ trong trường hợp cấp. - 03 ngày làm việc, kể từ ngày nhận đủ hồ sơ trong trường hợp không cấp.' },
      { time: '3 ngày làm việc', outcome: 'trường hợp không cấp', description: '- 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ trong trường hợp cấp. - 03 ngày làm việc, kể từ ngày nhận đủ hồ sơ trong trường hợp không cấp.' },
    ]);
    expect(text.split('\n')).toEqual([
      'Thời hạn giải quyết:',
      '- 10 ngày làm việc – trường hợp cấp, cụ thể: “10 ngày làm việc, kể từ ngày nhận đủ hồ sơ”',
      '- 3 ngày làm việc – trường hợp không cấp, cụ thể: “03 ngày làm việc, kể từ ngày nhận đủ hồ sơ”',
    ]);
  });
});
