/** Who carries a national procedure out, read from its field, its implementing agency and its levels. */
import { describe, expect, it } from 'vitest';
import { carrierOf } from '../../src/knowledge/national-levels';

describe('carrierOf', () => {
  it('is Bảo hiểm xã hội when the page names the insurer as the implementing agency, whatever the field', () => {
    expect(carrierOf('An toàn, vệ sinh lao động', 'Bảo hiểm xã hội cấp Tỉnh', ['tỉnh'])).toBe('bảo hiểm xã hội');
    expect(carrierOf('Bảo hiểm xã hội', undefined, ['tỉnh'])).toBe('bảo hiểm xã hội');
  });

  it('is the centre when only the central level carries it out, else local', () => {
    expect(carrierOf('Việc làm', 'Cục Việc làm', ['trung ương'])).toBe('trung ương');
    expect(carrierOf('Việc làm', 'Sở Nội vụ; phối hợp với Bảo hiểm xã hội tỉnh', ['tỉnh'])).toBe('địa phương');
  });
});
