/** Properties of normalisation, folding and tokenising over generated text (fast-check). */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/text/fold';
import { normalizeText } from '../../src/text/normalize';
import { tokenize, tokenizeWithOffsets } from '../../src/text/tokenize';

const BASE_LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** One letter, possibly toned, possibly upper case, in NFC or NFD. */
const vietnameseLetter = fc
  .tuple(fc.constantFrom(...BASE_LETTERS), fc.constantFrom(...TONES), fc.boolean(), fc.boolean())
  .map(([letter, tone, upper, decomposed]) => {
    const composed = ((upper ? letter.toUpperCase() : letter) + tone).normalize('NFC');
    return decomposed ? composed.normalize('NFD') : composed;
  });
const separator = fc.constantFrom(' ', ' ', ',', '.', '-', '/', '\n', '0', '9', '%');
const vietnameseText = fc.array(fc.oneof({ weight: 4, arbitrary: vietnameseLetter }, { weight: 1, arbitrary: separator }), { maxLength: 40 }).map((parts) => parts.join(''));
/** Syllable-shaped words, so tone placement actually runs on most of them. */
const syllable = fc
  .tuple(
    fc.constantFrom('', 'h', 'th', 'kh', 'ng', 'qu', 'gi', 'tr', 'đ', 'Đ', 'H', 'QU'),
    fc.constantFrom('a', 'oa', 'oe', 'uy', 'uye', 'ươ', 'ua', 'ia', 'ê', 'OA', 'UY', 'ươi', 'oai'),
    fc.constantFrom(...TONES),
    fc.constantFrom('', 'n', 'ng', 't', 'c', 'nh', 'ch'),
    fc.nat({ max: 3 }),
  )
  .map(([onset, nucleus, tone, coda, where]) => {
    const letters = [...nucleus];
    const at = Math.min(where, letters.length - 1);
    letters[at] = letters[at]! + tone;
    return (onset + letters.join('') + coda).normalize(where % 2 ? 'NFD' : 'NFC');
  });
const syllableText = fc.array(syllable, { maxLength: 8 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), vietnameseText);

/** The marks Vietnamese uses (and the rest of the Latin combining block). */
const COMBINING = /[\u0300-\u036f]/u;

describe('normalizeText properties', () => {
  it('is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on syllable-shaped text', () => {
    fc.assert(
      fc.property(syllableText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes the folded form of Vietnamese-letter text', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, syllableText), (text) => {
        expect(foldDiacritics(normalizeText(text))).toBe(foldDiacritics(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns NFC text', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, syllableText), (text) => {
        const result = normalizeText(text);
        expect(result).toBe(result.normalize('NFC'));
      }),
    );
  });
});

describe('foldDiacritics properties', () => {
  it('is idempotent and leaves no combining marks nor đ/Đ', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldDiacritics(text);
        expect(foldDiacritics(folded)).toBe(folded);
        expect(folded).not.toMatch(COMBINING);
        expect(folded).not.toMatch(/[đĐ]/u);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no combining marks on Vietnamese-letter text', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, syllableText), (text) => {
        const folded = foldDiacritics(text);
        expect(folded).not.toMatch(COMBINING);
        expect(folded).toMatch(/^[\x00-\x7f]*$/u);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize properties', () => {
  it('never throws, and every token is the input at its offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenizeWithOffsets(text);
        for (const token of tokens) {
          expect(token.text.length).toBeGreaterThan(0);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(text.includes(token.text)).toBe(true);
        }
        expect(tokenize(text)).toEqual(tokens.map((token) => token.text));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles lone surrogates', () => {
    for (const text of ['\uD800', 'a\uDC00b', '\uD800350/QĐ\uDFFF', '95%\uD83D']) {
      const tokens = tokenizeWithOffsets(text);
      for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
    expect(tokenize('a\uDC00b')).toEqual(['a', 'b']);
  });
});
