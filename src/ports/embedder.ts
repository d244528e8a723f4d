/** Embedder port: turns passages and queries into vectors, whatever runs the model. */

export interface Embedder {
  /** Where the vectors come from, e.g. `transformers.js`, `openai-compatible`, `fake`. */
  readonly provider: string;
  readonly modelId: string;
  /** Vector length; `undefined` until the first call when the model decides it. */
  readonly dimensions: number | undefined;
  /** Passages to index. e5-style models embed these with a different prefix than queries. */
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

export interface EmbedderUnavailableErrorOptions {
  /** True when trying again later may succeed (server down, timeout, 5xx). */
  isRetryable?: boolean;
  cause?: unknown;
}

/** The model cannot be loaded or reached; callers fall back to lexical search. */
export class EmbedderUnavailableError extends Error {
  override readonly name = 'EmbedderUnavailableError';
  readonly code = 'embedder_unavailable';
  readonly status = 503;
  readonly userMessage = 'Tìm kiếm ngữ nghĩa tạm thời không khả dụng; kết quả chỉ dựa trên từ khóa.';
  readonly isRetryable: boolean;

  constructor(message: string, options: EmbedderUnavailableErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.isRetryable = options.isRetryable ?? false;
  }

  static isInstance(error: unknown): error is EmbedderUnavailableError {
    return error instanceof Error && (error as { code?: unknown }).code === 'embedder_unavailable';
  }
}
