/** Telling a procedure from its sibling family by the words the question puts in place of its name's. */
import { describe, expect, it } from 'vitest';
import { nameShare, swapsNameWord } from '../../src/chat/procedure-guess';
import { fixtureCatalog, known, rankedHits, syntheticRecord } from './procedure-records';

describe('swapsNameWord', () => {
  const branch = syntheticRecord({ id: 'hoi-chi-nhanh-thu', name: 'Cho phép hội đặt chi nhánh thử nghiệm' });
  const fundBranch = syntheticRecord({ id: 'quy-chi-nhanh-thu', name: 'Cho phép quỹ đặt chi nhánh thử nghiệm' });
  const course = syntheticRecord({ id: 'mo-lop-thu', name: 'Mở lớp bồi dưỡng thử nghiệm' });
  const catalog = fixtureCatalog([branch, fundBranch, course]);

  it('a sibling family put in place of the name word is another procedure', () => {
    expect(swapsNameWord('xin phep quy dat chi nhanh thu nghiem', branch, catalog)).toBe(true);
  });

  it('another way of saying the act ("mở" for "đặt") is the same procedure', () => {
    expect(swapsNameWord('xin phep hoi mo chi nhanh thu nghiem', branch, catalog)).toBe(false);
  });

  it('the bracketed level is no name word to swap ("thuộc trung ương" for "(cấp trung ương)")', () => {
    const central = syntheticRecord({ id: 'cong-nhan-thu-tw', name: 'Công nhận người thử nghiệm (cấp trung ương)' });
    const other = syntheticRecord({ id: 'dien-thu-tw', name: 'Chế độ cán bộ thử nghiệm thuộc trung ương quản lý' });
    const levels = fixtureCatalog([central, other]);
    expect(swapsNameWord('nguoi thu nghiem thuoc trung uong quan ly thi ai cong nhan', central, levels)).toBe(false);
  });

  it('an everyday word for the name\'s own ("nhận" for "hưởng trợ cấp") is no swap', () => {
    const died = syntheticRecord({ id: 'tu-tran-thu', name: 'Hưởng trợ cấp khi người thử nghiệm đang hưởng trợ cấp ưu đãi từ trần' });
    const receiving = syntheticRecord({ id: 'nhan-tro-cap-thu', name: 'Thông báo đang nhận trợ cấp thử nghiệm' });
    const family = fixtureCatalog([died, receiving]);
    expect(swapsNameWord('người thử nghiệm đang nhận trợ cấp ưu đãi đã từ trần', died, family)).toBe(false);
    expect(swapsNameWord('người thử nghiệm đang giữ trợ cấp ưu đãi đã từ trần', died, fixtureCatalog([died, syntheticRecord({ id: 'giu-thu', name: 'Đang giữ trợ cấp thử nghiệm' })]))).toBe(true);
  });
});

describe('a name said whole', () => {
  const lump = syntheticRecord({ id: 'thu-mot-lan', name: 'Hưởng trợ cấp thử nghiệm một lần' });
  const abroad = syntheticRecord({ id: 'mot-lan-dinh-cu', name: 'Hưởng trợ cấp một lần đối với người đang hưởng lương thử nghiệm hằng tháng ra nước ngoài định cư' });
  const catalog = fixtureCatalog([lump, abroad]);

  it('is the question’s procedure, whatever a longer name shares with the circumstances told', async () => {
    const { guessRecord, saysWholeName } = await import('../../src/chat/procedure-guess');
    const question = 'Bố tôi đang hưởng lương thử nghiệm hằng tháng thì mất, gia đình làm trợ cấp thử nghiệm 1 lần trong bao lâu?';
    expect(saysWholeName(question, lump)).toBe(true);
    expect(guessRecord(question, rankedHits(abroad, lump), catalog, abroad).id).toBe('thu-mot-lan');
  });

  it('is not said by its words scattered over the question', async () => {
    const { saysWholeName } = await import('../../src/chat/procedure-guess');
    expect(saysWholeName('Đang hưởng trợ cấp thì mất, nhận thử nghiệm một lần được không?', lump)).toBe(false);
  });
});

