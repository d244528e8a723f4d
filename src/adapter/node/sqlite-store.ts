/** Node adapter of the Store port: the shared SQL store on a better-sqlite3 database (one transaction per write). */
import type { Store } from '../../ports/store';
import { createSqlStore } from '../../store/sql-store';
import { openSqliteDatabase, type SqliteDatabase } from './sqlite-database';

export function openSqliteStore(file: string, options: { busyTimeoutMs?: number } = {}): Store {
  return sqliteStoreOn(openSqliteDatabase(file, options));
}

/** The store over an open database, for callers that share the database with other tables (rate limits). */
export function sqliteStoreOn(database: SqliteDatabase): Store {
  return createSqlStore(database, () => database.close());
}
