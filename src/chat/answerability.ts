/**
 * The one answer-or-refuse decision. Before retrieval the question alone can settle it (out of domain, another
 * sector's procedure, a province we hold nothing for); after composing, the chosen candidate's evidence does:
 * how much of the question its passages cover, and whether the fact asked is actually there. A procedure
 * counts as evidence only when the question names it (name, alias, code) or the conversation carries it.
 */
import type { CorpusDescription } from '../ports/retriever';
import type { QuestionAnalysis } from './question-analysis';
import type { RefusalDetail, RefusalReason } from './refusal';
import { outOfScopeTopic } from './scope-check';

export type Verdict = { refuse: false } | { refuse: true; reason: RefusalReason; detail?: RefusalDetail };

const ANSWER: Verdict = { refuse: false };

/** What the question alone decides; undefined when retrieval must be consulted. */
export function judgeQuestion(question: string, analysis: QuestionAnalysis, procedureNamed: boolean, corpus: CorpusDescription): Verdict | undefined {
  if (outOfScopeTopic(question)) return { refuse: true, reason: 'out_of_domain' };
  // A plan question about a province we hold nothing for would otherwise be answered from another province's plan.
  const aboutUnheld = analysis.unheldProvinces.length > 0 && analysis.provinces.length === 0 && !procedureNamed;
  if (aboutUnheld && (analysis.aboutPlan || analysis.aspects.length === 0)) {
    return { refuse: true, reason: 'unknown_province_or_document', detail: { heldProvinces: corpus.provinces, unheld: analysis.unheldProvinces } };
  }
  return undefined;
}

/** Another sector's procedure: refused with the competent body unless a routing entry we hold answers it. */
export function judgeOtherAgency(analysis: QuestionAnalysis, procedureNamed: boolean, routingAnswers: boolean): Verdict | undefined {
  if (!analysis.otherAgency || procedureNamed || routingAnswers) return undefined;
  return { refuse: true, reason: 'other_agency', detail: { body: analysis.otherAgency.body } };
}

export interface CandidateEvidence {
  kind: string;
  /** 0–1 coverage of the question's content terms by the candidate's passages. */
  coverage: number;
  /** The procedure answered was named in the question or carried by the conversation. */
  procedureNamed: boolean;
  /** A routing entry's keyword is in the question. */
  routingNamed: boolean;
}

/** Whether the chosen candidate answers; the threshold is calibrated in retrieval-confidence.ts. */
export function judgeCandidate(evidence: CandidateEvidence, threshold: number): Verdict {
  if (evidence.kind === 'none') return { refuse: true, reason: 'no_sources' };
  if (evidence.procedureNamed || evidence.routingNamed) return ANSWER;
  return evidence.coverage >= threshold ? ANSWER : { refuse: true, reason: 'no_sources' };
}
