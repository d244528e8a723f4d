/** Typo candidates: vocabulary terms at edit distance 1; numbers, codes and short syllables are left alone. */

import { describe, expect, it } from 'vitest';
import { editDistanceAtMostOne, isCorrectable, TypoCandidates } from '../../src/search/typo-candidates';

const vocabulary = ['thanh', 'lap', 'hoi', 'nguoi', 'quy', 'chuyen', 'doi', 'ab', '2026', '350/qd-ttg', 'ubnd'];
const candidates = new TypoCandidates(vocabulary);

describe('TypoCandidates.lookup', () => {
  it.each([
    ['tanh', ['thanh'], 'deletion'],
    ['thanhh', ['thanh'], 'insertion'],
    ['thinh', ['thanh'], 'substitution'],
    ['thnah', ['thanh'], 'adjacent swap'],
    ['ngoui', ['nguoi'], 'adjacent swap inside'],
    ['lpa', ['lap'], 'swap at the end'],
    ['qyu', ['quy'], 'swap of a three-letter term'],
    ['chuyne', ['chuyen'], 'swap at the end'],
    ['hoii', ['hoi'], 'doubled letter'],
  ])('%s → %j (%s)', (typo, expected) => {
    expect(candidates.lookup(typo)).toEqual(expected);
  });

  it.each([
    ['thanh', 'a known term is not its own candidate'],
    ['thaxy', 'two substitutions'],
    ['htnah', 'two swaps'],
    ['xyz', 'nothing near'],
    ['2027', 'numbers are never corrected'],
    ['350/qd-ttx', 'codes are never corrected'],
    ['ac', 'two letters'],
    ['u', 'one letter'],
    ['ubnd2', 'letters with a digit'],
  ])('%s → none (%s)', (typo) => {
    expect(candidates.lookup(typo)).toEqual([]);
  });

  it('never offers a short or numeric vocabulary term', () => {
    const small = new TypoCandidates(['ab', 'abcd', '2026']);
    expect(small.lookup('abce')).toEqual(['abcd']);
    expect(small.lookup('abxd')).toEqual(['abcd']);
    expect(small.lookup('abd')).toEqual([]);
    expect(small.lookup('2025')).toEqual([]);
  });

  it('trusts only a swap of neighbouring letters in a three-letter syllable', () => {
    const vocabulary = new TypoCandidates(['lao', 'quy']);
    expect(vocabulary.lookup('gao')).toEqual([]);
    expect(vocabulary.lookup('qyu')).toEqual(['quy']);
  });

  it('returns every term within one edit', () => {
    expect(new TypoCandidates(['khoa', 'khai', 'khoii', 'kho', 'khoi']).lookup('khoi').sort()).toEqual(['khai', 'kho', 'khoa', 'khoii']);
  });
});

describe('editDistanceAtMostOne', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', true],
    ['abc', 'ab', true],
    ['abc', 'xabc', true],
    ['abcd', 'abdc', true],
    ['abcd', 'badc', false],
    ['abc', 'cba', false],
    ['abc', 'a', false],
    ['abcd', 'axcy', false],
    ['', 'a', true],
  ])('%s / %s → %s', (left, right, expected) => {
    expect(editDistanceAtMostOne(left, right)).toBe(expected);
    expect(editDistanceAtMostOne(right, left)).toBe(expected);
  });
});

describe('isCorrectable', () => {
  it.each([
    ['lap', true],
    ['nghieng', true],
    ['ab', false],
    ['2026', false],
    ['qd-ttg', false],
    ['abcdefghijklm', false],
  ])('%s → %s', (term, expected) => {
    expect(isCorrectable(term)).toBe(expected);
  });
});
