/** The generative engine: streams a grounded LLM answer sentence by sentence, each one checked by the guard before it is shown. */
import type { Chunk } from '../core/types';
import type { ChatModel } from '../ports/chat-model';
import { guardCitations, type GuardIntervention } from './citation-guard';
import { groundedMessages, NO_ANSWER_SENTINEL } from './grounded-prompt';

export interface GenerativeOptions {
  model: ChatModel;
  question: string;
  passages: readonly Chunk[];
  history?: ReadonlyArray<{ role: 'user' | 'assistant'; text: string }>;
  timeoutMs: number;
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}

export interface GenerativeOutcome {
  /** Guarded text (what was streamed). Empty when the model declined. */
  answer: string;
  declined: boolean;
  interventions: GuardIntervention[];
  keptSentences: number;
  droppedSentences: number;
}

// A complete sentence ends in . ! ? (plus markers) or a line break, and more text has started after it.
const COMPLETE = /^([\s\S]*?(?:[.!?…](?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])*(?=\s+\S)|\n))/;

export async function generateAnswer(options: GenerativeOptions): Promise<GenerativeOutcome> {
  const guardPassages = options.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text, section: chunk.section }));
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const outcome: GenerativeOutcome = { answer: '', declined: false, interventions: [], keptSentences: 0, droppedSentences: 0 };
  let pending = '';
  let separator = '';
  const release = (piece: string) => {
    if (!piece.trim()) return;
    if (piece.includes(NO_ANSWER_SENTINEL)) {
      outcome.declined = true;
      return;
    }
    const checked = guardCitations(piece, guardPassages);
    outcome.interventions.push(...checked.interventions);
    outcome.keptSentences += checked.keptSentences;
    outcome.droppedSentences += checked.droppedSentences;
    if (!checked.answer) return;
    const text = `${outcome.answer ? separator : ''}${checked.answer}`;
    separator = /\n\s*$/.test(piece) ? '\n' : ' ';
    outcome.answer += text;
    options.onDelta?.(text);
  };
  const stream = options.model.stream(groundedMessages(options.question, options.passages, options.history), { signal, temperature: 0.1 });
  for await (const delta of withTimeout(stream, timeout)) {
    if (outcome.declined) break;
    pending += delta;
    let match: RegExpExecArray | null;
    while (!outcome.declined && (match = COMPLETE.exec(pending))) {
      release(match[1]!);
      pending = pending.slice(match[1]!.length);
    }
  }
  if (!outcome.declined) release(pending);
  if (outcome.declined) outcome.answer = '';
  return outcome;
}

/** Stops iterating when the timeout fires even if the model's stream ignores the signal. */
async function* withTimeout<T>(iterable: AsyncIterable<T>, timeout: AbortSignal): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  const expired = new Promise<never>((_, reject) => {
    const fail = () => reject(Object.assign(new Error('LLM timeout'), { code: 'llm_timeout' }));
    if (timeout.aborted) fail();
    else timeout.addEventListener('abort', fail, { once: true });
  });
  expired.catch(() => undefined);
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), expired]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    void iterator.return?.();
  }
}
