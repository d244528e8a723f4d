/** Comparison questions: one line per province, each from that province's best passage. */
import type { Scope, SearchHit } from '../core/types';
import type { Retriever } from '../search/retriever';
import { composeSentences, selectSentences, type ExtractiveContext } from './extractive-answer';
import type { PassageNumbering } from './passage-numbering';
import { retrievalConfidence } from './retrieval-confidence';

export interface ComparisonOptions {
  retriever: Retriever;
  question: string;
  provinces: string[];
  scopes: Scope[];
  context: ExtractiveContext;
  numbering: PassageNumbering;
  threshold: number;
  factShape?: RegExp;
}

const INTRO = 'Theo kế hoạch của từng tỉnh:';

/** The comparison lines, or undefined when fewer than two provinces have an answering passage. */
export async function compareProvinces(options: ComparisonOptions): Promise<{ answer: string; confidence: number } | undefined> {
  const lines: string[] = [];
  const missing: string[] = [];
  let confidence = 0;
  for (const province of options.provinces) {
    const hits: SearchHit[] = await options.retriever.search(options.question, { k: 4, scopes: options.scopes, province });
    const covered = retrievalConfidence(options.context.profile, hits.slice(0, 3).map((hit) => hit.chunk), options.context.weight).score;
    const chosen = selectSentences(hits, options.context).slice(0, 1);
    if (chosen.length === 0 || covered < options.threshold) {
      missing.push(province);
      continue;
    }
    confidence = Math.max(confidence, covered);
    lines.push(`- ${province}: ${composeSentences(chosen, hits, options.numbering, options.context, options.factShape)}`);
  }
  if (lines.length < 2) return undefined;
  if (missing.length > 0) lines.push(`- ${missing.join(', ')}: chưa tìm thấy nội dung tương ứng trong kế hoạch hiện có.`);
  return { answer: [INTRO, ...lines].join('\n'), confidence };
}
