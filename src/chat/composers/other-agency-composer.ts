/** Another sector's procedure (hộ tịch, cư trú, đất đai…) that nothing of ours names: refused, naming the competent body. */
import type { Composer } from './composer';

export const otherAgencyComposer: Composer = {
  name: 'other-agency',
  compose(context) {
    const agency = context.analysis.otherAgency;
    if (!agency || context.namedProcedure) return [];
    return [{ kind: 'other-agency', answer: '', passages: [], score: 1, refusal: { reason: 'other_agency', detail: { body: agency.body } } }];
  },
};
