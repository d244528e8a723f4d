/**
 * The registry of answer kinds, most specific first. Every composer is asked; the answerability decision
 * (answerability.ts) takes the first candidate, in this order, whose score reaches the calibrated threshold.
 * A composer only offers a candidate when the question asks for its kind (a comparison, a task list, a signer,
 * a procedure it names…), so the general sentence extract comes last. Adding an answer kind: one file exporting
 * a `Composer`, and one line here.
 */
import type { Composer } from './composer';
import { comparisonComposer } from './comparison-composer';
import { withinFilters } from './document-scope';
import { faqComposer } from './faq-composer';
import { internalDocumentComposer } from './internal-document-composer';
import { listComposer } from './list-composer';
import { otherAgencyComposer } from './other-agency-composer';
import { procedureComposer } from './procedure-composer';
import { routingComposer } from './routing-composer';
import { sectionOutlineComposer } from './section-outline-composer';
import { sentenceComposer } from './sentence-composer';
import { signerComposer } from './signer-composer';
import { tableRowComposer } from './table-row-composer';

// Every composer keeps to the caller's scopes and filters (withinFilters), whatever it reads.
export const COMPOSERS: readonly Composer[] = [
  comparisonComposer,
  listComposer,
  sectionOutlineComposer,
  signerComposer,
  internalDocumentComposer,
  routingComposer,
  procedureComposer,
  otherAgencyComposer,
  faqComposer,
  tableRowComposer,
  sentenceComposer,
].map(withinFilters);

export type { Candidate, ComposeContext, Composer } from './composer';
