/** The part a question gives the person (paying in or receiving) against the part a record's name gives. */
import { describe, expect, it } from 'vitest';
import { questionRole, rolesConflict } from '../../src/chat/procedure-role';
import { syntheticRecord } from './procedure-records';

describe('questionRole', () => {
  it.each([
    ['Công ty đóng bảo hiểm thử nghiệm cho người mới vào làm thế nào?', 'contribute'],
    ['Mức đóng quỹ thử nghiệm là bao nhiêu?', 'contribute'],
    ['Tôi muốn nhận tiền thử nghiệm thì làm sao?', 'receive'],
  ])('%s → %s', (question, role) => {
    expect(questionRole(question)).toBe(role);
  });

  it('reads "đang/đã đóng" as the person described, not as paying in asked', () => {
    expect(questionRole('Vợ tôi đang đóng bảo hiểm thử nghiệm thì mất, gia đình làm hồ sơ ở đâu?')).toBeUndefined();
    expect(questionRole('Tôi đã đóng bảo hiểm thử nghiệm mười năm, giờ muốn nhận một lần')).toBe('receive');
  });

  it('reads "nhân" of a person (nhân viên, cá nhân) apart from "nhận" (to receive), typed with or without marks', () => {
    expect(questionRole('cty moi tuyen nhan vien, tham gia bao hiem thu nghiem cho ho the nao')).toBe('contribute');
    expect(questionRole('Cá nhân tham gia bảo hiểm thử nghiệm nộp ở đâu?')).toBe('contribute');
    expect(questionRole('Bố tôi nhận tiền thử nghiệm ở đâu?')).toBe('receive');
  });
});

describe('rolesConflict', () => {
  const drawing = syntheticRecord({ id: 'huong-thu', name: 'Hưởng trợ cấp thử nghiệm' });
  it('a question on paying in is not about drawing, one only describing the person is', () => {
    expect(rolesConflict('Công ty đóng bảo hiểm thử nghiệm cho người mới thế nào?', drawing)).toBe(true);
    expect(rolesConflict('Chồng tôi đang đóng bảo hiểm thử nghiệm thì mất, nộp hồ sơ trợ cấp ở đâu?', drawing)).toBe(false);
  });
});
