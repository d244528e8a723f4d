/** The few methods of Cloudflare's D1, KV, Workers AI and Vectorize bindings the adapters call, typed structurally. */
// Structural types rather than @cloudflare/workers-types: its globals clash with the DOM lib the
// rest of the project compiles against, and fakes in tests only need these methods.

export interface D1Result<Row = Record<string, unknown>> {
  results: Row[];
  meta: { changes?: number };
}

export interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  first<Row = Record<string, unknown>>(): Promise<Row | null>;
  all<Row = Record<string, unknown>>(): Promise<D1Result<Row>>;
  run(): Promise<D1Result>;
}

export interface D1Binding {
  prepare(query: string): D1Statement;
  /** Runs the statements in one transaction: all or none. */
  batch(statements: D1Statement[]): Promise<D1Result[]>;
}

export interface KvBinding {
  get(key: string, options: { type: 'text'; cacheTtl?: number }): Promise<string | null>;
  get(key: string, options: { type: 'arrayBuffer'; cacheTtl?: number }): Promise<ArrayBuffer | null>;
  put(key: string, value: string | ArrayBuffer | ArrayBufferView | ReadableStream): Promise<void>;
}

export interface AiBinding {
  run(model: string, inputs: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>;
}

export interface VectorizeBinding {
  query(vector: number[], options: { topK: number; returnValues?: boolean; returnMetadata?: 'none' | 'indexed' | 'all' }): Promise<{ matches: { id: string; score: number }[] }>;
}
