/** The zod shape of one FAQ entry in knowledge/faq/: a question, a sourced answer, its date. */
import { z } from 'zod';
import { checkAnswerSources, isoDateSchema, sourceSchema } from './sourced';

export const faqCategorySchema = z.enum(['nộp hồ sơ', 'tra cứu hồ sơ', 'phản ánh kiến nghị', 'về trợ lý']);

export const faqEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    category: faqCategorySchema,
    question: z.string().min(1),
    /** Other ways people ask the same thing. */
    paraphrases: z.array(z.string().min(1)),
    answer: z.string().min(1),
    /** Ids of `sources` the answer rests on; the assistant's own policy cites the system card. */
    answerSources: z.array(z.string().min(1)).min(1),
    sources: z.array(sourceSchema).min(1),
    verifiedAt: isoDateSchema,
  })
  .superRefine(checkAnswerSources);

export type FaqEntry = z.infer<typeof faqEntrySchema>;
