import { describe, expect, it } from 'vitest';
import { analyzeText, codeParts } from '../../src/search/analyze';
import { createThesaurus } from '../../src/search/thesaurus';

describe('codeParts', () => {
  it.each([
    ['350/qđ-ttg', ['350']],
    ['57-nq/tw', ['57']],
    ['1.014936.h38', ['1.014936']],
    ['26/02/2026', []],
    ['95%', []],
    ['2026-2030', []],
    ['thủ', []],
  ])('%s → %j', (token, parts) => {
    expect(codeParts(token)).toEqual(parts);
  });

  it('puts the parts of a document code into the matching field, on both sides', () => {
    const thesaurus = createThesaurus({ groups: [], stopwords: [] });
    expect(analyzeText('Quyết định số 350/QĐ-TTg', thesaurus).foldedTerms).toContain('350');
    expect(analyzeText('mã thủ tục 1.014936.H38', thesaurus).foldedTerms).toContain('1.014936');
  });
});
