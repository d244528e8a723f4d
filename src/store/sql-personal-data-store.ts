/** The PersonalDataStore port on any SqlDatabase: one conversation's rows across sessions, messages, feedback and tickets. */
import type { PersonalDataStore } from '../ports/personal-data-store';
import type { SqlDatabase } from '../ports/sql-database';
import type { FeedbackRecord } from '../ports/store';
import { citizenQueries as queries } from './citizen-queries';
import { toTicket } from './sql-handoff-store';
import { toMessage, toSession } from './sql-store';

export function createSqlPersonalDataStore(database: SqlDatabase): PersonalDataStore {
  return {
    async exportSession(sessionId) {
      const [session, messages, feedback, tickets] = await Promise.all([
        database.first(queries.sessionById, { sessionId }),
        database.all(queries.messagesOf, { sessionId }),
        database.all(queries.feedbackOf, { sessionId }),
        database.all(queries.ticketsOf, { sessionId }),
      ]);
      return {
        sessions: session ? [toSession(session)] : [],
        messages: messages.map(toMessage),
        feedback: feedback.map((row) => ({
          sessionId: String(row.session_id),
          messageId: row.message_id === null ? undefined : String(row.message_id),
          rating: row.rating as FeedbackRecord['rating'],
          reason: row.reason === null ? undefined : String(row.reason),
          createdAt: String(row.created_at),
        })),
        tickets: tickets.map(toTicket),
      };
    },
    async eraseSession(sessionId) {
      // One transaction: an erasure is never left half done.
      const [messages, feedback, tickets, sessions] = await database.batch(
        [queries.eraseMessages, queries.eraseFeedback, queries.eraseTickets, queries.eraseSession].map((statement) => ({ statement, params: { sessionId } })),
      );
      return { sessions: sessions ?? 0, messages: messages ?? 0, feedback: feedback ?? 0, tickets: tickets ?? 0 };
    },
  };
}