describe('a fuller sibling', () => {
  const base = syntheticRecord({ id: 'cap-the-thu', name: 'Cấp thẻ thử nghiệm' });
  const lost = syntheticRecord({ id: 'cap-lai-the-thu', name: 'Cấp lại thẻ thử nghiệm đối với trường hợp bị hỏng hoặc mất' });
  const onward = syntheticRecord({ id: 'tiep-tuc-the-thu', name: 'Tiếp tục cấp thẻ thử nghiệm' });
  const catalog = fixtureCatalog([base, lost, onward]);
  const hits = rankedHits(lost, onward, base);

  it('is meant when the question types what it adds ("cấp lại", "bị mất")', async () => {
    const { fullerSibling } = await import('../../src/chat/procedure-guess');
    expect(fullerSibling('Tôi làm mất thẻ thử nghiệm, xin cấp lại cần gì?', hits, catalog, base)?.id).toBe('cap-lai-the-thu');
  });

  it('is not meant by syllables that only fold alike ("thủ tục" is no "tiếp tục")', async () => {
    const { fullerSibling } = await import('../../src/chat/procedure-guess');
    expect(fullerSibling('Mã thủ tục cấp thẻ thử nghiệm là gì?', hits, catalog, base)).toBeUndefined();
  });
});

describe('the level a name says, and kin words', () => {
  const ministry = syntheticRecord({ id: 'don-bo', name: 'Đưa người thử nghiệm đang ở cơ sở do Bộ Thử nghiệm quản lý về gia đình' });
  const province = syntheticRecord({ id: 'don-tinh', name: 'Đưa người thử nghiệm đối với trường hợp đang ở cơ sở do tỉnh quản lý về gia đình' });
  const catalog = fixtureCatalog([ministry, province]);
  const hits = rankedHits(province, ministry);

  it('takes the name at the level the question says, "bố" being no "Bộ"', async () => {
    const { guessRecord } = await import('../../src/chat/procedure-guess');
    expect(guessRecord('Bố tôi là người thử nghiệm đang ở cơ sở của tỉnh, muốn đón về gia đình thì làm sao?', hits, catalog, province).id).toBe('don-tinh');
  });
});

describe('a tie between a name and its negated sibling', () => {
  const covered = syntheticRecord({ id: 'sua-thu-bb', name: 'Sửa thông tin thử nghiệm đối với người thuộc đối tượng đóng quỹ thử nghiệm' });
  const uncovered = syntheticRecord({ id: 'sua-thu-khong', name: 'Sửa thông tin thử nghiệm đối với người không thuộc đối tượng đóng quỹ thử nghiệm' });
  const catalog = fixtureCatalog([covered, uncovered]);
  const hits = rankedHits(covered, uncovered);

  it('goes to the negated name when the question negates too, and stays otherwise', async () => {
    const { guessRecord } = await import('../../src/chat/procedure-guess');
    expect(guessRecord('Tôi không đóng quỹ thử nghiệm, muốn sửa thông tin thử nghiệm thì làm ở đâu?', hits, catalog, covered).id).toBe('sua-thu-khong');
    expect(guessRecord('Tôi đóng quỹ thử nghiệm, muốn sửa thông tin thử nghiệm thì làm ở đâu?', hits, catalog, covered).id).toBe('sua-thu-bb');
  });
});

describe('the kind of organization the question names', () => {
  const fund = syntheticRecord({ id: 'quy-thu-giai-the', name: 'Quỹ thử nghiệm tự giải thể (cấp tỉnh)' });
  const association = syntheticRecord({ id: 'hoi-thu-giai-the', name: 'Hội thử nghiệm tự giải thể (cấp tỉnh)' });
  const catalog = fixtureCatalog([fund, association]);

  it('takes the hội record over the quỹ one ranked first, and the other way round', async () => {
    const { guessRecord } = await import('../../src/chat/procedure-guess');
    expect(guessRecord('Hội cựu chiến binh thử nghiệm của tỉnh muốn tự giải thể thì ai giải quyết?', rankedHits(fund, association), catalog, fund).id).toBe('hoi-thu-giai-the');
    expect(guessRecord('Quỹ khuyến học thử nghiệm của tỉnh muốn tự giải thể thì ai giải quyết?', rankedHits(association, fund), catalog, association).id).toBe('quy-thu-giai-the');
  });
});

describe('a tighter or more wished sibling that drops the negation', () => {
  const covered = syntheticRecord({ id: 'sua-thu-thuoc', name: 'Sửa thông tin thử nghiệm đối với người thuộc đối tượng đóng quỹ thử nghiệm' });
  const outside = syntheticRecord({ id: 'sua-thu-ngoai', name: 'Sửa thông tin thử nghiệm đối với người đang có việc làm và không thuộc đối tượng đóng quỹ thử nghiệm' });
  const catalog = fixtureCatalog([covered, outside]);

  it('is the opposite procedure when the question negates too', async () => {
    const { guessRecord } = await import('../../src/chat/procedure-guess');
    const question = 'Tôi làm tự do, không đóng quỹ thử nghiệm, muốn sửa thông tin thử nghiệm thì bao lâu?';
    expect(guessRecord(question, rankedHits(outside, covered), catalog, outside).id).toBe('sua-thu-ngoai');
  });
});

