/** Every user-facing Vietnamese string follows the one tone-mark convention the index uses (hòa, thủy, xóa). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeToneMark } from '../../src/text/normalize';

const ROOTS = ['src/widget', 'src/http', 'src/chat', 'src/console', 'src/knowledge', 'src/adapter'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') && !full.includes('bundle') ? [full] : [];
  });
}

describe('tone-mark convention in source strings', () => {
  it('has no word whose tone mark sits elsewhere than the classic placement', () => {
    const offenders: string[] = [];
    for (const file of ROOTS.flatMap(sourceFiles)) {
      for (const word of readFileSync(file, 'utf8').normalize('NFC').match(/\p{L}+/gu) ?? []) {
        if (word.length <= 8 && /[^\x00-\x7F]/.test(word) && placeToneMark(word) !== word) offenders.push(`${file}: ${word}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
