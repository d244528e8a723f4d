/** Telling a procedure from its sibling family by the words the question puts in place of its name's. */
import { describe, expect, it } from 'vitest';
import { swapsNameWord } from '../../src/chat/procedure-guess';
import { fixtureCatalog, syntheticRecord } from './procedure-records';

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
});
