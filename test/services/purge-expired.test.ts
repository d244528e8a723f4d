/** Retention removes old conversations, feedback and hand-off tickets, and webhook events older than a day; recent ones stay. */
import { describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/adapter/node/sqlite-database';
import { sqliteStoreOn } from '../../src/adapter/node/sqlite-store';
import { purgeExpired } from '../../src/services/purge-expired';
import { citizenStoresOn } from '../../src/store/citizen-stores';

describe('purgeExpired', () => {
  it('applies the retention period to every table holding people’s words', async () => {
    const database = openSqliteDatabase(':memory:');
    const stores = { store: sqliteStoreOn(database), ...citizenStoresOn(database) };
    const now = new Date('2026-06-30T00:00:00.000Z');
    for (const [sessionId, at] of [['old', '2025-12-01T00:00:00.000Z'], ['new', '2026-06-29T00:00:00.000Z']] as const) {
      await stores.store.createSession(sessionId, at);
      await stores.store.appendMessage({ sessionId, messageId: 'q', role: 'user', text: 'hỏi', createdAt: at });
      await stores.handoffs.createTicket({ code: `NV-${sessionId.toUpperCase()}XXX`, sessionId, channel: 'widget', status: 'open', transcript: [], createdAt: at });
      await stores.channelEvents.claim('zalo', sessionId, at);
    }
    // Old: a message, a session, a ticket and an event.
    expect(await purgeExpired(stores, { retentionDays: 180, now })).toBe(4);
    expect((await stores.store.listMessages()).map((message) => message.sessionId)).toEqual(['new']);
    expect((await stores.handoffs.listTickets()).map((ticket) => ticket.sessionId)).toEqual(['new']);
    expect(await stores.channelEvents.claim('zalo', 'old', now.toISOString())).toBe(true);
    expect(await stores.channelEvents.claim('zalo', 'new', now.toISOString())).toBe(false);
  });
});
