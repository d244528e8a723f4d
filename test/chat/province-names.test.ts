import { describe, expect, it } from 'vitest';
import { provincesNamed } from '../../src/chat/province-names';

describe('provincesNamed', () => {
  it('recognises a city by the short forms people type', () => {
    for (const question of ['TP.HCM có kế hoạch gì?', 'ke hoach cua tphcm', 'Ở Sài Gòn thì sao?', 'Thành phố Hồ Chí Minh giao Sở nào?']) {
      expect(provincesNamed(question), question).toEqual(['Hồ Chí Minh']);
    }
  });

  it('reads a name that is also a person’s only after "tỉnh" / "thành phố"', () => {
    expect(provincesNamed('Bác Hồ Chí Minh sinh năm nào?')).toEqual([]);
    expect(provincesNamed('Kế hoạch của tỉnh Nam Định')).toEqual(['Nam Định']);
  });
});
