/** normalizeText / placeToneMark: NFC, one tone-mark convention, look-alike Đ, invisible and odd spaces. */

import { describe, expect, it } from 'vitest';
import { normalizeText, placeToneMark } from '../../src/text/normalize';

describe('normalizeText tone-mark convention', () => {
  it.each([
    ['hoà', 'hòa', 'oa without coda: tone on the first vowel'],
    ['thuỷ', 'thủy', 'uy without coda'],
    ['khoẻ', 'khỏe', 'oe without coda'],
    ['qúy', 'quý', 'the u of qu belongs to the onset'],
    ['tuỳ', 'tùy', 'uy'],
    ['uỷ', 'ủy', 'no onset'],
    ['hoá', 'hóa', 'sắc'],
    ['thuý', 'thúy', 'sắc on uy'],
    ['hoàn', 'hoàn', 'with a coda the tone stays on the second vowel'],
    ['thuyết', 'thuyết', 'marked vowel ê attracts the tone'],
    ['người', 'người', 'ươ: the marked ơ carries it'],
    ['quốc', 'quốc', 'qu + marked ô'],
    ['giữ', 'giữ', 'gi onset + ư'],
    ['gì', 'gì', 'gi with no following vowel'],
    ['giường', 'giường', 'gi + ươ'],
    ['Hoà', 'Hòa', 'capitalised'],
    ['HOÀ', 'HÒA', 'upper case'],
    ['ÒA', 'ÒA', 'upper case already classic'],
    ['OÀ', 'ÒA', 'upper case modern placement'],
    ['Uỷ ban', 'Ủy ban', 'inside a phrase'],
    ['Khánh Hoà', 'Khánh Hòa', 'province name'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each(['hoà', 'thuỷ', 'khoẻ', 'qúy', 'hoàn', 'thuyết', 'Hoà', 'HOÀ', 'người', 'nghĩa'])('decomposed (NFD) %s gives the same NFC text', (word) => {
    const decomposed = word.normalize('NFD');
    expect(decomposed).not.toBe(word.normalize('NFC'));
    const result = normalizeText(decomposed);
    expect(result).toBe(normalizeText(word));
    expect(result).toBe(result.normalize('NFC'));
  });

  it('leaves words without a tone, non-syllables and two-tone strings unchanged', () => {
    expect(placeToneMark('hoa')).toBe('hoa');
    expect(placeToneMark('xyz')).toBe('xyz');
    expect(placeToneMark('ả\u0301')).toBe('ả\u0301');
    expect(normalizeText('TTg QĐ-UBND abc')).toBe('TTg QĐ-UBND abc');
  });

  it('leaves words longer than eight letters alone', () => {
    expect(normalizeText('hoàhoàhoà')).toBe('hoàhoàhoà');
  });
});

describe('normalizeText characters', () => {
  it.each([
    ['\u00D0à Nẵng', 'Đà Nẵng', 'Icelandic eth Ð'],
    ['\u0189ắk Lắk', 'Đắk Lắk', 'African D Ɖ'],
    ['\u00F0ồng', 'đồng', 'small eth ð'],
    ['\u0256ồng', 'đồng', 'small ɖ'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['zero-width space', 'Nội\u200Bvụ', 'Nộivụ'],
    ['zero-width joiner', 'Nội\u200Dvụ', 'Nộivụ'],
    ['word joiner', 'a\u2060b', 'ab'],
    ['byte-order mark', '\uFEFFKế hoạch', 'Kế hoạch'],
    ['soft hyphen', 'chuyển\u00ADđổi', 'chuyểnđổi'],
    ['no-break space', 'Nội\u00A0vụ', 'Nội vụ'],
    ['narrow no-break space', '95\u202F%', '95 %'],
    ['ideographic space', 'a\u3000b', 'a b'],
    ['en space', 'a\u2002b', 'a b'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps ordinary text, newlines and tabs as they are', () => {
    const text = 'Số: 350/QĐ-TTg\n\tngày 26/02/2026';
    expect(normalizeText(text)).toBe(text);
  });
});
