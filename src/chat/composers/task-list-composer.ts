/** Task lists from appendix rows: the tasks a body leads, due in the years asked. */
import { PassageNumbering } from '../passage-numbering';
import { composeTaskList, matchingRows } from '../task-list-answer';
import type { Composer } from './composer';
import { retrievalCoverage } from './coverage';

const WIDE_SEARCH = 80;

export const taskListComposer: Composer = {
  name: 'task-list',
  async compose(context) {
    if (!context.analysis.taskList) return [];
    const wide = await context.retriever.retrieve(context.retrievalText, { k: WIDE_SEARCH, scopes: context.scopes, ...context.filters });
    const numbering = new PassageNumbering();
    const answer = composeTaskList(matchingRows(context.analysis, wide), numbering);
    return answer ? [{ kind: 'task-list', answer, passages: numbering.passages, score: retrievalCoverage(context), long: true }] : [];
  },
};
