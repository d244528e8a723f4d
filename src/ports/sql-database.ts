/** SQL database port: the few calls the stores make, so one set of queries runs on SQLite (Node) and D1 (Workers). */

export type SqlValue = string | number | null;

/** Named values for a statement's `:name` placeholders; `undefined` is stored as NULL. */
export type SqlParams = Record<string, SqlValue | undefined>;

/** A statement written once with named placeholders and compiled to the positional `?` both engines accept. */
export interface SqlStatement {
  /** The SQL with each `:name` replaced by `?`. */
  readonly text: string;
  /** The placeholder names in order of appearance (a name used twice appears twice). */
  readonly names: readonly string[];
}

export interface SqlStep {
  statement: SqlStatement;
  params?: SqlParams;
}

export interface SqlDatabase {
  all<Row = Record<string, unknown>>(statement: SqlStatement, params?: SqlParams): Promise<Row[]>;
  first<Row = Record<string, unknown>>(statement: SqlStatement, params?: SqlParams): Promise<Row | undefined>;
  /** Runs a write; returns the number of rows it changed. Failures of the engine become StoreUnavailableError. */
  run(statement: SqlStatement, params?: SqlParams): Promise<number>;
  /** Runs the writes in one transaction (all or none); returns each one's changed-row count. */
  batch(steps: readonly SqlStep[]): Promise<number[]>;
}
