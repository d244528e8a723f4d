/**
 * The registry of answer kinds, most specific first. Every composer is asked; the answerability decision
 * (answerability.ts) takes the first candidate, in this order, whose score reaches the calibrated threshold.
 * A composer only offers a candidate when the question asks for its kind (a comparison, a task list, a signer,
 * a procedure it names…), so the general sentence extract comes last. Adding an answer kind: one file exporting
 * a `Composer`, and one line here.
 */
import type { Composer } from './composer';
import { comparisonComposer } from './comparison-composer';
import { faqComposer } from './faq-composer';
import { listComposer } from './list-composer';
import { otherAgencyComposer } from './other-agency-composer';
import { procedureComposer } from './procedure-composer';
import { routingComposer } from './routing-composer';
import { sectionOutlineComposer } from './section-outline-composer';
import { sentenceComposer } from './sentence-composer';
import { signerComposer } from './signer-composer';
import { tableRowComposer } from './table-row-composer';

export const COMPOSERS: readonly Composer[] = [
  comparisonComposer,
  listComposer,
  sectionOutlineComposer,
  signerComposer,
  routingComposer,
  procedureComposer,
  otherAgencyComposer,
  faqComposer,
  tableRowComposer,
  sentenceComposer,
];

export type { Candidate, ComposeContext, Composer } from './composer';
