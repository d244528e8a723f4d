/** The zod shape of a routing entry: a topic whose competent body moved, and where it goes now. */
import { z } from 'zod';
import { checkAnswerSources, isoDateSchema, sourceSchema, unknownSchema } from './sourced';

export const routingEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    topic: z.string().min(1),
    /** Words that signal the topic in a question (matching folds diacritics). */
    keywords: z.array(z.string().min(1)).min(1),
    /** The body people still name, now abolished or no longer competent. */
    formerBody: z.string().min(1),
    /** The body to direct the citizen to. */
    currentBody: z.string().min(1),
    effectiveFrom: z.union([unknownSchema, isoDateSchema]),
    answer: z.string().min(1),
    /** Not ours any more: the assistant refuses (other_agency), names `currentBody` and uses `answer` as the pointer. */
    referral: z.boolean().optional(),
    /**
     * Never a Nội vụ matter (hộ chiếu, hộ tịch, đăng ký doanh nghiệp…), unlike a topic that moved out of it: the
     * refusal names the body and says the pointer, but cites nothing of ours as the answer.
     */
    outsideSector: z.boolean().optional(),
    answerSources: z.array(z.string().min(1)).min(1),
    sources: z.array(sourceSchema).min(1),
    verifiedAt: isoDateSchema,
  })
  .superRefine(checkAnswerSources);

export type RoutingEntry = z.infer<typeof routingEntrySchema>;
