/** Node adapter of the SqlDatabase port on better-sqlite3 (WAL, busy timeout), migrated from migrations/ at open. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlDatabase, SqlParams, SqlStatement } from '../../ports/sql-database';
import { StoreUnavailableError } from '../../ports/store';
import { bindValues } from '../../store/sql-statement';

// One schema for SQLite and D1: the files wrangler applies to D1 are the ones Node runs, in the same order.
const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));

export interface SqliteDatabase extends SqlDatabase {
  close(): Promise<void>;
}

export function openSqliteDatabase(file: string, options: { busyTimeoutMs?: number } = {}): SqliteDatabase {
  let database: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    database = new Database(file, { timeout: options.busyTimeoutMs ?? 2000 });
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    migrate(database);
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open the database ${file} (${(error as Error).message}); check that DATA_DIR exists and is writable.`, { cause: error });
  }
  const prepared = new Map<SqlStatement, Database.Statement>();
  const prepare = (statement: SqlStatement) => {
    let found = prepared.get(statement);
    if (!found) prepared.set(statement, (found = database.prepare(statement.text)));
    return found;
  };
  const write = <T>(action: () => T): T => {
    try {
      return database.transaction(action)();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (/SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN)/.test(code)) throw new StoreUnavailableError(`SQLite write failed (${code})`, { cause: error });
      throw error;
    }
  };
  const changes = (statement: SqlStatement, params?: SqlParams) => prepare(statement).run(...bindValues(statement, params)).changes;
  return {
    async all<Row>(statement: SqlStatement, params?: SqlParams) {
      return prepare(statement).all(...bindValues(statement, params)) as Row[];
    },
    async first<Row>(statement: SqlStatement, params?: SqlParams) {
      return prepare(statement).get(...bindValues(statement, params)) as Row | undefined;
    },
    async run(statement, params) {
      return write(() => changes(statement, params));
    },
    async batch(steps) {
      return write(() => steps.map((step) => changes(step.statement, step.params)));
    },
    async close() {
      database.close();
    },
  };
}

/**
 * Applies the migration files not yet applied, each in its own transaction, recording them by name.
 * 0001 only creates tables that do not exist, so a database made before this record existed replays it harmlessly.
 */
function migrate(database: Database.Database): void {
  database.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set((database.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((row) => row.name));
  const files = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).sort();
  for (const name of files) {
    if (applied.has(name)) continue;
    const sql = readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8');
    database.transaction(() => {
      database.exec(sql);
      database.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
    })();
  }
}
