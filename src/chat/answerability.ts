/**
 * The one answer-or-refuse decision. Before retrieval the question alone can settle it (out of domain, a province
 * we hold nothing for); after composing, the candidates' evidence does: how much of the question their passages
 * cover, whether the fact asked is actually there, or a reasoned refusal (another agency's matter). A procedure
 * scores full only when the question names it (name, alias, code) or the conversation carries it.
 */
import type { CorpusDescription } from '../ports/retriever';
import type { Candidate } from './composers/composer';
import type { QuestionAnalysis } from './question-analysis';
import type { RefusalDetail, RefusalReason } from './refusal';
import { outOfScopeTopic } from './scope-check';

export type Verdict = { refuse: false } | { refuse: true; reason: RefusalReason; detail?: RefusalDetail };

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

export type Decision =
  | { candidate: Candidate; score: number }
  /** `evidence`: the passages a reasoned refusal's pointer rests on (a routing entry), cited with it. */
  | { refuse: true; reason: RefusalReason; detail?: RefusalDetail; score: number; evidence?: Candidate['passages']; procedureId?: string };

/**
 * Picks the answer among every composer's candidates: the first, in registry order (most specific kind first),
 * whose evidence score reaches the threshold. A candidate that is a reasoned refusal (another agency's matter)
 * refuses with its reason; when none reaches the threshold, the sources do not answer (no_sources).
 */
export function decide(candidates: readonly Candidate[], threshold: number): Decision {
  const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
  const chosen = candidates.find((candidate) => candidate.score >= threshold && (candidate.refusal || candidate.answer.trim()));
  if (!chosen) return { refuse: true, reason: 'no_sources', score: best };
  if (chosen.refusal) {
    const { reason, detail } = chosen.refusal;
    // A procedure that states nothing of what was asked stays the subject: "còn thời hạn?" asks it of that one.
    return { refuse: true, reason, ...(detail ? { detail } : {}), score: chosen.score, ...(chosen.passages.length > 0 ? { evidence: chosen.passages } : {}), ...(chosen.procedure ? { procedureId: chosen.procedure.id } : {}) };
  }
  return { candidate: chosen, score: chosen.score };
}
