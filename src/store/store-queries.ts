/** Every statement of the Store, written once with named columns and parameters, run by the SQLite and D1 adapters alike. */
import { sqlStatement as sql } from './sql-statement';

export const storeQueries = {
  createSession: sql(`INSERT OR IGNORE INTO sessions (id, created_at, scope, owner) VALUES (:id, :createdAt, :scope, :owner)`),
  getSession: sql(`SELECT id, created_at, scope, owner, focus FROM sessions WHERE id = :id`),
  saveFocus: sql(`UPDATE sessions SET focus = :focus WHERE id = :id`),

  appendMessage: sql(`
    INSERT OR REPLACE INTO messages
      (session_id, message_id, role, text, created_at, refused, refusal_reason, confidence, engine, fallback, guard_interventions, procedure_id, scope, audience)
    VALUES
      (:sessionId, :messageId, :role, :text, :createdAt, :refused, :refusalReason, :confidence, :engine, :fallback, :guardInterventions, :procedureId, :scope, :audience)`),
  // rowid breaks ties between a question and its answer written in the same millisecond.
  recentMessages: sql(`SELECT * FROM messages WHERE session_id = :sessionId ORDER BY created_at DESC, rowid DESC LIMIT :limit`),
  listMessages: sql(`SELECT * FROM messages WHERE created_at >= :since AND (:role IS NULL OR role = :role) ORDER BY created_at, rowid`),

  recordFeedback: sql(`INSERT INTO feedback (session_id, message_id, rating, reason, created_at) VALUES (:sessionId, :messageId, :rating, :reason, :createdAt)`),
  listFeedback: sql(`SELECT session_id, message_id, rating, reason, created_at FROM feedback WHERE created_at >= :since ORDER BY created_at, rowid`),

  createToken: sql(`INSERT INTO tokens (id, name, role, hash, created_at, expires_at, revoked_at) VALUES (:id, :name, :role, :hash, :createdAt, :expiresAt, NULL)`),
  findTokenByHash: sql(`SELECT * FROM tokens WHERE hash = :hash`),
  listTokens: sql(`SELECT * FROM tokens ORDER BY created_at, rowid`),
  revokeToken: sql(`UPDATE tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL`),

  audit: sql(`INSERT INTO audit (at, actor, action, detail) VALUES (:at, :actor, :action, :detail)`),
  listAudit: sql(`SELECT at, actor, action, detail FROM audit ORDER BY at DESC, rowid DESC LIMIT :limit`),

  purgeMessages: sql(`DELETE FROM messages WHERE created_at < :cutoff`),
  purgeFeedback: sql(`DELETE FROM feedback WHERE created_at < :cutoff`),
  purgeSessions: sql(`DELETE FROM sessions WHERE created_at < :cutoff AND id NOT IN (SELECT session_id FROM messages)`),
};
