/** Recognises attempts to override the assistant's instructions, extract its prompt or make it invent facts. */
import { foldDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { BARE_RULES, TONED_RULES, type InjectionRule } from './injection-patterns';

export type { InjectionRule } from './injection-patterns';

const PLACEHOLDER = '[nội dung không phải thông tin hành chính đã được lược bỏ]';

/** The rules a text breaks (empty when it is an ordinary question or passage), for tests and logs. */
export function injectionRules(text: string): InjectionRule[] {
  const normalized = normalizeText(text).toLowerCase().replace(/[ \t]+/g, ' ');
  const folded = foldDiacritics(normalized);
  // A text typed without tone marks is read with the bare forms of the addressee too ("ban" for "bạn").
  const rules = folded === normalized ? BARE_RULES : TONED_RULES;
  const broken = rules.filter(({ when, pattern }) => when.every((word) => word.test(folded)) && pattern.test(normalized));
  return [...new Set(broken.map(({ rule }) => rule))];
}

/** True when the text tries to change the assistant's role or rules; used on questions and to neutralise passages. */
export function looksLikeInjection(text: string): boolean {
  return injectionRules(text).length > 0;
}

/**
 * Passage text with instruction-like sentences replaced: documents are data, so a planted order is never quoted or obeyed.
 * Judged sentence by sentence, so one planted line costs only itself.
 */
export function withoutPlantedInstructions(text: string): { text: string; removed: number } {
  // The same passages come back request after request; their verdict does not change.
  const known = cleanedPassages.get(text);
  if (known) return known;
  const cleaned = cleanPassage(text);
  if (cleanedPassages.size >= CACHE_LIMIT) cleanedPassages.clear();
  cleanedPassages.set(text, cleaned);
  return cleaned;
}

const CACHE_LIMIT = 4096;
const cleanedPassages = new Map<string, { text: string; removed: number }>();

function cleanPassage(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text
    .split(/(?<=[.!?;])\s+|\n/)
    .map((sentence) => {
      if (!looksLikeInjection(sentence)) return sentence;
      removed++;
      return PLACEHOLDER;
    })
    .join(' ');
  return { text: removed > 0 ? cleaned : text, removed };
}
