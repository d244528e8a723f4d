/** Workers adapter of the SqlDatabase port on Cloudflare D1, and the shared SQL store over it (schema in migrations/). */
import type { SqlDatabase, SqlParams, SqlStatement } from '../../ports/sql-database';
import { StoreUnavailableError, type Store } from '../../ports/store';
import { bindValues } from '../../store/sql-statement';
import { createSqlStore } from '../../store/sql-store';
import type { D1Binding, D1Statement } from './bindings';

/** D1 fails writes on overload, network trouble or a reset storage node; constraint errors are our bug and pass through. */
function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return !/constraint/i.test(message);
}

export function createD1Database(database: D1Binding): SqlDatabase {
  const write = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      if (isTransient(error)) throw new StoreUnavailableError(`D1 write failed (${(error as Error).message})`, { cause: error });
      throw error;
    }
  };
  const bound = (statement: SqlStatement, params?: SqlParams): D1Statement => database.prepare(statement.text).bind(...bindValues(statement, params));
  return {
    async all<Row>(statement: SqlStatement, params?: SqlParams) {
      return (await bound(statement, params).all<Row>()).results;
    },
    async first<Row>(statement: SqlStatement, params?: SqlParams) {
      return (await bound(statement, params).first<Row>()) ?? undefined;
    },
    async run(statement, params) {
      const result = await write(() => bound(statement, params).run());
      return result.meta.changes ?? 0;
    },
    async batch(steps) {
      // One batch is one transaction, like a SQLite write.
      const results = await write(() => database.batch(steps.map((step) => bound(step.statement, step.params))));
      return results.map((result) => result.meta.changes ?? 0);
    },
  };
}

export function createD1Store(database: D1Binding): Store {
  // A D1 binding has no connection to close.
  return createSqlStore(createD1Database(database));
}
