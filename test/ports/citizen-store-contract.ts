/** Behaviour the hand-off, channel-event and personal-data stores share on SQLite (Node) and D1 (workerd). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { HandoffTicket } from '../../src/ports/handoff-store';
import type { Store } from '../../src/ports/store';
import type { CitizenStores } from '../../src/store/citizen-stores';

/** `create` must return empty stores over one database each time. */
export function runCitizenStoreContract(name: string, create: () => Promise<{ store: Store } & CitizenStores>): void {
  describe(`${name} (hand-off, channel events, personal data)`, () => {
    let stores: { store: Store } & CitizenStores;
    beforeEach(async () => {
      stores = await create();
    });

    const ticket = (overrides: Partial<HandoffTicket> & { code: string }): HandoffTicket => ({
      sessionId: 's1',
      channel: 'widget',
      status: 'open',
      transcript: [{ role: 'user', text: 'Hỏi về thủ tục', at: '2026-03-01T08:00:00.000Z' }],
      createdAt: '2026-03-01T08:00:00.000Z',
      ...overrides,
    });

    it('creates tickets once per code and round-trips every field', async () => {
      const full = ticket({ code: 'NV-AAAAAA', channel: 'zalo', topic: 'thanh-lap-hoi', note: 'gặp cán bộ', replyTo: 'sealed' });
      expect(await stores.handoffs.createTicket(full)).toBe(true);
      expect(await stores.handoffs.createTicket(ticket({ code: 'NV-AAAAAA', sessionId: 'other' }))).toBe(false);
      expect(await stores.handoffs.getTicket('NV-AAAAAA')).toEqual({ ...full, answer: undefined, answeredBy: undefined, answeredAt: undefined, closedAt: undefined });
      expect(await stores.handoffs.getTicket('NV-ZZZZZZ')).toBeUndefined();
    });

    it('answers, closes (forgetting the recipient) and lists by status, newest first', async () => {
      await stores.handoffs.createTicket(ticket({ code: 'NV-AAAAAA', replyTo: 'sealed' }));
      await stores.handoffs.createTicket(ticket({ code: 'NV-BBBBBB', sessionId: 's2', createdAt: '2026-03-01T09:00:00.000Z' }));
      expect(await stores.handoffs.answerTicket('NV-AAAAAA', 'Đã trả lời', 'Cán bộ A', '2026-03-01T10:00:00.000Z')).toBe(true);
      expect((await stores.handoffs.listTickets({ status: 'open' })).map((item) => item.code)).toEqual(['NV-BBBBBB']);
      expect((await stores.handoffs.listTickets()).map((item) => item.code)).toEqual(['NV-BBBBBB', 'NV-AAAAAA']);
      expect(await stores.handoffs.pendingTicketFor('s1')).toMatchObject({ code: 'NV-AAAAAA', status: 'answered', answer: 'Đã trả lời', answeredBy: 'Cán bộ A' });
      expect(await stores.handoffs.closeTicket('NV-AAAAAA', '2026-03-01T11:00:00.000Z')).toBe(true);
      expect(await stores.handoffs.closeTicket('NV-AAAAAA', '2026-03-01T12:00:00.000Z')).toBe(false);
      expect(await stores.handoffs.answerTicket('NV-AAAAAA', 'Muộn', 'Cán bộ B', '2026-03-01T12:00:00.000Z')).toBe(false);
      expect(await stores.handoffs.getTicket('NV-AAAAAA')).toMatchObject({ status: 'closed', closedAt: '2026-03-01T11:00:00.000Z', replyTo: undefined, answer: 'Đã trả lời' });
      expect(await stores.handoffs.pendingTicketFor('s1')).toBeUndefined();
    });

    it('counts hand-offs by topic and channel since a time, and purges old tickets', async () => {
      await stores.handoffs.createTicket(ticket({ code: 'NV-AAAAAA', topic: 'thanh-lap-hoi' }));
      await stores.handoffs.createTicket(ticket({ code: 'NV-BBBBBB', topic: 'thanh-lap-hoi', createdAt: '2026-03-02T00:00:00.000Z' }));
      await stores.handoffs.createTicket(ticket({ code: 'NV-CCCCCC', channel: 'zalo', createdAt: '2026-03-02T00:00:00.000Z' }));
      expect(await stores.handoffs.countByTopic('2026-03-01T00:00:00.000Z')).toEqual([
        { topic: 'thanh-lap-hoi', channel: 'widget', count: 2 },
        { topic: '', channel: 'zalo', count: 1 },
      ]);
      expect(await stores.handoffs.countByTopic('2026-03-01T12:00:00.000Z')).toHaveLength(2);
      expect(await stores.handoffs.purgeBefore('2026-03-01T12:00:00.000Z')).toBe(1);
      expect(await stores.handoffs.getTicket('NV-AAAAAA')).toBeUndefined();
    });

    it('claims a channel event once', async () => {
      expect(await stores.channelEvents.claim('zalo', 'msg:1', '2026-03-01T08:00:00.000Z')).toBe(true);
      expect(await stores.channelEvents.claim('zalo', 'msg:1', '2026-03-01T08:01:00.000Z')).toBe(false);
      expect(await stores.channelEvents.claim('other', 'msg:1', '2026-03-01T08:01:00.000Z')).toBe(true);
      expect(await stores.channelEvents.purgeBefore('2026-03-01T08:00:30.000Z')).toBe(1);
      expect(await stores.channelEvents.claim('zalo', 'msg:1', '2026-03-01T09:00:00.000Z')).toBe(true);
    });

    it('exports and erases one conversation across sessions, messages, feedback and tickets', async () => {
      for (const sessionId of ['s1', 's2']) {
        await stores.store.createSession(sessionId, '2026-03-01T08:00:00.000Z', { scope: 'public', owner: 'public' });
        await stores.store.appendMessage({ sessionId, messageId: `${sessionId}-q`, role: 'user', text: `câu hỏi ${sessionId}`, createdAt: '2026-03-01T08:00:00.000Z' });
        await stores.store.recordFeedback({ sessionId, rating: 'up', createdAt: '2026-03-01T08:01:00.000Z' });
        await stores.handoffs.createTicket(ticket({ code: `NV-${sessionId.toUpperCase()}AAAA`, sessionId }));
      }
      const exported = await stores.personalData.exportSession('s1');
      expect(exported.sessions.map((session) => session.id)).toEqual(['s1']);
      expect(exported.messages.map((message) => message.text)).toEqual(['câu hỏi s1']);
      expect(exported.feedback).toHaveLength(1);
      expect(exported.tickets.map((item) => item.code)).toEqual(['NV-S1AAAA']);
      expect(await stores.personalData.eraseSession('s1')).toEqual({ sessions: 1, messages: 1, feedback: 1, tickets: 1 });
      expect(await stores.personalData.exportSession('s1')).toEqual({ sessions: [], messages: [], feedback: [], tickets: [] });
      expect((await stores.personalData.exportSession('s2')).messages).toHaveLength(1);
    });
  });
}
