-- Sessions bound to the scope and owner that opened them, token expiry, the audience of each message
-- (public widget or staff), and rate-limit counters shared by every process on one database.
ALTER TABLE sessions ADD COLUMN scope TEXT;
ALTER TABLE sessions ADD COLUMN owner TEXT;
ALTER TABLE tokens ADD COLUMN expires_at TEXT;
ALTER TABLE messages ADD COLUMN audience TEXT;
CREATE TABLE IF NOT EXISTS rate_limits (key TEXT NOT NULL, window_start INTEGER NOT NULL, hits INTEGER NOT NULL, PRIMARY KEY (key, window_start));
CREATE INDEX IF NOT EXISTS rate_limits_window ON rate_limits(window_start);
