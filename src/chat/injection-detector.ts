/** Recognises attempts to override the assistant's instructions, extract its prompt or make it invent facts. */
import { hasDiacritics } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { BARE_RULES, TONED_RULES, type InjectionRule } from './injection-patterns';

export type { InjectionRule } from './injection-patterns';

const PLACEHOLDER = '[nội dung không phải thông tin hành chính đã được lược bỏ]';

/** The rules a text breaks (empty when it is an ordinary question or passage), for tests and logs. */
export function injectionRules(text: string): InjectionRule[] {
  const normalized = normalizeText(text).toLowerCase().replace(/[ \t]+/g, ' ');
  // A text typed without tone marks is read with the bare forms of the addressee too ("ban" for "bạn").
  const rules = hasDiacritics(normalized) ? TONED_RULES : BARE_RULES;
  return [...new Set(rules.filter(({ pattern }) => pattern.test(normalized)).map(({ rule }) => rule))];
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
