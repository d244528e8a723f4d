/** Editable thesaurus: abbreviation and synonym groups mapped to one canonical token on both sides. */
import { z } from 'zod';
import { foldDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { terms } from '../text/tokenize';

export const thesaurusFileSchema = z.object({
  description: z.string().optional(),
  groups: z.array(z.object({ id: z.string().min(1), terms: z.array(z.string().min(1)).min(1) })),
  stopwords: z.array(z.string()).default([]),
});
export type ThesaurusFile = z.infer<typeof thesaurusFileSchema>;

export interface Thesaurus {
  /** Canonical tokens (prefixed `§`) for every group phrase found in the folded token list. */
  canonicalTokens(foldedTokens: string[]): string[];
  /** Phrases of a group, as folded token lists (for display or expansion). */
  phrases(groupId: string): string[][];
  /**
   * A stopword as typed: "của", or "cua" typed without marks. A phone-style question spells every syllable
   * unmarked, so an unmarked syllable that folds like a stopword is read as one; its bigrams still carry any word
   * it is part of ("co quan" keeps co_quan).
   */
  isStopword(token: string): boolean;
}

export function createThesaurus(file: ThesaurusFile): Thesaurus {
  const byFirst = new Map<string, { id: string; tokens: string[] }[]>();
  const phrasesById = new Map<string, string[][]>();
  for (const group of file.groups) {
    for (const phrase of group.terms) {
      const tokens = terms(normalizeText(phrase)).map(foldDiacritics);
      // "gplđ" and "gpld" fold alike: one entry, or the canonical token would count twice.
      if (tokens.length === 0 || phrasesById.get(group.id)?.some((known) => known.join(' ') === tokens.join(' '))) continue;
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ id: group.id, tokens });
      byFirst.set(tokens[0]!, list);
      phrasesById.set(group.id, [...(phrasesById.get(group.id) ?? []), tokens]);
    }
  }
  const stopwords = new Set(file.stopwords.map((word) => normalizeText(word).toLowerCase()));
  const foldedStopwords = new Set([...stopwords].map(foldDiacritics));
  return {
    canonicalTokens(foldedTokens) {
      const found: string[] = [];
      foldedTokens.forEach((token, index) => {
        for (const candidate of byFirst.get(token) ?? []) {
          if (candidate.tokens.every((part, offset) => foldedTokens[index + offset] === part)) found.push(`§${candidate.id}`);
        }
      });
      return found;
    },
    phrases: (groupId) => phrasesById.get(groupId) ?? [],
    isStopword: (token) => stopwords.has(token) || (foldedStopwords.has(token) && foldDiacritics(token) === token),
  };
}

export const EMPTY_THESAURUS: Thesaurus = createThesaurus({ groups: [], stopwords: [] });