describe('an association\'s own name', () => {
  const dissolve = syntheticRecord({ id: 'giai-the-thu', name: 'Hội thử nghiệm tự giải thể' });
  const charter = { ...syntheticRecord({ id: 'dieu-le-thu', name: 'Phê duyệt điều lệ hội thử nghiệm' }), phrases: ['hội cựu học sinh phường thay đổi điều lệ'] };
  const catalog = fixtureCatalog([dissolve, charter]);

  it('names no procedure, in the question or as an example in a phrase', () => {
    const question = 'Hội cựu học sinh muốn tự giải thể thử nghiệm thì ai giải quyết?';
    const plain = 'Hội muốn tự giải thể thử nghiệm thì ai giải quyết?';
    expect(nameShare(question, dissolve, catalog).own).toBeCloseTo(nameShare(plain, dissolve, catalog).own, 6);
    expect(nameShare(question, charter, catalog).own).toBeCloseTo(nameShare(plain, charter, catalog).own, 6);
    expect(nameShare(question, dissolve, catalog).own).toBeGreaterThan(nameShare(question, charter, catalog).own);
  });

  it('leaves "xã hội" and "hội đồng" alone', () => {
    const insurance = { ...syntheticRecord({ id: 'so-thu', name: 'Điều chỉnh sổ thử nghiệm' }), phrases: ['sổ bảo hiểm xã hội ghi sai ngày sinh'] };
    const family = fixtureCatalog([insurance]);
    expect(nameShare('Sổ ghi sai ngày sinh thì làm sao?', insurance, family).own).toBeCloseTo(1, 6);
  });
});

describe('a guessed record that knows nothing asked', () => {
  const top = syntheticRecord({ id: 'dang-ky-lao-dong-thu', name: 'Đăng ký lao động đối với người thuộc diện thử nghiệm bắt buộc' });
  const drawing = syntheticRecord({ id: 'huong-thu', name: 'Hưởng chế độ hằng tháng đối với người tham gia thử nghiệm bắt buộc', processingTime: known('20 ngày') });
  const joining = syntheticRecord({ id: 'dang-ky-tham-gia-thu', name: 'Đăng ký tham gia thử nghiệm và cấp sổ', processingTime: known('5 ngày làm việc') });
  const catalog = fixtureCatalog([top, drawing, joining]);

  it('gives way to the sibling whose name opens with the act the question asks ("đăng ký …"), not to one sharing more subject words', async () => {
    const { refineByContent } = await import('../../src/chat/procedure-guess');
    const question = 'Công ty đăng ký thử nghiệm bắt buộc cho nhân viên mới thì mất bao lâu?';
    expect(refineByContent(question, top, rankedHits(top, drawing, joining), catalog, ['processingTime'], true).id).toBe('dang-ky-tham-gia-thu');
  });
});

describe('a guess at the level asked', () => {
  const provincial = syntheticRecord({ id: 'giai-the-thu-tinh', name: 'Nhóm thử nghiệm tự giải thể (cấp tỉnh)', phrases: ['nhóm nghề nghiệp toàn tỉnh muốn tự giải thể'] });
  const central = syntheticRecord({ id: 'giai-the-thu-tw', name: 'Nhóm thử nghiệm tự giải thể (cấp trung ương)' });
  const founding = syntheticRecord({ id: 'lap-thu-tw', name: 'Công nhận ban sáng lập nhóm thử nghiệm (cấp trung ương)', phrases: ['lập nhóm toàn quốc'] });
  const others = ['Đổi tên nhóm thử nghiệm', 'Phê duyệt điều lệ nhóm thử nghiệm', 'Cấp thẻ thử nghiệm', 'Cấp lại thẻ thử nghiệm'].map((name, index) => syntheticRecord({ id: `khac-${index}`, name }));
  const catalog = fixtureCatalog([provincial, central, founding, ...others]);

  it('is the same procedure at that level, its sibling’s everyday phrases saying the need, not another procedure at that level', async () => {
    const { guessRecord } = await import('../../src/chat/procedure-guess');
    const question = 'Nhóm thử nghiệm nghề nghiệp toàn quốc đã thống nhất tự giải thể, hồ sơ gửi về đơn vị nào thuộc Bộ?';
    expect(guessRecord(question, rankedHits(provincial, founding, central), catalog, provincial).id).toBe('giai-the-thu-tw');
  });
});
