/** Letter-spacing repair against the gold fixture, the whole seed plan 000, and random input. */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize';
import { createLetterSpacingRepairer, isLetterSpacedLine } from '../../src/text/repair-letter-spacing';
import { generateSyllables } from '../../src/text/syllable-inventory';

const SEEDS = join(import.meta.dirname, '../../seeds');
const seedNames = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const seedText = (name: string): string => normalizeText(readFileSync(join(SEEDS, name), 'utf8'));
const SPACED_PLAN = '000_2ad9bcc97d68261d.txt';
const plan = seedText(SPACED_PLAN);
const otherSeeds = seedNames.filter((name) => name !== SPACED_PLAN).map(seedText);
const cleanPlanLines = plan
  .split('\n')
  .filter((line) => !isLetterSpacedLine(line))
  .join('\n');
const repair = createLetterSpacingRepairer([...otherSeeds, cleanPlanLines]);

const gold = readFileSync(join(import.meta.dirname, 'fixtures/letter-spacing-gold.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => {
    const [lineNumber = '', raw = '', correct = ''] = row.split('\t');
    return { lineNumber: Number(lineNumber), raw, correct };
  });

/** Four or more single letters apart: what a line still letter-spaced looks like. */
const SPACED_LETTERS = /(?:^|\s)(?:\p{L}\s){3,}\p{L}(?:\s|$)/u;
const words = (text: string): string[] => text.split(/\s+/u).filter(Boolean);
const withoutSpace = (text: string): string => text.replace(/\s+/gu, '');

/** Length of the longest common subsequence: matched words in order, insertions and drops cost. */
function commonWords(left: string[], right: string[]): number {
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const word of left) {
    const current = [0];
    for (const [index, other] of right.entries()) {
      current.push(word === other ? previous[index]! + 1 : Math.max(previous[index + 1]!, current[index]!));
    }
    previous = current;
  }
  return previous[right.length]!;
}

