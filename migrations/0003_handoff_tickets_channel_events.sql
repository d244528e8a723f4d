-- Hand-off tickets (a citizen asks for an officer; the masked conversation travels with the ticket) and the
-- channel events already handled (Zalo delivers a webhook again when unsure; a msg_id is answered once).
CREATE TABLE IF NOT EXISTS handoff_tickets (
  code TEXT PRIMARY KEY, session_id TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, topic TEXT,
  transcript TEXT NOT NULL, note TEXT, reply_to TEXT, answer TEXT, answered_by TEXT,
  created_at TEXT NOT NULL, answered_at TEXT, closed_at TEXT);
CREATE INDEX IF NOT EXISTS handoff_tickets_status ON handoff_tickets(status, created_at);
CREATE INDEX IF NOT EXISTS handoff_tickets_session ON handoff_tickets(session_id);
CREATE TABLE IF NOT EXISTS channel_events (channel TEXT NOT NULL, event_id TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (channel, event_id));
CREATE INDEX IF NOT EXISTS channel_events_received ON channel_events(received_at);
