/** The HandoffStore and ChannelEventLog ports on any SqlDatabase (SQLite on Node, D1 on Workers). */
import type { ChannelEventLog } from '../ports/channel-event-log';
import type { HandoffChannel, HandoffStore, HandoffTicket, TicketStatus, TranscriptTurn } from '../ports/handoff-store';
import type { SqlDatabase } from '../ports/sql-database';
import { citizenQueries as queries } from './citizen-queries';

type Row = Record<string, unknown>;

const optional = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));

export function toTicket(row: Row): HandoffTicket {
  return {
    code: String(row.code),
    sessionId: String(row.session_id),
    channel: row.channel as HandoffChannel,
    status: row.status as TicketStatus,
    topic: optional(row.topic),
    transcript: JSON.parse(String(row.transcript)) as TranscriptTurn[],
    note: optional(row.note),
    replyTo: optional(row.reply_to),
    answer: optional(row.answer),
    answeredBy: optional(row.answered_by),
    createdAt: String(row.created_at),
    answeredAt: optional(row.answered_at),
    closedAt: optional(row.closed_at),
  };
}

export function createSqlHandoffStore(database: SqlDatabase): HandoffStore {
  return {
    async createTicket(ticket) {
      const { code, sessionId, channel, status, topic, note, replyTo, createdAt } = ticket;
      return (await database.run(queries.createTicket, { code, sessionId, channel, status, topic, note, replyTo, createdAt, transcript: JSON.stringify(ticket.transcript) })) > 0;
    },
    async getTicket(code) {
      const row = await database.first(queries.getTicket, { code });
      return row ? toTicket(row) : undefined;
    },
    async listTickets(options = {}) {
      return (await database.all(queries.listTickets, { status: options.status, limit: options.limit ?? 200 })).map(toTicket);
    },
    async pendingTicketFor(sessionId) {
      const row = await database.first(queries.pendingTicketFor, { sessionId });
      return row ? toTicket(row) : undefined;
    },
    async answerTicket(code, answer, answeredBy, at) {
      return (await database.run(queries.answerTicket, { code, answer, answeredBy, at })) > 0;
    },
    async closeTicket(code, at) {
      return (await database.run(queries.closeTicket, { code, at })) > 0;
    },
    async countByTopic(since) {
      return (await database.all(queries.countByTopic, { since })).map((row) => ({ topic: String(row.topic), channel: row.channel as HandoffChannel, count: Number(row.count) }));
    },
    async purgeBefore(cutoff) {
      return database.run(queries.purgeTickets, { cutoff });
    },
  };
}

export function createSqlChannelEventLog(database: SqlDatabase): ChannelEventLog {
  return {
    async claim(channel, eventId, receivedAt) {
      return (await database.run(queries.claimEvent, { channel, eventId, receivedAt })) > 0;
    },
    async purgeBefore(cutoff) {
      return database.run(queries.purgeEvents, { cutoff });
    },
  };
}