describe('gold fixture', () => {
  it('repairs the 100 gold lines with word accuracy of at least 0.99', () => {
    let matched = 0;
    let total = 0;
    const misses: string[] = [];
    for (const { raw, correct } of gold) {
      const repaired = words(normalizeText(repair(normalizeText(raw)).text));
      const expected = words(normalizeText(correct));
      const common = commonWords(repaired, expected);
      if (common < expected.length) misses.push(repaired.join(' '));
      matched += common;
      total += expected.length;
    }
    const accuracy = matched / total;
    console.info(`letter-spacing word accuracy ${matched}/${total} = ${accuracy.toFixed(4)}`);
    expect(gold).toHaveLength(100);
    expect(accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('marks every gold line as letter-spaced', () => {
    expect(gold.every(({ raw }) => isLetterSpacedLine(raw))).toBe(true);
  });
});

describe('repair on hand-picked lines', () => {
  it.each([
    ['n ă m 2 0 4 5 ( v i ế t t ắ t l à Q u y ế t đ ị n h s ố 3 5 0 / Q Đ - T T g ) ;', 'năm 2045 (viết tắt là Quyết định số 350/QĐ-TTg);'],
    ['n g à y 2 6 / 0 2 / 2 0 2 6 c ủ a T h ủ ', 'ngày 26/02/2026 của Thủ'],
    ['- R à s o á t , c h u ẩ n h ó a , l à m s ạ c h d ữ l i ệ u', '- Rà soát, chuẩn hóa, làm sạch dữ liệu'],
    ['a ) T h ự c h i ệ n c h u y ể n đ ổ i s ố', 'a) Thực hiện chuyển đổi số'],
    ['v ớ i c á c t r ụ c ộ t : ( 1 ) h ạ t ầ n g s ố , ( 2 ) d ữ l i ệ u s ố', 'với các trụ cột: (1) hạ tầng số, (2) dữ liệu số'],
    ['1 0 0 % t h ủ t ụ c h à n h c h í n h', '100% thủ tục hành chính'],
    ['I I I .   N H I Ệ M   V Ụ   C Ụ   T H Ể ', 'III. NHIỆM VỤ CỤ THỂ'],
    ['t r i ể n   k h a i   t h ự c   h i ệ n . / . ', 'triển khai thực hiện./.'],
    ['( n h ư A I , B i g D a t a ) p h ù h ợ p', '(như AI, Big Data) phù hợp'],
    ['s ẻ d ữ l i ệ u ( L G S P ) c ủ a t ỉ n h', 'sẻ dữ liệu (LGSP) của tỉnh'],
    [' c h ứ c v à d o a n h n g h i ệ p', 'chức và doanh nghiệp'],
    ['Quyết định n g à y 2 6 / 0 2 / 2 0 2 6 của Thủ tướng', 'Quyết định ngày 26/02/2026 của Thủ tướng'],
    ['đ i ệ n t ử … ) , đ ồ n g t h ờ i', 'điện tử…), đồng thời'],
  ])('%s', (raw, expected) => {
    expect(repair(normalizeText(raw)).text).toBe(expected);
  });

  it('keeps line breaks, carriage returns and line numbers', () => {
    const result = repair('Tiêu đề\r\nc h ứ c v ụ\r\n\r\nx â y d ự n g\n');
    expect(result.text).toBe('Tiêu đề\r\nchức vụ\r\n\r\nxây dựng\n');
    expect(result.repairedLines).toEqual([2, 4]);
  });
});

describe('isLetterSpacedLine', () => {
  it.each([
    ['t r i ể n   k h a i', true],
    ['T r i ể n k h a i', true],
    ['v ụ .', true],
    ['a) b) c) d)', false],
    ['- Bộ Nội vụ (báo cáo);', false],
    ['Hạ tầng số\t7\t7\t0', false],
    ['Số: /KH-UBND', false],
    ['1 2 3 4', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(isLetterSpacedLine(line)).toBe(expected);
  });
});

describe('whole seed plan 000', () => {
  const lines = plan.split('\n');
  const result = repair(plan);
  const repairedLines = result.text.split('\n');

  it('repairs every letter-spaced line and keeps the line count', () => {
    const spaced = lines.flatMap((line, index) => (isLetterSpacedLine(line) ? [index + 1] : []));
    console.info(`repaired ${result.repairedLines.length} of ${lines.length} lines in ${SPACED_PLAN}`);
    expect(repairedLines).toHaveLength(lines.length);
    expect(result.repairedLines).toEqual(spaced);
    expect(result.repairedLines.length).toBeGreaterThanOrEqual(250);
  });

  it('leaves no run of four or more single letters', () => {
    expect(repairedLines.filter((line) => SPACED_LETTERS.test(line))).toEqual([]);
    expect(repairedLines.filter(isLetterSpacedLine)).toEqual([]);
  });

  it('touches no clean line, and the check does not fire on clean seeds', () => {
    lines.forEach((line, index) => {
      if (!result.repairedLines.includes(index + 1)) expect(repairedLines[index]).toBe(line);
    });
    for (const text of otherSeeds) expect(text.split('\n').filter((line) => SPACED_LETTERS.test(line))).toEqual([]);
  });

  it('is a no-op on the other, clean seed plans', () => {
    for (const text of otherSeeds) expect(repair(text)).toEqual({ text, repairedLines: [] });
  });
});

describe('properties', () => {
  const characters = fc.constantFrom(
    ...'aăâeêioôơuưyđbcghklmnpqrstvxQĐTIOC'.split(''),
    ...'áàảãạếềểễệốồổỗộứừửữự'.split(''),
    ...'0123456789'.split(''),
    ...',.;:()/-%…"'.split(''),
    ' ', ' ', ' ', ' ', '  ', '\t', '\n', '\r\n',
  );
  const arbitraryText = fc.oneof(
    fc.string({ unit: characters, maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
  );

  it('never drops or changes a non-space character, and keeps the line count', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const { text: repaired, repairedLines } = repair(text);
        expect(withoutSpace(repaired)).toBe(withoutSpace(text));
        expect(repaired.split('\n')).toHaveLength(text.split('\n').length);
        expect(repairedLines.every((line) => line >= 1 && line <= text.split('\n').length)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every character when the input is letter-spaced text', () => {
    const spacedText = fc.array(fc.constantFrom(...generateSyllables().slice(0, 3000), '2030', ',', '(', ')', '350/QĐ-TTg'), { minLength: 1, maxLength: 20 })
      .map((tokens) => [...tokens.join('  ')].join(' '));
    fc.assert(
      fc.property(spacedText, (text) => {
        expect(withoutSpace(repair(text).text)).toBe(withoutSpace(text));
      }),
      { numRuns: 200 },
    );
  });

  it('is a no-op on clean text', () => {
    const longSyllables = generateSyllables().filter((syllable) => syllable.length >= 2);
    const token = fc.oneof(fc.constantFrom(...longSyllables), fc.integer({ min: 10, max: 99_999 }).map(String), fc.constantFrom('350/QĐ-TTg', 'UBND', '(IOC)', 'a)', '-', '100%,'));
    const cleanText = fc.array(fc.array(token, { maxLength: 15 }).map((line) => line.join(' ')), { maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(cleanText, (text) => {
        expect(repair(text)).toEqual({ text, repairedLines: [] });
      }),
      { numRuns: 300 },
    );
  });
});
