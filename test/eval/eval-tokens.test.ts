/** Evaluation matching rules of shared/eval/README.md: tokens, 75% bigram evidence, covering rank, answer_contains. */

import { describe, expect, it } from 'vitest';
import { answerContainsAll, bigrams, coveringRank, evalTokens, evidenceMatches, normalizeForContains } from '../../src/eval/eval-tokens';

describe('evalTokens', () => {
  it.each([
    ['Đạt 95% hồ sơ', ['đạt', '95%', 'hồ', 'sơ']],
    ['Quyết định 350/QĐ-TTg ngày 26/02/2026.', ['quyết', 'định', '350/qđ-ttg', 'ngày', '26/02/2026']],
    ['giai đoạn 2026–2030, tăng 9,8%', ['giai', 'đoạn', '2026–2030', 'tăng', '9,8%']],
    ['giai đoạn 2026-2030', ['giai', 'đoạn', '2026-2030']],
    ['1.014936 người', ['1.014936', 'người']],
    ['(2026–2030)', ['2026–2030']],
    ['Năm 2026. Tiếp', ['năm', '2026', 'tiếp']],
    ['QĐ-TTg và/hoặc', ['qđ', 'ttg', 'và', 'hoặc']],
    ['a.b,c%d', ['a', 'b', 'c', 'd']],
    ['%95', ['95']],
    ['Sở Nội vụ: “hồ sơ”!', ['sở', 'nội', 'vụ', 'hồ', 'sơ']],
    ['  \n\t ', []],
  ])('%j → %j', (text, expected) => {
    expect(evalTokens(text)).toEqual(expected);
  });

  it('applies NFC and lower case', () => {
    expect(evalTokens('KHÁNH HÒA'.normalize('NFD'))).toEqual(['khánh', 'hòa']);
  });
});

describe('bigrams', () => {
  it.each([
    [[], []],
    [['a'], []],
    [['a', 'b', 'c'], ['a b', 'b c']],
  ])('%j → %j', (tokens, expected) => {
    expect(bigrams(tokens)).toEqual(expected);
  });
});

describe('evidenceMatches (75% of the evidence bigrams)', () => {
  // 5 tokens, 4 bigrams: 3 of 4 is exactly 75%.
  const evidence = 'một hai ba bốn năm';

  it.each([
    ['một hai ba bốn năm', true, '4/4'],
    ['trước đó: một hai ba bốn năm, sau đó', true, '4/4 inside a longer passage'],
    ['MỘT HAI BA BỐN NĂM', true, 'case-insensitive'],
    ['một hai ba bốn | năm', true, 'a table separator is not a token: 4/4'],
    ['một hai ba bốn X năm', true, 'one label inserted: 3/4 = 75%'],
    ['một hai X ba bốn năm', true, '3/4'],
    ['một X hai ba bốn năm', true, '3/4'],
    ['một hai X ba bốn X năm', false, '2/4 = 50%'],
    ['một X hai X ba bốn năm', false, '2/4'],
    ['năm bốn ba hai một', false, 'reversed: 0/4'],
    ['m ộ t h a i b a b ố n n ă m', false, 'letter-spaced text matches nothing'],
    ['', false, 'empty passage'],
  ])('%j → %s (%s)', (passage, expected) => {
    expect(evidenceMatches(evidence, passage)).toBe(expected);
  });

  it('needs exactly 75%: 6 of 8 bigrams match, 5 of 8 do not', () => {
    const nine = 'a b c d e f g h i'; // 9 tokens → 8 bigrams
    expect(evidenceMatches(nine, 'a b c d e X f g h i')).toBe(true); // breaks e–f only: 7/8
    expect(evidenceMatches(nine, 'a b X c d e X f g h i')).toBe(true); // breaks b–c, e–f: 6/8
    expect(evidenceMatches(nine, 'a b X c d X e f X g h i')).toBe(false); // 5/8
  });

  it.each([
    ['95%', 'tỷ lệ đạt 95% trở lên', true],
    ['95%', 'tỷ lệ đạt 95 % trở lên', false],
    ['95%', 'tỷ lệ đạt 956% trở lên', false],
    ['350/QĐ-TTg', 'Quyết định số 350/QĐ-TTg ngày 26/02/2026', true],
    ['350/QĐ-TTg', 'Quyết định số 350 QĐ-TTg', false],
    ['2026–2030', 'giai đoạn 2026–2030.', true],
    ['2026–2030', 'giai đoạn 2026-2030', false],
    ['9,8%', 'tăng 9,8%/năm', false],
    ['9,8%', 'tăng 9,8%, cao hơn', true],
    ['Nội', 'Sở Nội vụ', true],
    ['Nội', 'Sở Nội-vụ', true],
  ])('one-token evidence %j in %j → %s', (single, passage, expected) => {
    expect(evidenceMatches(single, passage)).toBe(expected);
  });

  it('treats numeric tokens whole inside bigrams', () => {
    expect(evidenceMatches('đạt 95% số hồ sơ', 'đạt 95% số hồ sơ')).toBe(true);
    expect(evidenceMatches('đạt 95% số hồ sơ', 'đạt 95 % số hồ sơ')).toBe(false);
  });

  it('matches nothing with evidence that has no tokens', () => {
    expect(evidenceMatches(' — ', 'bất kỳ đoạn nào')).toBe(false);
  });
});

