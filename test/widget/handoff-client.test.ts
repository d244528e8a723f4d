/** The widget's hand-off client against the real app: open a ticket for the conversation, poll until an officer answers. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatResponse } from '../../src/protocol/chat-events';
import { openHandoffTicket, pollHandoffTicket } from '../../src/widget/handoff-client';
import { createZaloKit, fakeResult } from '../channels/zalo/zalo-test-kit';
import { postJson } from '../support/test-app';

type Kit = Awaited<ReturnType<typeof createZaloKit>>;
let kit: Kit | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await kit?.close();
});

const ORIGIN = 'http://localhost';

describe('widget hand-off client', () => {
  it('opens a ticket, sees it waiting, then reads the officer answer', async () => {
    kit = await createZaloKit({ engine: { answer: async () => fakeResult('Trả lời [1].') } });
    const app = kit.app;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => app.request(new Request(input, init)));
    const { sessionId } = (await (await app.request(postJson('/api/chat', { message: 'Hỏi về thủ tục?' }))).json()) as ChatResponse;

    const ticket = await openHandoffTicket(ORIGIN, sessionId);
    if (typeof ticket === 'string') throw new Error(`no ticket: ${ticket}`);
    expect(ticket.message).toContain(ticket.code);
    const waiting = await pollHandoffTicket(ORIGIN, ticket.code, sessionId);
    expect(waiting?.status).toBe('open');
    expect(waiting?.answer).toBeUndefined();

    const staff = await kit.tokenFor('staff');
    await app.request(postJson(`/api/staff/tickets/${ticket.code}/answer`, { answer: 'Mời Quý vị đến bộ phận một cửa.' }, { authorization: `Bearer ${staff}` }));
    expect(await pollHandoffTicket(ORIGIN, ticket.code, sessionId)).toMatchObject({ status: 'answered', answer: 'Mời Quý vị đến bộ phận một cửa.' });
  });

  it('returns the server message when there is no conversation to hand off', async () => {
    kit = await createZaloKit();
    const app = kit.app;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => app.request(new Request(input, init)));
    expect(await openHandoffTicket(ORIGIN, 'no-such-session-0001')).toMatch(/Quý vị vui lòng đặt câu hỏi trước/);
  });
});
