/** The Store port on any SqlDatabase: rows mapped to records here, statements in store-queries.ts, engines in the adapters. */
import type { SqlDatabase } from '../ports/sql-database';
import type { AuditRecord, ConversationFocusRecord, FeedbackRecord, SessionRecord, Store, StoredMessage, TokenRecord } from '../ports/store';
import { storeQueries as queries } from './store-queries';

type Row = Record<string, unknown>;

const optional = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));

export function toMessage(row: Row): StoredMessage {
  return {
    sessionId: String(row.session_id),
    messageId: String(row.message_id),
    role: row.role as StoredMessage['role'],
    text: String(row.text),
    createdAt: String(row.created_at),
    refused: optional<number>(row.refused) === undefined ? undefined : row.refused === 1,
    refusalReason: optional(row.refusal_reason),
    confidence: optional(row.confidence),
    engine: optional(row.engine),
    fallback: optional(row.fallback),
    guardInterventions: optional(row.guard_interventions),
    procedureId: optional(row.procedure_id),
    scope: optional(row.scope),
    audience: optional(row.audience),
  };
}

function toToken(row: Row): TokenRecord {
  return {
    id: String(row.id),
    name: String(row.name),
    role: row.role as TokenRecord['role'],
    hash: String(row.hash),
    createdAt: String(row.created_at),
    expiresAt: optional(row.expires_at),
    revokedAt: optional(row.revoked_at),
  };
}

export function toSession(row: Row): SessionRecord {
  const focus = optional<string>(row.focus);
  return {
    id: String(row.id),
    createdAt: String(row.created_at),
    scope: optional(row.scope),
    owner: optional(row.owner),
    focus: focus ? (JSON.parse(focus) as ConversationFocusRecord) : undefined,
  };
}

export function createSqlStore(database: SqlDatabase, close: () => Promise<void> = async () => undefined): Store {
  const getSession = async (id: string) => {
    const row = await database.first(queries.getSession, { id });
    return row ? toSession(row) : undefined;
  };
  return {
    async createSession(sessionId, createdAt, binding) {
      await database.run(queries.createSession, { id: sessionId, createdAt, scope: binding?.scope, owner: binding?.owner });
    },
    getSession,
    async sessionExists(sessionId) {
      return (await getSession(sessionId)) !== undefined;
    },
    async getFocus(sessionId) {
      return (await getSession(sessionId))?.focus;
    },
    async saveFocus(sessionId, focus) {
      await database.run(queries.saveFocus, { id: sessionId, focus: JSON.stringify(focus) });
    },
    async appendMessage(message) {
      await database.run(queries.appendMessage, {
        sessionId: message.sessionId,
        messageId: message.messageId,
        role: message.role,
        text: message.text,
        createdAt: message.createdAt,
        refused: message.refused === undefined ? null : message.refused ? 1 : 0,
        refusalReason: message.refusalReason,
        confidence: message.confidence,
        engine: message.engine,
        fallback: message.fallback,
        guardInterventions: message.guardInterventions,
        procedureId: message.procedureId,
        scope: message.scope,
        audience: message.audience,
      });
    },
    async recentMessages(sessionId, limit) {
      return (await database.all(queries.recentMessages, { sessionId, limit })).map(toMessage).reverse();
    },
    async listMessages(options = {}) {
      return (await database.all(queries.listMessages, { since: options.since ?? '', role: options.role })).map(toMessage);
    },
    async recordFeedback(feedback) {
      await database.run(queries.recordFeedback, { sessionId: feedback.sessionId, messageId: feedback.messageId, rating: feedback.rating, reason: feedback.reason, createdAt: feedback.createdAt });
    },
    async listFeedback(options = {}) {
      return (await database.all(queries.listFeedback, { since: options.since ?? '' })).map((row) => ({
        sessionId: String(row.session_id),
        messageId: optional<string>(row.message_id),
        rating: row.rating as FeedbackRecord['rating'],
        reason: optional<string>(row.reason),
        createdAt: String(row.created_at),
      }));
    },
    async createToken(token) {
      await database.run(queries.createToken, { id: token.id, name: token.name, role: token.role, hash: token.hash, createdAt: token.createdAt, expiresAt: token.expiresAt });
    },
    async findTokenByHash(hash) {
      const row = await database.first(queries.findTokenByHash, { hash });
      return row ? toToken(row) : undefined;
    },
    async listTokens() {
      return (await database.all(queries.listTokens)).map(toToken);
    },
    async revokeToken(id, at) {
      return (await database.run(queries.revokeToken, { id, at })) > 0;
    },
    async audit(record: AuditRecord) {
      await database.run(queries.audit, { ...record });
    },
    async listAudit(limit) {
      return (await database.all(queries.listAudit, { limit })).map((row) => ({
        at: String(row.at),
        actor: String(row.actor),
        action: String(row.action),
        detail: String(row.detail),
      }));
    },
    async purgeBefore(cutoff) {
      const changes = await database.batch([queries.purgeMessages, queries.purgeFeedback, queries.purgeSessions].map((statement) => ({ statement, params: { cutoff } })));
      return changes.reduce((total, count) => total + count, 0);
    },
    close,
  };
}
