/** The ChatModel port: a provider that streams the text of one chat completion. */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatStreamOptions {
  signal?: AbortSignal;
  temperature?: number;
}

export interface ChatModel {
  readonly provider: string;
  readonly modelId: string;
  /** Yields text deltas in order; throws a ChatModelError when the provider fails or times out. */
  stream(messages: ChatMessage[], options: ChatStreamOptions): AsyncIterable<string>;
}

export type ChatModelErrorCode = 'llm_timeout' | 'llm_http' | 'llm_network' | 'llm_bad_reply' | 'llm_aborted';

/** One error type for every provider, so the engine can fall back without knowing which one failed. */
export class ChatModelError extends Error {
  override readonly name = 'ChatModelError';
  constructor(
    readonly code: ChatModelErrorCode,
    message: string,
    readonly isRetryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The signal a model call runs under (the caller's, bounded by a deadline) and how any failure
 * under it is reported: timeout, caller abort, or the adapter's own transport error.
 */
export function boundedCall(timeoutMs: number, callerSignal: AbortSignal | undefined, describe: { label: string; transport: (error: unknown) => ChatModelError }) {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  const failure = (error: unknown): ChatModelError => {
    if (error instanceof ChatModelError) return error;
    if (timeout.aborted) return new ChatModelError('llm_timeout', `${describe.label} did not finish within ${timeoutMs} ms`, true, { cause: error });
    if (callerSignal?.aborted) return new ChatModelError('llm_aborted', 'request aborted by the caller', false, { cause: error });
    return describe.transport(error);
  };
  return { signal, failure };
}
