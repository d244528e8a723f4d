/** Statements of the hand-off, channel-event and personal-data stores (migration 0003), run on SQLite and D1 alike. */
import { sqlStatement as sql } from './sql-statement';

export const citizenQueries = {
  createTicket: sql(`
    INSERT OR IGNORE INTO handoff_tickets (code, session_id, channel, status, topic, transcript, note, reply_to, created_at)
    VALUES (:code, :sessionId, :channel, :status, :topic, :transcript, :note, :replyTo, :createdAt)`),
  getTicket: sql(`SELECT * FROM handoff_tickets WHERE code = :code`),
  listTickets: sql(`SELECT * FROM handoff_tickets WHERE (:status IS NULL OR status = :status) ORDER BY created_at DESC, rowid DESC LIMIT :limit`),
  pendingTicketFor: sql(`SELECT * FROM handoff_tickets WHERE session_id = :sessionId AND status != 'closed' ORDER BY created_at DESC, rowid DESC LIMIT 1`),
  answerTicket: sql(`
    UPDATE handoff_tickets SET status = 'answered', answer = :answer, answered_by = :answeredBy, answered_at = :at
    WHERE code = :code AND status != 'closed'`),
  closeTicket: sql(`UPDATE handoff_tickets SET status = 'closed', closed_at = :at, reply_to = NULL WHERE code = :code AND status != 'closed'`),
  countByTopic: sql(`
    SELECT COALESCE(topic, '') AS topic, channel, COUNT(*) AS count FROM handoff_tickets
    WHERE created_at >= :since GROUP BY COALESCE(topic, ''), channel ORDER BY count DESC, topic`),
  purgeTickets: sql(`DELETE FROM handoff_tickets WHERE created_at < :cutoff`),

  claimEvent: sql(`INSERT OR IGNORE INTO channel_events (channel, event_id, received_at) VALUES (:channel, :eventId, :receivedAt)`),
  purgeEvents: sql(`DELETE FROM channel_events WHERE received_at < :cutoff`),

  sessionById: sql(`SELECT id, created_at, scope, owner, focus FROM sessions WHERE id = :sessionId`),
  messagesOf: sql(`SELECT * FROM messages WHERE session_id = :sessionId ORDER BY created_at, rowid`),
  feedbackOf: sql(`SELECT session_id, message_id, rating, reason, created_at FROM feedback WHERE session_id = :sessionId ORDER BY created_at, rowid`),
  ticketsOf: sql(`SELECT * FROM handoff_tickets WHERE session_id = :sessionId ORDER BY created_at, rowid`),
  eraseSession: sql(`DELETE FROM sessions WHERE id = :sessionId`),
  eraseMessages: sql(`DELETE FROM messages WHERE session_id = :sessionId`),
  eraseFeedback: sql(`DELETE FROM feedback WHERE session_id = :sessionId`),
  eraseTickets: sql(`DELETE FROM handoff_tickets WHERE session_id = :sessionId`),
};
