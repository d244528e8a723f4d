-- Store schema (sessions, messages, feedback, tokens, audit): applied to D1 by wrangler and run by src/adapter/node/sqlite-store.ts at start.
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, focus TEXT);
CREATE TABLE IF NOT EXISTS messages (
  session_id TEXT NOT NULL, message_id TEXT NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL,
  refused INTEGER, refusal_reason TEXT, confidence REAL, engine TEXT, fallback TEXT, guard_interventions INTEGER, procedure_id TEXT, scope TEXT,
  PRIMARY KEY (session_id, message_id));
CREATE INDEX IF NOT EXISTS messages_created ON messages(created_at);
CREATE TABLE IF NOT EXISTS feedback (session_id TEXT NOT NULL, message_id TEXT, rating TEXT NOT NULL, reason TEXT, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS feedback_created ON feedback(created_at);
CREATE TABLE IF NOT EXISTS tokens (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE IF NOT EXISTS audit (at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
