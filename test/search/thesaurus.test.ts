/** Thesaurus: abbreviations and phrases give the same canonical token on the question and passage side. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/search/analyze';
import { createThesaurus, EMPTY_THESAURUS, thesaurusFileSchema } from '../../src/search/thesaurus';

const shipped = createThesaurus(thesaurusFileSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../knowledge/thesaurus.json'), 'utf8'))));
const canonical = (text: string, thesaurus = shipped) => analyzeText(text, thesaurus).foldedTerms.filter((term) => term.startsWith('§'));

describe('shipped thesaurus', () => {
  it.each([
    ['tthc', '§tthc'],
    ['TTHC', '§tthc'],
    ['thủ tục hành chính', '§tthc'],
    ['thu tuc hanh chinh', '§tthc'],
    ['gplđ', '§gpld'],
    ['GPLĐ', '§gpld'],
    ['gpld', '§gpld'],
    ['giấy phép lao động', '§gpld'],
    ['giay phep lao dong', '§gpld'],
    ['cccd', '§cccd'],
    ['chứng minh nhân dân', '§cccd'],
    ['căn cước công dân', '§cccd'],
  ])('%s → %s', (text, token) => {
    expect(canonical(text)).toEqual([token]);
  });

  it('finds the phrase inside a question and inside a passage alike', () => {
    expect(canonical('Hồ sơ xin cấp gplđ gồm những gì?')).toContain('§gpld');
    expect(canonical('Thành phần hồ sơ đề nghị cấp giấy phép lao động: ...')).toContain('§gpld');
  });

  it('needs the whole phrase, in order', () => {
    expect(canonical('thủ tục')).toEqual([]);
    expect(canonical('hành chính thủ tục')).toEqual([]);
  });

  it('reads stopwords in normalised form', () => {
    expect(shipped.isStopword('nhé')).toBe(true);
    expect(shipped.isStopword('thủ')).toBe(false);
  });
});

describe('createThesaurus', () => {
  const thesaurus = createThesaurus(
    thesaurusFileSchema.parse({
      groups: [
        { id: 'ubnd', terms: ['UBND', 'Uỷ ban nhân dân'] },
        { id: 'nhan-dan', terms: ['nhân dân'] },
        { id: 'dup', terms: ['gplđ', 'gpld', 'GPLĐ'] },
        { id: 'blank', terms: ['--'] },
      ],
      stopwords: ['Thì', 'hoà'],
    }),
  );

  it('normalises the phrases: tone placement and case do not matter', () => {
    expect(canonical('ủy ban nhân dân tỉnh', thesaurus)).toEqual(['§ubnd', '§nhan-dan']);
    expect(canonical('ubnd', thesaurus)).toEqual(['§ubnd']);
  });

  it('emits a token once per occurrence even when spellings fold alike', () => {
    expect(canonical('gplđ', thesaurus)).toEqual(['§dup']);
    expect(canonical('gpld và GPLĐ', thesaurus)).toEqual(['§dup', '§dup']);
    expect(thesaurus.phrases('dup')).toEqual([['gpld']]);
  });

  it('lists phrases as folded tokens and skips phrases with no tokens', () => {
    expect(thesaurus.phrases('ubnd')).toEqual([['ubnd'], ['uy', 'ban', 'nhan', 'dan']]);
    expect(thesaurus.phrases('blank')).toEqual([]);
    expect(thesaurus.phrases('unknown')).toEqual([]);
  });

  it('matches stopwords after normalisation', () => {
    expect(thesaurus.isStopword('thì')).toBe(true);
    expect(thesaurus.isStopword('hòa')).toBe(true);
  });

  it.each([
    ['thi', true, 'typed without marks, folds like a stopword'],
    ['hoa', true, 'typed without marks, folds like a stopword'],
    ['thí', false, 'marked otherwise: another syllable'],
    ['thị', false, 'marked otherwise: another syllable'],
    ['thu', false, 'folds like no stopword'],
  ])('reads %j as a stopword: %s (%s)', (token, expected) => {
    expect(thesaurus.isStopword(token)).toBe(expected);
  });

  it('rejects a malformed file and defaults stopwords', () => {
    expect(() => thesaurusFileSchema.parse({ groups: [{ id: '', terms: ['x'] }] })).toThrow();
    expect(() => thesaurusFileSchema.parse({ groups: [{ id: 'x', terms: [] }] })).toThrow();
    expect(thesaurusFileSchema.parse({ groups: [] }).stopwords).toEqual([]);
  });

  it('has an empty default', () => {
    expect(canonical('tthc', EMPTY_THESAURUS)).toEqual([]);
  });
});
