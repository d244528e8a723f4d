/** What a citizen wishes to do, read apart from the circumstances told before it. */
import { describe, expect, it } from 'vitest';
import { wishedPart } from '../../src/chat/wish-clause';
import { namedProcedure } from '../../src/chat/procedure-focus';
import { guessRecord } from '../../src/chat/procedure-guess';
import { fixtureCatalog, rankedHits, syntheticRecord } from './procedure-records';

describe('wishedPart', () => {
  it('starts at the last wish', () => {
    expect(wishedPart('Đang hưởng trợ cấp thử nghiệm, muốn đi học nghề thì nộp ở đâu?')).toBe(' muon di hoc nghe thi nop o dau ');
  });

  it('reads the aim told with "để được"', () => {
    expect(wishedPart('Bị tạm dừng trợ cấp thử nghiệm, nay báo lại để được hưởng tiếp thì làm sao?')).toBe(' de duoc huong tiep thi lam sao ');
  });

  it('reads the paper filed ("nộp đề nghị") as no wish', () => {
    expect(wishedPart('Đang hưởng trợ cấp thử nghiệm, muốn chuyển về quê thì nộp đề nghị ở đâu?')).toBe(' muon chuyen ve que thi nop de nghi o dau ');
  });

  it('reads what follows "thì" after the state one is in ("đang …"), when it says enough of its own', () => {
    expect(wishedPart('dang huong tro cap thu nghiem thi hang thang phai bao cao tinh hinh theo mau nao')).toBe(' hang thang phai bao cao tinh hinh theo mau nao ');
    expect(wishedPart('Đang hưởng trợ cấp thử nghiệm thì hồ sơ gồm gì?')).toBeUndefined();
    expect(wishedPart('ong toi dang huong tro cap thu nghiem thi qua doi, con chau lam giay to the nao')).toBeUndefined();
    expect(wishedPart('Con tôi đang nhận học bổng thử nghiệm, cứ mỗi quý phải nộp bảng điểm cho trường. Nộp xong được giấy gì?')).toBe(' cu moi quy phai nop bang diem cho truong nop xong duoc giay gi ');
  });

  it('reads no wish in asking to know, nor in the "định" of "gia đình"', () => {
    expect(wishedPart('Tôi muốn hỏi về thẻ hội viên')).toBeUndefined();
    expect(wishedPart('Gia đình tôi làm tờ khai theo mẫu nào?')).toBeUndefined();
  });
});

describe('a name told in the circumstances', () => {
  const allowance = syntheticRecord({ id: 'tro-cap-thu', name: 'Hưởng trợ cấp thử nghiệm hằng tháng' });
  const training = syntheticRecord({ id: 'hoc-nghe-thu', name: 'Hỗ trợ người lao động học nghề thử nghiệm' });
  const catalog = fixtureCatalog([allowance, training]);

  it('does not name the procedure wished for', () => {
    expect(namedProcedure('Tôi đang hưởng trợ cấp thử nghiệm hằng tháng, muốn đi học một nghề mới thì nộp đơn ở đâu?', catalog)).toBeUndefined();
  });

  it('still names it when the wish is for it', () => {
    expect(namedProcedure('Tôi mất việc, muốn hưởng trợ cấp thử nghiệm hằng tháng thì nộp ở đâu?', catalog)?.record.id).toBe('tro-cap-thu');
  });
});

describe('a guess between two acts on one subject', () => {
  const founding = syntheticRecord({ id: 'lap-doi', name: 'Thành lập đội thử nghiệm ở trung ương' });
  const closing = syntheticRecord({ id: 'sap-nhap-doi', name: 'Sáp nhập đội thử nghiệm ở trung ương' });
  const catalog = fixtureCatalog([founding, closing]);

  it('takes the act wished for over the act told as history', () => {
    const question = 'Một đội thử nghiệm thành lập ở trung ương nay muốn sáp nhập thì ai giải quyết?';
    expect(guessRecord(question, rankedHits(founding, closing), catalog, founding).id).toBe('sap-nhap-doi');
  });
});

describe('a name said whole in the circumstances', () => {
  const allowance = syntheticRecord({ id: 'huong-thu', name: 'Hưởng trợ cấp thử nghiệm' });
  const move = syntheticRecord({ id: 'chuyen-noi-thu', name: 'Chuyển nơi hưởng trợ cấp thử nghiệm' });
  const catalog = fixtureCatalog([allowance, move]);

  it('is not the one wished for: the record the wish names stays', () => {
    const question = 'Tôi đang lãnh trợ cấp thử nghiệm ở tỉnh này, muốn chuyển về quê nhận tiếp thì nộp đề nghị ở đâu?';
    expect(guessRecord(question, rankedHits(move, allowance), catalog, move).id).toBe('chuyen-noi-thu');
  });
});

describe('"giờ" turning to what the citizen does now', () => {
  it('starts the wish at "giờ" before an act', () => {
    expect(wishedPart('Bị cắt trợ cấp do quên báo, giờ báo lại xong thì mấy ngày được nhận?')).toBe(' gio bao lai xong thi may ngay duoc nhan ');
    expect(wishedPart('Bị tạm dừng rồi, bây giờ tôi thông báo lại thì sao?')).toBe(' bay gio toi thong bao lai thi sao ');
  });

  it('leaves the hour alone', () => {
    expect(wishedPart('Mấy giờ thì bộ phận một cửa làm việc?')).toBeUndefined();
  });
});
