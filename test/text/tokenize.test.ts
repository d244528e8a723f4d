/** Syllable tokenizer: codes, dates, numbers and percentages stay whole; punctuation elsewhere separates. */

import { describe, expect, it } from 'vitest';
import { terms, tokenize, tokenizeWithOffsets } from '../../src/text/tokenize';

describe('tokenize keeps numeric runs whole', () => {
  it.each([
    ['350/QĐ-TTg', 'document code'],
    ['26/02/2026', 'date'],
    ['95%', 'percentage'],
    ['1.014936', 'thousands separator'],
    ['24/7', 'slash'],
    ['2026-2030', 'hyphen range'],
    ['2026–2030', 'en dash range'],
    ['9,8%', 'decimal comma percentage'],
    ['347/TTr-SNV', 'code with letters after the number'],
  ])('%s (%s)', (token) => {
    expect(tokenize(`theo ${token} nhé`)).toEqual(['theo', token, 'nhé']);
  });
});

describe('tokenize punctuation', () => {
  it.each([
    ['Năm 2026.', ['Năm', '2026']],
    ['đến 2030, định hướng', ['đến', '2030', 'định', 'hướng']],
    ['số 350/', ['số', '350']],
    ['ngày 26/02/2026.', ['ngày', '26/02/2026']],
    ['(2026–2030)', ['2026–2030']],
    ['QĐ-TTg', ['QĐ', 'TTg']],
    ['KH-UBND', ['KH', 'UBND']],
    ['và/hoặc', ['và', 'hoặc']],
    ['a.b,c', ['a', 'b', 'c']],
    ['Nội vụ: hồ sơ; thủ tục!', ['Nội', 'vụ', 'hồ', 'sơ', 'thủ', 'tục']],
    ['', []],
    ['  ...  ', []],
  ])('%j → %j', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe('tokenizeWithOffsets', () => {
  it.each([
    'Quyết định 350/QĐ-TTg ngày 26/02/2026.',
    'QĐ-TTg và KH-UBND, tăng 9,8%.',
    'Năm 2026. Đạt 95% (2026–2030)',
    'hồ sơ hồ sơ',
  ])('offsets point at the token text in %j', (text) => {
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const starts = tokens.map((token) => token.start);
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
  });

  it('gives repeated parts of one code their own offsets', () => {
    expect(tokenizeWithOffsets('A-A')).toEqual([
      { text: 'A', start: 0, end: 1 },
      { text: 'A', start: 2, end: 3 },
    ]);
  });
});

describe('terms', () => {
  it('lower-cases tokens', () => {
    expect(terms('Số 350/QĐ-TTg Ủy Ban')).toEqual(['số', '350/qđ-ttg', 'ủy', 'ban']);
  });
});
