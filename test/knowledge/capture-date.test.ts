import { describe, expect, it } from 'vitest';
import { captureDate, captureDateInText } from '../../src/knowledge/capture-date';

describe('captureDateInText', () => {
  it.each([
    ['What the portal publishes, as captured in July 2026 (after the merger).', '2026-07'],
    ['Pages captured on 2026-07-15 by the team.', '2026-07-15'],
    ['captured 3 March 2025', '2025-03-03'],
    ['Các trang được thu thập tháng 7/2026.', '2026-07'],
    ['Thu thập ngày 5/8/2026 từ Cổng Dịch vụ công.', '2026-08-05'],
  ])('reads %j as %s', (text, expected) => {
    expect(captureDateInText(text)).toBe(expected);
  });

  it('finds nothing in text that names no capture, and never takes another date for one', () => {
    expect(captureDateInText('Decentralisation decrees of 2025 apply until 01/3/2027.')).toBeUndefined();
    expect(captureDateInText('after the 1/7/2025 two-level local government')).toBeUndefined();
  });
});

describe('captureDate', () => {
  it('accepts a day or a month and rejects impossible dates', () => {
    expect(captureDate('2026-07')).toBe('2026-07');
    expect(captureDate('2026-02-28')).toBe('2026-02-28');
    expect(captureDate('2026-02-30')).toBeUndefined();
    expect(captureDate('2026-13')).toBeUndefined();
    expect(captureDate('07/2026')).toBeUndefined();
  });
});
