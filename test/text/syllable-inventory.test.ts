/** Vietnamese phonotactics: which strings spell a syllable, and the generated inventory. */

import { describe, expect, it } from 'vitest';
import { generateSyllables, isVietnameseSyllable, splitTone } from '../../src/text/syllable-inventory';

describe('isVietnameseSyllable', () => {
  it.each([
    ['triển', 'onset tr, rhyme iên, hỏi'],
    ['khai', 'onset kh, glide coda'],
    ['nghiệp', 'ngh before iê, stop coda with nặng'],
    ['nghiêng', 'seven letters, the longest shape'],
    ['quyết', 'qu takes y for i'],
    ['quỳnh', 'qu + ynh'],
    ['quốc', 'qu + ôc'],
    ['giữa', 'gi onset + ưa'],
    ['gì', 'g + i spells the gi onset'],
    ['giếng', 'g + iêng'],
    ['hòa', 'classic tone placement'],
    ['hoà', 'modern tone placement'],
    ['thủy', 'classic'],
    ['thuỷ', 'modern'],
    ['khuyết', 'medial u + yêt'],
    ['ngoài', 'medial o after ng'],
    ['yêu', 'no onset, yê'],
    ['ưu', 'no onset'],
    ['oanh', 'no onset, medial o'],
    ['ý', 'single vowel with tone'],
    ['Đến', 'capitalised'],
    ['NGHIỆP', 'all capitals'],
    ['kỹ', 'k before y'],
    ['ghế', 'gh before ê'],
    ['cuộc', 'c before uô'],
  ])('accepts %s (%s)', (syllable) => {
    expect(isVietnameseSyllable(syllable)).toBe(true);
  });

  it.each([
    ['tổc', 'stop coda c with hỏi'],
    ['thửc', 'stop coda with hỏi'],
    ['ác', 'valid: stop coda with sắc', true],
    ['kan', 'k before a'],
    ['ce', 'c before e'],
    ['gha', 'gh before a'],
    ['nge', 'ng before e'],
    ['ngi', 'ng before i'],
    ['qa', 'q without u'],
    ['coa', 'c with medial o (spelled qua)'],
    ['hòà', 'two tone marks'],
    ['ngh', 'no vowel'],
    ['', 'empty'],
    ['2030', 'digits'],
    ['IOC', 'acronym'],
    ['dashboard', 'foreign word'],
    ['nghiênggg', 'too long'],
    ['tRi', 'mixed case is still judged case-insensitively', true],
  ])('judges %s (%s)', (text, _reason, expected = false) => {
    expect(isVietnameseSyllable(text)).toBe(expected);
  });
});

describe('splitTone', () => {
  it.each([
    ['Triển', { bare: 'triên', tone: '\u0309' }],
    ['ngày', { bare: 'ngay', tone: '\u0300' }],
    ['dân', { bare: 'dân', tone: '' }],
  ])('splits %s', (text, expected) => {
    expect(splitTone(text)).toEqual(expected);
  });

  it('refuses two tones', () => {
    expect(splitTone('hòà')).toBeUndefined();
  });
});

describe('generateSyllables', () => {
  const inventory = generateSyllables();
  const set = new Set(inventory);

  it('lists thousands of distinct syllables, every one valid', () => {
    expect(inventory.length).toBeGreaterThan(10_000);
    expect(set.size).toBe(inventory.length);
    expect(inventory.every((syllable) => isVietnameseSyllable(syllable))).toBe(true);
  });

  it('places tones by the classic convention, in NFC', () => {
    expect(set.has('hòa')).toBe(true);
    expect(set.has('thủy')).toBe(true);
    expect(set.has('hoà')).toBe(false);
    expect(inventory.every((syllable) => syllable === syllable.normalize('NFC'))).toBe(true);
  });

  it.each(['triển', 'khai', 'nghiệp', 'quyết', 'giữa', 'nguyễn', 'khuyến', 'người'])('contains %s', (syllable) => {
    expect(set.has(syllable)).toBe(true);
  });

  it('never pairs a stop coda with a tone other than sắc or nặng', () => {
    const stopped = inventory.filter((syllable) => /(?:p|t|c|ch)$/u.test(splitTone(syllable)!.bare));
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((syllable) => ['\u0301', '\u0323'].includes(splitTone(syllable)!.tone))).toBe(true);
  });
});
