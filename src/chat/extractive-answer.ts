/** The default engine's prose: the sentences of the retrieved passages that answer, trimmed, each with its [n]. */
import type { SearchHit } from '../core/types';
import { PassageNumbering } from './passage-numbering';
import { slotTermsOf, type QuestionAnalysis } from './question-analysis';
import { labelAnswers, scoreSentences, type CandidateSentence } from './sentence-scoring';
import { asSentence } from './sentence-split';
import { trimSentence } from './sentence-trim';
import { foldedSyllables, type TermProfile } from './term-weights';

export interface ExtractiveContext {
  analysis: QuestionAnalysis;
  profile: TermProfile;
  weight: (term: string) => number;
}

const FACT_SHAPES: Partial<Record<string, RegExp>> = {
  percent: /\d\s?%/,
  deadline: /\b(19|20)\d{2}\b|quý\s+[IV]+/iu,
  document_number: /\d+\/[\p{Lu}Đ]/u,
};

/** The shape of the fact asked (a percentage, a year, a document number), which a trimmed sentence must keep. */
export function factShapeOf(analysis: QuestionAnalysis): RegExp | undefined {
  return analysis.wants.map((fact) => FACT_SHAPES[fact]).find(Boolean);
}

const FIRST_SENTENCE_WORDS = 48;
const SECOND_SENTENCE_WORDS = 30;
const TASK_HEAD_WORDS = 14;
const AGENCY_LABEL = /chủ trì|phối hợp|cơ quan|đơn vị/iu;
const TASK_LABEL = /^(tên )?nhiệm vụ|^nội dung/iu;

/** Picks one or two sentences; the second only when it adds a question term or the task a labelled column belongs to. */
export function selectSentences(hits: SearchHit[], context: ExtractiveContext): CandidateSentence[] {
  const candidates = scoreSentences(
    hits.map((hit) => hit.chunk),
    hits.map((hit) => hit.score),
    context,
  );
  const best = candidates[0];
  if (!best) return [];
  const chosen = [best];
  if (best.label && !TASK_LABEL.test(best.label)) {
    // A table row answers with every column asked for (the lead body and the year, say), then the task it belongs to.
    const sameRow = candidates.filter((candidate) => candidate.passage === best.passage && candidate !== best && candidate.label);
    chosen.push(...sameRow.filter((candidate) => labelAnswers(candidate.label!, context.analysis.wants)).slice(0, 2));
    const task = sameRow.find((candidate) => TASK_LABEL.test(candidate.label!));
    if (task) chosen.push(task);
    return chosen;
  }
  const second = candidates.slice(1).find((candidate) => {
    if (candidate.score < best.score * 0.7 || candidate.text === best.text) return false;
    // Another column of the same row comes along, except an agency column nobody asked about ("Cơ quan chủ trì" for "như thế nào").
    return [...candidate.covered].some((term) => !best.covered.has(term) && !term.includes('_')) || (candidate.label !== undefined && candidate.passage === best.passage && (labelAnswers(candidate.label, context.analysis.wants) || !AGENCY_LABEL.test(candidate.label)));
  });
  if (second) chosen.push(second);
  return chosen;
}

export function composeSentences(chosen: CandidateSentence[], hits: SearchHit[], numbering: PassageNumbering, context: ExtractiveContext, factShape?: RegExp): string {
  const queryTerms = [...context.profile.unigrams, ...context.profile.bigrams];
  const slotTerms = slotTermsOf(foldedSyllables(context.analysis.text));
  return chosen
    .map((sentence, index) => {
      const n = numbering.number(hits[sentence.passage]!.chunk);
      const trimmed = trimSentence(sentence.text, {
        maxWords: index === 0 ? FIRST_SENTENCE_WORDS : sentence.label && !TASK_LABEL.test(sentence.label) ? FIRST_SENTENCE_WORDS : SECOND_SENTENCE_WORDS,
        queryTerms,
        weight: context.weight,
        factShape,
        slotTerms,
      });
      return withMarker(sentence.label && TASK_LABEL.test(sentence.label) ? withTaskHead(sentence.text, trimmed) : trimmed, n);
    })
    .join(' ');
}

/**
 * A task cell cut down to its middle ("… tích hợp trợ lý ảo …") loses which task it is: its opening clause,
 * the task's name, goes back in front.
 */
function withTaskHead(full: string, trimmed: string): string {
  if (!trimmed.startsWith('… ')) return trimmed;
  const head = full.match(/^([^:]+:\s*[^;(.]+)/u)?.[1]?.trim();
  if (!head || head.split(/\s+/).length > TASK_HEAD_WORDS || trimmed.includes(head)) return trimmed;
  return `${head} ${trimmed}`;
}

/** "text [n]." — the marker sits before the closing stop so the guard reads it with its sentence. */
export function withMarker(text: string, n: number): string {
  const sentence = asSentence(text);
  if (sentence.endsWith('…')) return `${sentence} [${n}]`;
  return `${sentence.replace(/[.!?]+$/, '')} [${n}].`;
}
