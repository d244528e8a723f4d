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
