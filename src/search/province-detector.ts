/** Detects which province a question is about, from the provinces present in the index. */
import { foldDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { terms } from '../text/tokenize';

export interface ProvinceDetector {
  detect(text: string): string | undefined;
  /** Every province named, in order of first mention (comparison questions name several). */
  detectAll(text: string): string[];
}

/** Matches a province name typed with or without tone marks, with or without spaces ("dak lak", "daklak"). */
export function createProvinceDetector(provinces: Iterable<string>, aliases: Record<string, string[]> = {}): ProvinceDetector {
  const patterns: { province: string; tokens: string[] }[] = [];
  for (const province of new Set(provinces)) {
    const names = [province, ...(aliases[province] ?? [])];
    for (const name of names) {
      const tokens = terms(normalizeText(name)).map(foldDiacritics);
      if (tokens.length === 0) continue;
      patterns.push({ province, tokens });
      if (tokens.length > 1) patterns.push({ province, tokens: [tokens.join('')] });
    }
  }
  patterns.sort((left, right) => right.tokens.length - left.tokens.length);
  const detectAll = (text: string): string[] => {
    const folded = terms(normalizeText(text)).map(foldDiacritics);
    const found: string[] = [];
    for (let index = 0; index < folded.length; index++) {
      for (const pattern of patterns) {
        if (pattern.tokens.every((token, offset) => folded[index + offset] === token)) {
          if (!found.includes(pattern.province)) found.push(pattern.province);
          break;
        }
      }
    }
    return found;
  };
  return { detect: (text) => detectAll(text)[0], detectAll };
}
