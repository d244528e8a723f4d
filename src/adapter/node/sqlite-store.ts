/** Node adapter of the Store port on better-sqlite3 (WAL, busy timeout, one transaction per write). */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StoreUnavailableError, type AuditRecord, type ConversationFocusRecord, type FeedbackRecord, type Store, type StoredMessage, type TokenRecord } from '../../ports/store';

// One schema for SQLite and D1: the migration file Workers apply is the one Node runs.
const SCHEMA = readFileSync(new URL('../../../migrations/0001_init.sql', import.meta.url), 'utf8');

type Row = Record<string, unknown>;

export function openSqliteStore(file: string, options: { busyTimeoutMs?: number } = {}): Store {
  let database: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    database = new Database(file, { timeout: options.busyTimeoutMs ?? 2000 });
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.exec(SCHEMA);
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open the database ${file} (${(error as Error).message}); check that DATA_DIR exists and is writable.`, { cause: error });
  }
  const write = <T>(action: () => T): T => {
    try {
      return database.transaction(action)();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (/SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN)/.test(code)) throw new StoreUnavailableError(`SQLite write failed (${code})`, { cause: error });
      throw error;
    }
  };
  const toMessage = (row: Row): StoredMessage => ({
    sessionId: String(row.session_id),
    messageId: String(row.message_id),
    role: row.role as StoredMessage['role'],
    text: String(row.text),
    createdAt: String(row.created_at),
    refused: row.refused === null ? undefined : row.refused === 1,
    refusalReason: (row.refusal_reason as string | null) ?? undefined,
    confidence: (row.confidence as number | null) ?? undefined,
    engine: (row.engine as string | null) ?? undefined,
    fallback: (row.fallback as string | null) ?? undefined,
    guardInterventions: (row.guard_interventions as number | null) ?? undefined,
    procedureId: (row.procedure_id as string | null) ?? undefined,
    scope: (row.scope as string | null) ?? undefined,
  });
  const toToken = (row: Row): TokenRecord => ({
    id: String(row.id),
    name: String(row.name),
    role: row.role as TokenRecord['role'],
    hash: String(row.hash),
    createdAt: String(row.created_at),
    revokedAt: (row.revoked_at as string | null) ?? undefined,
  });
  return {
    async createSession(sessionId, createdAt) {
      write(() => database.prepare('INSERT OR IGNORE INTO sessions (id, created_at) VALUES (?, ?)').run(sessionId, createdAt));
    },
    async sessionExists(sessionId) {
      return Boolean(database.prepare('SELECT 1 FROM sessions WHERE id = ?').get(sessionId));
    },
    async getFocus(sessionId) {
      const row = database.prepare('SELECT focus FROM sessions WHERE id = ?').get(sessionId) as { focus: string | null } | undefined;
      return row?.focus ? (JSON.parse(row.focus) as ConversationFocusRecord) : undefined;
    },
    async saveFocus(sessionId, focus) {
      write(() => database.prepare('UPDATE sessions SET focus = ? WHERE id = ?').run(JSON.stringify(focus), sessionId));
    },
    async appendMessage(message) {
      write(() =>
        database
          .prepare('INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(
            message.sessionId, message.messageId, message.role, message.text, message.createdAt,
            message.refused === undefined ? null : message.refused ? 1 : 0, message.refusalReason ?? null, message.confidence ?? null,
            message.engine ?? null, message.fallback ?? null, message.guardInterventions ?? null, message.procedureId ?? null, message.scope ?? null,
          ),
      );
    },
    async recentMessages(sessionId, limit) {
      const rows = database.prepare('SELECT * FROM messages WHERE session_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?').all(sessionId, limit) as Row[];
      return rows.map(toMessage).reverse();
    },
    async listMessages(options = {}) {
      const rows = database
        .prepare('SELECT * FROM messages WHERE created_at >= ? AND (? IS NULL OR role = ?) ORDER BY created_at')
        .all(options.since ?? '', options.role ?? null, options.role ?? null) as Row[];
      return rows.map(toMessage);
    },
    async recordFeedback(feedback) {
      write(() =>
        database.prepare('INSERT INTO feedback VALUES (?, ?, ?, ?, ?)').run(feedback.sessionId, feedback.messageId ?? null, feedback.rating, feedback.reason ?? null, feedback.createdAt),
      );
    },
    async listFeedback(options = {}) {
      const rows = database.prepare('SELECT * FROM feedback WHERE created_at >= ? ORDER BY created_at').all(options.since ?? '') as Row[];
      return rows.map((row) => ({
        sessionId: String(row.session_id),
        messageId: (row.message_id as string | null) ?? undefined,
        rating: row.rating as FeedbackRecord['rating'],
        reason: (row.reason as string | null) ?? undefined,
        createdAt: String(row.created_at),
      }));
    },
    async createToken(token) {
      write(() => database.prepare('INSERT INTO tokens VALUES (?, ?, ?, ?, ?, NULL)').run(token.id, token.name, token.role, token.hash, token.createdAt));
    },
    async findTokenByHash(hash) {
      const row = database.prepare('SELECT * FROM tokens WHERE hash = ?').get(hash) as Row | undefined;
      return row ? toToken(row) : undefined;
    },
    async listTokens() {
      return (database.prepare('SELECT * FROM tokens ORDER BY created_at').all() as Row[]).map(toToken);
    },
    async revokeToken(id, at) {
      return write(() => database.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes > 0);
    },
    async audit(record: AuditRecord) {
      write(() => database.prepare('INSERT INTO audit VALUES (?, ?, ?, ?)').run(record.at, record.actor, record.action, record.detail));
    },
    async listAudit(limit) {
      return database.prepare('SELECT * FROM audit ORDER BY at DESC LIMIT ?').all(limit) as AuditRecord[];
    },
    async purgeBefore(cutoff) {
      return write(() => {
        const messages = database.prepare('DELETE FROM messages WHERE created_at < ?').run(cutoff).changes;
        const feedback = database.prepare('DELETE FROM feedback WHERE created_at < ?').run(cutoff).changes;
        const sessions = database.prepare('DELETE FROM sessions WHERE created_at < ? AND id NOT IN (SELECT session_id FROM messages)').run(cutoff).changes;
        return messages + feedback + sessions;
      });
    },
    async close() {
      database.close();
    },
  };
}
