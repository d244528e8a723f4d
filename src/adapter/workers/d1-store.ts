/** Workers adapter of the Store port on Cloudflare D1 (schema in migrations/, same tables as the SQLite store). */
import { StoreUnavailableError, type ConversationFocusRecord, type FeedbackRecord, type Store, type StoredMessage, type TokenRecord } from '../../ports/store';
import type { D1Binding, D1Statement } from './bindings';

type Row = Record<string, unknown>;

const optional = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));

function toMessage(row: Row): StoredMessage {
  return {
    sessionId: String(row.session_id),
    messageId: String(row.message_id),
    role: row.role as StoredMessage['role'],
    text: String(row.text),
    createdAt: String(row.created_at),
    refused: row.refused === null || row.refused === undefined ? undefined : row.refused === 1,
    refusalReason: optional(row.refusal_reason),
    confidence: optional(row.confidence),
    engine: optional(row.engine),
    fallback: optional(row.fallback),
    guardInterventions: optional(row.guard_interventions),
    procedureId: optional(row.procedure_id),
    scope: optional(row.scope),
  };
}

function toToken(row: Row): TokenRecord {
  return {
    id: String(row.id),
    name: String(row.name),
    role: row.role as TokenRecord['role'],
    hash: String(row.hash),
    createdAt: String(row.created_at),
    revokedAt: optional(row.revoked_at),
  };
}

/** D1 fails writes on overload, network trouble or a reset storage node; constraint errors are our bug and pass through. */
function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return !/constraint/i.test(message);
}

export function createD1Store(database: D1Binding): Store {
  const write = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      if (isTransient(error)) throw new StoreUnavailableError(`D1 write failed (${(error as Error).message})`, { cause: error });
      throw error;
    }
  };
  const statement = (sql: string, ...values: unknown[]): D1Statement => database.prepare(sql).bind(...values);
  const rows = async (sql: string, ...values: unknown[]): Promise<Row[]> => (await statement(sql, ...values).all<Row>()).results;

  return {
    async createSession(sessionId, createdAt) {
      await write(() => statement('INSERT OR IGNORE INTO sessions (id, created_at) VALUES (?, ?)', sessionId, createdAt).run());
    },
    async sessionExists(sessionId) {
      return (await statement('SELECT 1 AS found FROM sessions WHERE id = ?', sessionId).first()) !== null;
    },
    async getFocus(sessionId) {
      const row = await statement('SELECT focus FROM sessions WHERE id = ?', sessionId).first<{ focus: string | null }>();
      return row?.focus ? (JSON.parse(row.focus) as ConversationFocusRecord) : undefined;
    },
    async saveFocus(sessionId, focus) {
      await write(() => statement('UPDATE sessions SET focus = ? WHERE id = ?', JSON.stringify(focus), sessionId).run());
    },
    async appendMessage(message) {
      await write(() =>
        statement(
          'INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          message.sessionId, message.messageId, message.role, message.text, message.createdAt,
          message.refused === undefined ? null : message.refused ? 1 : 0, message.refusalReason ?? null, message.confidence ?? null,
          message.engine ?? null, message.fallback ?? null, message.guardInterventions ?? null, message.procedureId ?? null, message.scope ?? null,
        ).run(),
      );
    },
    async recentMessages(sessionId, limit) {
      const found = await rows('SELECT * FROM messages WHERE session_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?', sessionId, limit);
      return found.map(toMessage).reverse();
    },
    async listMessages(options = {}) {
      const role = options.role ?? null;
      return (await rows('SELECT * FROM messages WHERE created_at >= ? AND (? IS NULL OR role = ?) ORDER BY created_at', options.since ?? '', role, role)).map(toMessage);
    },
    async recordFeedback(feedback) {
      await write(() =>
        statement('INSERT INTO feedback VALUES (?, ?, ?, ?, ?)', feedback.sessionId, feedback.messageId ?? null, feedback.rating, feedback.reason ?? null, feedback.createdAt).run(),
      );
    },
    async listFeedback(options = {}) {
      return (await rows('SELECT * FROM feedback WHERE created_at >= ? ORDER BY created_at', options.since ?? '')).map((row) => ({
        sessionId: String(row.session_id),
        messageId: optional<string>(row.message_id),
        rating: row.rating as FeedbackRecord['rating'],
        reason: optional<string>(row.reason),
        createdAt: String(row.created_at),
      }));
    },
    async createToken(token) {
      await write(() => statement('INSERT INTO tokens VALUES (?, ?, ?, ?, ?, NULL)', token.id, token.name, token.role, token.hash, token.createdAt).run());
    },
    async findTokenByHash(hash) {
      const row = await statement('SELECT * FROM tokens WHERE hash = ?', hash).first<Row>();
      return row ? toToken(row) : undefined;
    },
    async listTokens() {
      return (await rows('SELECT * FROM tokens ORDER BY created_at')).map(toToken);
    },
    async revokeToken(id, at) {
      const result = await write(() => statement('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id).run());
      return (result.meta.changes ?? 0) > 0;
    },
    async audit(record) {
      await write(() => statement('INSERT INTO audit VALUES (?, ?, ?, ?)', record.at, record.actor, record.action, record.detail).run());
    },
    async listAudit(limit) {
      return (await rows('SELECT at, actor, action, detail FROM audit ORDER BY at DESC LIMIT ?', limit)).map((row) => ({
        at: String(row.at),
        actor: String(row.actor),
        action: String(row.action),
        detail: String(row.detail),
      }));
    },
    async purgeBefore(cutoff) {
      // One batch is one transaction, like the SQLite store's purge.
      const results = await write(() =>
        database.batch([
          statement('DELETE FROM messages WHERE created_at < ?', cutoff),
          statement('DELETE FROM feedback WHERE created_at < ?', cutoff),
          statement('DELETE FROM sessions WHERE created_at < ? AND id NOT IN (SELECT session_id FROM messages)', cutoff),
        ]),
      );
      return results.reduce((total, result) => total + (result.meta.changes ?? 0), 0);
    },
    async close() {
      // A D1 binding has no connection to close.
    },
  };
}
