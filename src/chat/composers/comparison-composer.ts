/** Comparison: one cited line per province named (or every province held, for "các tỉnh" questions). */
import { compareProvinces } from '../comparison-answer';
import { factShapeOf } from '../extractive-answer';
import { PassageNumbering } from '../passage-numbering';
import type { Composer } from './composer';
import { extractiveContext, retrievalCoverage } from './coverage';

export const comparisonComposer: Composer = {
  name: 'comparison',
  async compose(context) {
    const { analysis } = context;
    const provinces = analysis.provinces.length >= 2 ? analysis.provinces : analysis.comparison && analysis.provinces.length === 0 ? [...context.provinces] : [];
    if (provinces.length < 2) return [];
    const numbering = new PassageNumbering();
    const factShape = factShapeOf(analysis);
    const compared = await compareProvinces({
      retriever: context.retriever,
      question: context.retrievalText,
      provinces,
      scopes: context.scopes,
      context: extractiveContext(context),
      numbering,
      threshold: context.threshold,
      ...(factShape ? { factShape } : {}),
      ...(context.filters.docIds ? { docIds: context.filters.docIds } : {}),
    });
    if (!compared) return [];
    return [{ kind: 'comparison', answer: compared.answer, passages: numbering.passages, score: Math.max(compared.confidence, retrievalCoverage(context)), long: true }];
  },
};
