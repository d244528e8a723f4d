/** Scores evaluation questions and formats per-category figures and the final line. */
import { z } from 'zod';
import { answerContainsAll, coveringRank } from './eval-tokens';

export const evalQuestionSchema = z.object({
  id: z.string(),
  doc: z.string(),
  category: z.string(),
  question: z.string(),
  evidence: z.array(z.string()).default([]),
  answer_contains: z.array(z.string()).default([]),
  expect: z.enum(['answer', 'refuse']),
  nodiac: z.boolean().optional(),
  /** Earlier user turns of the same conversation, asked in order before `question`; only the last answer is scored. */
  history: z.array(z.string().min(1)).default([]),
  /** `internal`: asked as a signed-in staff user (public and internal documents). */
  scope: z.enum(['public', 'internal']).default('public'),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export interface EvalObservation {
  question: EvalQuestion;
  passages: string[];
  answer?: { text: string; citations: number; refused: boolean; words: number; structured: boolean };
}

export interface QuestionScore {
  id: string;
  category: string;
  doc: string;
  nodiac: boolean;
  hasEvidence: boolean;
  hit5?: number;
  reciprocalRank?: number;
  answerCorrect?: number;
  refuseCorrect?: number;
}

export function scoreQuestion(observation: EvalObservation): QuestionScore {
  const { question, passages, answer } = observation;
  const score: QuestionScore = {
    id: question.id,
    category: question.category,
    doc: question.doc,
    nodiac: Boolean(question.nodiac) || question.category === 'no_diacritics',
    hasEvidence: question.evidence.length > 0,
  };
  if (score.hasEvidence) {
    score.hit5 = coveringRank(question.evidence, passages, 5) !== undefined ? 1 : 0;
    const rank = coveringRank(question.evidence, passages, 10);
    score.reciprocalRank = rank ? 1 / rank : 0;
  }
  if (answer) {
    if (question.expect === 'answer') score.answerCorrect = answerContainsAll(answer.text, question.answer_contains) && answer.citations > 0 ? 1 : 0;
    else score.refuseCorrect = answer.refused && answer.citations === 0 ? 1 : 0;
  }
  return score;
}

interface Figures {
  n: number;
  recall5?: number;
  mrr10?: number;
  answer?: number;
  refuse?: number;
}

function mean(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length ? defined.reduce((sum, value) => sum + value, 0) / defined.length : undefined;
}

export function summarize(scores: QuestionScore[]): Figures {
  return {
    n: scores.length,
    recall5: mean(scores.map((score) => score.hit5)),
    mrr10: mean(scores.map((score) => score.reciprocalRank)),
    answer: mean(scores.map((score) => score.answerCorrect)),
    refuse: mean(scores.map((score) => score.refuseCorrect)),
  };
}

const format = (value: number | undefined) => (value === undefined ? '  –  ' : value.toFixed(3));

export function formatReport(scores: QuestionScore[]): string {
  const lines: string[] = [];
  const row = (label: string, subset: QuestionScore[]) => {
    const figures = summarize(subset);
    lines.push(`${label.padEnd(34)} n=${String(figures.n).padStart(3)}  recall@5=${format(figures.recall5)}  mrr@10=${format(figures.mrr10)}  answer=${format(figures.answer)}  refuse=${format(figures.refuse)}`);
  };
  const groups = (key: (score: QuestionScore) => string) => [...new Set(scores.map(key))].sort();
  lines.push('By category:');
  for (const category of groups((score) => score.category)) row(`  ${category}`, scores.filter((score) => score.category === category));
  lines.push('By document:');
  for (const doc of groups((score) => score.doc)) row(`  ${doc}`, scores.filter((score) => score.doc === doc));
  lines.push('Subsets:');
  row('  no diacritics', scores.filter((score) => score.nodiac));
  row('  answer, with evidence', scores.filter((score) => score.hasEvidence && score.answerCorrect !== undefined));
  row('  answer, without evidence', scores.filter((score) => !score.hasEvidence && score.answerCorrect !== undefined));
  row('  overall', scores);
  const total = summarize(scores);
  // "–" where no question measured the figure, as in the table: 0.000 would read as a failure.
  const final = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(3));
  lines.push(`recall@5=${final(total.recall5)} mrr@10=${final(total.mrr10)} answer=${final(total.answer)} refuse=${final(total.refuse)} (n=${total.n})`);
  return lines.join('\n');
}