describe('coveringRank (hit@k and MRR rank)', () => {
  const passages = ['đoạn một về hồ sơ', 'đoạn hai về lệ phí', 'đoạn ba về thời hạn giải quyết', 'đoạn bốn về hồ sơ lệ phí'];

  it.each([
    [['về hồ sơ'], 10, 1],
    [['về lệ phí'], 10, 2],
    [['về hồ sơ', 'về lệ phí'], 10, 2],
    [['về lệ phí', 'thời hạn giải quyết'], 10, 3],
    [['hồ sơ lệ phí'], 10, 4],
    [['hồ sơ lệ phí'], 3, undefined],
    [['về hồ sơ', 'không có ở đâu cả'], 10, undefined],
    [[], 10, 0],
  ])('evidence %j within %i → %s', (evidence, depth, expected) => {
    expect(coveringRank(evidence, passages, depth)).toBe(expected);
  });

  it('requires every evidence string: one matched passage for each is enough', () => {
    expect(coveringRank(['đoạn một', 'đoạn hai'], ['đoạn một', 'đoạn hai'], 5)).toBe(2);
    expect(coveringRank(['đoạn một', 'đoạn hai'], ['đoạn một', 'x', 'y', 'z', 'w', 'đoạn hai'], 5)).toBeUndefined();
  });
});

describe('answerContainsAll', () => {
  it.each([
    ['Tỷ lệ đạt 95% (Kế hoạch số 12).', ['95%'], true],
    ['Tỷ lệ đạt 95%.', ['95%', 'Kế hoạch'], false],
    ['Hạn chót là   quý IV\nnăm 2026.', ['quý iv năm 2026'], true],
    ['Do Sở Nội vụ chủ trì.', ['UBND tỉnh || Sở Nội vụ'], true],
    ['Do UBND tỉnh chủ trì.', ['UBND tỉnh || Sở Nội vụ'], true],
    ['Do Bộ chủ trì.', ['UBND tỉnh || Sở Nội vụ'], false],
    ['Do Sở Nội vụ chủ trì, hạn 2026.', ['UBND tỉnh || Sở Nội vụ', '2026 || 2027'], true],
    ['KHÁNH HÒA'.normalize('NFD'), ['khánh hòa'], true],
    ['Sở Nội vụ', ['UBND tỉnh||Sở Nội vụ'], false],
    ['bất kỳ', [], true],
  ])('%j contains %j → %s', (answer, entries, expected) => {
    expect(answerContainsAll(answer, entries)).toBe(expected);
  });

  it('normalises for containment: NFC, lower case, collapsed whitespace', () => {
    expect(normalizeForContains('  Hòa\u00A0\tBình\n'.normalize('NFD'))).toBe('hòa bình');
  });
});
