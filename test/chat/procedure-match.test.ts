import { describe, expect, it } from 'vitest';
import { askedLevel, deniedStretches, matchProcedure, negatedStretches, questionNegates, recordLevel } from '../../src/chat/procedure-match';
import { matchingForm } from '../../src/chat/vocabulary';
import type { ProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import type { ProcedureRecord } from '../../src/knowledge/procedure-schema';
import { fixtureCatalog, known, syntheticRecord } from './procedure-records';
import { createProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import { loadRealKnowledge } from '../knowledge/real-knowledge';

// Only what matching reads: id, name, aliases, status.
function record(id: string, name: string, aliases: string[], status: ProcedureRecord['status'] = 'current'): ProcedureRecord {
  return { id, name, aliases, status } as unknown as ProcedureRecord;
}

const RECORDS = [
  record('cap-gpld', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', ['giấy phép lao động', 'gplđ', 'cấp gplđ']),
  record('gia-han-gpld', 'Gia hạn giấy phép lao động', ['gia hạn gplđ']),
  record('mien-gpld', 'Cấp giấy xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', ['không thuộc diện cấp giấy phép lao động']),
  record('cchn-2011', 'Cấp, cấp lại chứng chỉ hành nghề lưu trữ (theo Luật Lưu trữ 2011)', ['chứng chỉ hành nghề lưu trữ'], 'outdated'),
  record('cchn', 'Cấp, cấp lại Chứng chỉ hành nghề lưu trữ', ['chứng chỉ hành nghề lưu trữ'], 'uncertain'),
  record('quy-tinh', 'Hợp nhất, sáp nhập, chia, tách quỹ (cấp tỉnh)', ['hợp nhất quỹ'], 'uncertain'),
  record('quy-xa', 'Hợp nhất, sáp nhập, chia, tách quỹ (cấp xã)', ['sáp nhập quỹ cấp xã']),
  record('vien-chuc', 'Tuyển dụng viên chức (thi tuyển, xét tuyển)', ['thi viên chức'], 'uncertain'),
  record('tctn', 'Hưởng trợ cấp thất nghiệp', ['trợ cấp thất nghiệp']),
  record('lao-dong-tien-tien', 'Tặng danh hiệu Lao động tiên tiến (cấp xã)', ['lao động tiên tiến']),
  record('mai-tang', 'Giải quyết chế độ mai táng phí đối với dân công hoả tuyến', ['mai táng phí dân công hỏa tuyến']),
];
const catalog: ProcedureCatalog = {
  records: RECORDS,
  lookup: (query) => (query.includes('1.014199') ? RECORDS[0] : undefined),
  card: () => ({ id: '', name: '', fields: [] }),
};
const idOf = (question: string) => matchProcedure(question, catalog)?.record.id;

describe('matchProcedure', () => {
  it.each([
    ['Xin giấy phép lao động cho người nước ngoài mất bao lâu?', 'cap-gpld'],
    ['gia han gplđ can giay to gi', 'gia-han-gpld'],
    // "cấp GPLĐ" is also a name, but the longer phrase once "GPLĐ" is spelled out wins.
    ['Xác nhận không thuộc diện cấp GPLĐ thì cần hồ sơ gì?', 'mien-gpld'],
    // The words of the name stand apart.
    ['giay phep lao dong het han thi gia han nhu the nao', 'gia-han-gpld'],
    ['mã 1.014199 mất bao lâu', 'cap-gpld'],
    // A one-letter slip in a long syllable.
    ['tro cap that ngiep nop o dau', 'tctn'],
  ])('%s → %s', (question, id) => {
    expect(idOf(question)).toBe(id);
  });

  it('takes the same procedure at the level the question names', () => {
    expect(idOf('hợp nhất quỹ cấp xã mất bao lâu')).toBe('quy-xa');
    expect(idOf('hop nhat quy cap tinh mat bao lau')).toBe('quy-tinh');
  });

  it('matches a name without its bracketed qualifier', () => {
    expect(idOf('tuyển dụng viên chức nộp hồ sơ ở đâu')).toBe('vien-chuc');
  });

  it('prefers the record that is not outdated when two share a name', () => {
    expect(idOf('chung chi hanh nghe luu tru le phi bao nhieu')).toBe('cchn');
  });

  it('returns the words that named the procedure, so "phí" in "mai táng phí" is not read as a fee question', () => {
    expect(matchProcedure('Mai táng phí dân công hoả tuyến nộp ở đâu?', catalog)?.phrase).toBe('mai tang phi dan cong hoa tuyen');
  });

  it('names nothing when no name or alias occurs', () => {
    expect(idOf('Kế hoạch chuyển đổi số của Khánh Hòa đến năm nào?')).toBeUndefined();
    // The words of "lao động tiên tiến" scattered, "dùng" one letter from "dong": not a name.
    expect(idOf('Lào Cai chi trả trợ cấp xã hội không dùng tiền mặt, tiền lương tối thiểu bao nhiêu?')).toBeUndefined();
  });

  it('spells out the short forms citizens type', () => {
    expect(matchingForm('Hồ sơ BHTN, TTHC')).toBe(' ho so bao hiem that nghiep thu tuc hanh chinh ');
  });
});

describe('matchProcedure, most of a long name', () => {
  const LONG = [
    record('dua-di', 'Cấp giấy phép hoạt động dịch vụ đưa người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', []),
    record('tu-van', 'Hỗ trợ tư vấn, giới thiệu việc làm', []),
    record('dv-viec-lam', 'Cấp giấy phép hoạt động dịch vụ việc làm', ['dịch vụ việc làm']),
    record('hoi-dk', 'Đăng ký hoạt động hội nghề nghiệp', []),
    ...['Giải thể quỹ', 'Đổi tên quỹ', 'Công nhận điều lệ quỹ'].map((name, index) => record(`quy-${index}`, name, [])),
  ];
  const longCatalog: ProcedureCatalog = { records: LONG, lookup: () => undefined, card: () => ({ id: '', name: '', fields: [] }) };
  const longId = (question: string) => matchProcedure(question, longCatalog)?.record.id;

  it('names a long official name typed in part, with a long stretch as written', () => {
    expect(longId('Xin giấy phép dịch vụ đưa người lao động Việt Nam đi làm việc ở nước ngoài cần vốn bao nhiêu?')).toBe('dua-di');
    expect(longId('Đến trung tâm dịch vụ việc làm nhờ tư vấn, giới thiệu việc làm có mất tiền không?')).toBe('tu-van');
  });

  it('does not name it when the question puts another family’s word where the name goes on (quỹ for hội)', () => {
    expect(longId('Đăng ký hoạt động quỹ nghề nghiệp cần gì?')).toBeUndefined();
  });

  it('takes only the stretch typed as written out before reading the aspect', () => {
    const match = matchProcedure('Xin giấy phép dịch vụ đưa người lao động Việt Nam đi làm việc ở nước ngoài cần giấy tờ gì?', longCatalog);
    expect(match?.phrase).not.toContain('giay');
  });
});

describe('official words for everyday ones never displace a name said as written', () => {
  it('keeps the name typed whole over a longer name completed by an everyday word', () => {
    const catalog = fixtureCatalog([
      syntheticRecord({ id: 'huong-tro-cap-thu', name: 'Hưởng trợ cấp nghề thử nghiệm' }),
      syntheticRecord({ id: 'cham-dut-huong-tro-cap-thu', name: 'Chấm dứt hưởng trợ cấp nghề thử nghiệm' }),
    ]);
    expect(matchProcedure('Bị cho nghỉ việc thì hưởng trợ cấp nghề thử nghiệm nộp hồ sơ trong bao lâu?', catalog)?.record.id).toBe('huong-tro-cap-thu');
  });
});

describe('everyday wording put in place names the procedure', () => {
  const catalog = fixtureCatalog([
    syntheticRecord({ id: 'huong-phu-cap-thu', name: 'Hưởng phụ cấp thử nghiệm', aliases: ['phụ cấp thử nghiệm'] }),
    syntheticRecord({ id: 'chuyen-noi-huong-phu-cap-thu', name: 'Chuyển nơi hưởng phụ cấp thử nghiệm' }),
  ]);

  it('"nhận phụ cấp" reads as "hưởng phụ cấp", so the longer name wins over the alias', () => {
    expect(matchProcedure('Muốn chuyển nơi nhận phụ cấp thử nghiệm thì làm gì?', catalog)?.record.id).toBe('chuyen-noi-huong-phu-cap-thu');
  });
});

describe('another action before most of a long name', () => {
  it('does not name "cấp …" when the question asks to change ("đổi") the same paper', () => {
    const catalog = fixtureCatalog([
      syntheticRecord({ id: 'cap-the-thu', name: 'Cấp thẻ kiểm soát viên nghề thử nghiệm tại cảng' }),
      syntheticRecord({ id: 'doi-a', name: 'Đổi tên hội thử nghiệm' }),
      syntheticRecord({ id: 'doi-b', name: 'Đổi giấy chứng nhận thử nghiệm' }),
      syntheticRecord({ id: 'doi-c', name: 'Đổi bằng thử nghiệm' }),
    ]);
    expect(matchProcedure('Đổi thẻ kiểm soát viên nghề thử nghiệm mất bao lâu?', catalog)?.record.id).not.toBe('cap-the-thu');
    expect(matchProcedure('Xin thẻ kiểm soát viên nghề thử nghiệm mất bao lâu?', catalog)?.record.id).toBe('cap-the-thu');
  });
});

describe('a word a name repeats', () => {
  it('needs as many in the question', () => {
    const catalog = fixtureCatalog([syntheticRecord({ id: 'tang-thu', name: 'Tặng danh hiệu lao động tiên tiến thử nghiệm' })]);
    expect(matchProcedure('Người lao động được hỗ trợ tiền thử nghiệm mấy lần?', catalog)).toBeUndefined();
  });
});

describe('a name that negates part of itself', () => {
  it('splits the negated stretch off, up to a conjunction or punctuation', () => {
    const stretches = negatedStretches('Chế độ đối với người thử nghiệm không đủ điều kiện hưởng trợ cấp và chưa đủ tuổi nghỉ');
    expect(stretches.map((stretch) => [stretch.words.join(' '), stretch.negation])).toEqual([
      ['che do doi voi nguoi thu nghiem', undefined],
      ['khong du dieu kien huong tro cap', 'khong du'],
      ['va', undefined],
      ['chua du tuoi nghi', 'chua du'],
    ]);
  });

  it('reads a negation in the question, not the particle closing a yes/no question', () => {
    expect(questionNegates('Người thuộc diện không phải xin giấy phép thử nghiệm thì nộp gì?')).toBe(true);
    expect(questionNegates('Xin giấy phép thử nghiệm có mất phí không?')).toBe(false);
    expect(questionNegates('xin giay phep thu nghiem co duoc khong a')).toBe(false);
  });

  it('is not named by most of its words when the question negates nothing', () => {
    const report = syntheticRecord({ id: 'bao-cao-khong-thuoc-dien', name: 'Báo cáo chuyên gia đo đạc thử nghiệm không thuộc diện cấp giấy phép hành nghề đo đạc' });
    const catalog = fixtureCatalog([report]);
    expect(matchProcedure('Mời chuyên gia đo đạc thử nghiệm thì phải nộp hồ sơ cấp giấy phép hành nghề đo đạc ở đâu?', catalog)).toBeUndefined();
    expect(matchProcedure('Chuyên gia đo đạc thử nghiệm thuộc diện không phải cấp giấy phép hành nghề đo đạc thì báo cáo ở đâu?', catalog)?.record.id).toBe('bao-cao-khong-thuoc-dien');
  });
});

describe('the level a question asks', () => {
  it('reads "cả nước" and "toàn quốc" as the central level', async () => {
    const { asksLevel } = await import('../../src/chat/procedure-match');
    expect(asksLevel('Lập hội hoạt động trong phạm vi cả nước cần gì?')).toBe(true);
    expect(asksLevel('Lập hội hoạt động toàn quốc cần gì?')).toBe(true);
    expect(asksLevel('Lập hội cần gì?')).toBe(false);
  });

  it('reads "do Bộ … quản lý" or "của Bộ" as central, never "của bố" (the father\'s)', async () => {
    const { askedLevel } = await import('../../src/chat/procedure-match');
    expect(askedLevel('Đưa ông vào trung tâm do Bộ Thử nghiệm quản lý thì làm sao?')).toBe('cap trung uong');
    expect(askedLevel('Gửi ông vào trung tâm điều dưỡng của Bộ thì ai lo?')).toBe('cap trung uong');
    expect(askedLevel('Lương hưu của bố tôi nhận ở đâu?')).toBeUndefined();
  });

  it('takes the sibling whose name ends in who runs the place at the level asked ("do tỉnh quản lý", "do Bộ … quản lý")', async () => {
    const { levelSibling } = await import('../../src/chat/procedure-match');
    const province = syntheticRecord({ id: 'tiep-nhan-thu-tinh', name: 'Tiếp nhận người thử nghiệm vào cơ sở điều dưỡng do tỉnh quản lý' });
    const central = syntheticRecord({ id: 'tiep-nhan-thu-bo', name: 'Tiếp nhận người thử nghiệm vào cơ sở điều dưỡng do Bộ Thử nghiệm quản lý' });
    const catalog = fixtureCatalog([province, central]);
    expect(levelSibling(province, 'Gửi ông vào cơ sở điều dưỡng của Bộ thì ai lo?', catalog).id).toBe('tiep-nhan-thu-bo');
    expect(levelSibling(central, 'Cơ sở điều dưỡng của tỉnh nhận hồ sơ ở đâu?', catalog).id).toBe('tiep-nhan-thu-tinh');
    expect(levelSibling(province, 'Cơ sở điều dưỡng nhận hồ sơ ở đâu?', catalog).id).toBe('tiep-nhan-thu-tinh');
  });

  it("takes the level's procedure that holds this name whole, not a larger one this is part of", async () => {
    const { levelSibling } = await import('../../src/chat/procedure-match');
    const commune = syntheticRecord({ id: 'gop-quy-thu-xa', name: 'Gộp, tách quỹ thử nghiệm', level: known('xã' as const) });
    const province = syntheticRecord({ id: 'gop-quy-thu-tinh', name: 'Gộp, tách, mở rộng phạm vi quỹ thử nghiệm (cấp tỉnh)', level: known('tỉnh' as const) });
    const larger = syntheticRecord({ id: 'dai-hoi-quy-thu-tinh', name: 'Báo cáo đại hội nhiệm kỳ, đổi tên, gộp, tách quỹ thử nghiệm và phê duyệt điều lệ (cấp tỉnh)', level: known('tỉnh' as const) });
    expect(levelSibling(commune, 'Hai quỹ thử nghiệm hoạt động trong phạm vi tỉnh muốn gộp lại thì ai giải quyết?', fixtureCatalog([commune, province, larger])).id).toBe('gop-quy-thu-tinh');
    expect(levelSibling(commune, 'Hai quỹ thử nghiệm trong tỉnh muốn gộp lại thì ai giải quyết?', fixtureCatalog([commune, larger])).id).toBe('gop-quy-thu-xa');
    expect(levelSibling(commune, 'Hai quỹ thử nghiệm trong xã muốn gộp lại thì ai giải quyết?', fixtureCatalog([commune, province])).id).toBe('gop-quy-thu-xa');
  });
});

describe('recordLevel', () => {
  it('reads the level a name says, else the one level the record states', () => {
    expect(recordLevel(syntheticRecord({ id: 'ten-tinh', name: 'Hợp nhất quỹ thử nghiệm (cấp tỉnh)', level: { value: 'xã', source: 'nguon-thu' } }))).toBe('cap tinh');
    expect(recordLevel(syntheticRecord({ id: 'ban-ghi-xa', name: 'Hợp nhất quỹ thử nghiệm', level: { value: 'xã', source: 'nguon-thu' } }))).toBe('cap xa');
    expect(recordLevel(syntheticRecord({ id: 'hai-cap', name: 'Hợp nhất quỹ thử nghiệm', levels: { value: ['xã', 'tỉnh'], source: 'nguon-thu' } }))).toBeUndefined();
  });
});

describe('what a question denies', () => {
  it('reads each "không phải …" stretch up to its clause', () => {
    expect(deniedStretches('Khám thử nghiệm (không phải lần cuối) có mã gì?')).toEqual([['lan', 'cuoi']]);
    expect(deniedStretches('Ở địa phương, không phải là cấp trung ương, thì sao?')).toEqual([['cap', 'trung', 'uong']]);
    expect(deniedStretches('Có phải nộp phí không?')).toEqual([]);
  });

  it('takes no level the question denies', () => {
    expect(askedLevel('Giấy thử nghiệm do nơi tôi ở cấp, không phải là cấp trung ương')).toBeUndefined();
    expect(askedLevel('Giấy thử nghiệm cấp trung ương')).toBe('cap trung uong');
  });
});

describe('a stretch typed that is a whole name', () => {
  it('names that record, not the longer name it is part of ("dùng" folding like "dừng")', () => {
    const catalog = createProcedureCatalog(loadRealKnowledge().procedures);
    const found = matchProcedure('Mình đang hưởng trợ cấp thất nghiệp, có việc làm mới thì báo trong mấy ngày, dùng mẫu nào?', catalog);
    expect(found?.record.name).toBe('Hưởng trợ cấp thất nghiệp');
    expect(found?.partial).toBeUndefined();
  });
});
