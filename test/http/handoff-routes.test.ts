/** Hand-off round trips: the widget (ticket, staff answer, poll) and Zalo ("gặp cán bộ", staff answer sent on Zalo). */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../src/protocol/chat-events';
import { postJson } from '../support/test-app';
import { createZaloKit, fakeResult, signedRequest, textEvent, USER_ID } from '../channels/zalo/zalo-test-kit';

type Kit = Awaited<ReturnType<typeof createZaloKit>>;
let kit: Kit | undefined;
afterEach(async () => kit?.close());

const engine = { answer: async () => fakeResult('Lệ phí được quy định tại văn bản nguồn [1].', { topProcedureId: 'thanh-lap-hoi', focus: { procedureId: 'thanh-lap-hoi' } }) };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function askWidget(app: Kit['app'], message: string, sessionId?: string): Promise<ChatResponse> {
  const response = await app.request(postJson('/api/chat', sessionId ? { message, sessionId } : { message }));
  expect(response.status).toBe(200);
  return (await response.json()) as ChatResponse;
}

describe('hand-off to an officer', () => {
  it('round-trips from the widget: ticket with the masked conversation, staff answer, citizen poll', async () => {
    kit = await createZaloKit({ engine });
    const { sessionId } = await askWidget(kit.app, 'Tôi là Nguyễn Văn An, điện thoại 0912 345 678, hỏi lệ phí thành lập hội?');
    const opened = await kit.app.request(postJson('/api/handoff', { sessionId, note: 'Xin cán bộ gọi lại số 0912 345 678' }));
    expect(opened.status).toBe(201);
    const ticket = (await opened.json()) as { code: string; status: string; message: string };
    expect(ticket.code).toMatch(/^NV-[A-Z2-9]{6}$/);
    expect(ticket.status).toBe('open');
    expect(ticket.message).toContain(ticket.code);
    // Asking twice keeps one ticket.
    expect(((await (await kit.app.request(postJson('/api/handoff', { sessionId }))).json()) as { code: string }).code).toBe(ticket.code);

    const staff = await kit.tokenFor('staff');
    const queue = (await (await kit.app.request(new Request('http://localhost/api/staff/tickets?status=open', { headers: bearer(staff) }))).json()) as { tickets: Array<Record<string, unknown>> };
    expect(queue.tickets).toHaveLength(1);
    expect(queue.tickets[0]).toMatchObject({ code: ticket.code, channel: 'widget', topic: 'thanh-lap-hoi', status: 'open' });
    const shown = JSON.stringify(queue.tickets[0]);
    expect(shown).toContain('lệ phí thành lập hội');
    expect(shown).not.toContain('0912 345 678');

    const answered = await kit.app.request(postJson(`/api/staff/tickets/${ticket.code}/answer`, { answer: 'Lệ phí do Sở Nội vụ thông báo khi tiếp nhận hồ sơ; Quý vị gọi 0258 3822 123 để hỏi thêm.' }, bearer(staff)));
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { ticket: { status: string } }).ticket.status).toBe('answered');

    const polled = (await (await kit.app.request(new Request(`http://localhost/api/handoff/${ticket.code}?sessionId=${sessionId}`))).json()) as { status: string; answer: string };
    expect(polled).toMatchObject({ status: 'answered', answer: 'Lệ phí do Sở Nội vụ thông báo khi tiếp nhận hồ sơ; Quý vị gọi 0258 3822 123 để hỏi thêm.' });
    // The code alone does not reveal the answer.
    expect((await kit.app.request(new Request(`http://localhost/api/handoff/${ticket.code}?sessionId=another-session-0001`))).status).toBe(404);

    expect((await kit.app.request(postJson(`/api/staff/tickets/${ticket.code}/close`, {}, bearer(staff)))).status).toBe(200);
    const closed = (await (await kit.app.request(new Request('http://localhost/api/staff/tickets?status=closed', { headers: bearer(staff) }))).json()) as { tickets: unknown[] };
    expect(closed.tickets).toHaveLength(1);
    expect((await kit.store.listAudit(10)).map((entry) => entry.action).filter((action) => action.startsWith('handoff'))).toEqual(['handoff.close', 'handoff.answer']);
  });

  it('refuses a hand-off for a conversation that does not exist, and the staff queue to the public', async () => {
    kit = await createZaloKit({ engine });
    expect((await kit.app.request(postJson('/api/handoff', { sessionId: 'no-such-session-0001' }))).status).toBe(404);
    expect((await kit.app.request(new Request('http://localhost/api/staff/tickets'))).status).toBe(401);
  });

  it('round-trips on Zalo: "gặp cán bộ" opens a ticket, the officer answer arrives on Zalo', async () => {
    kit = await createZaloKit({ engine });
    await kit.app.request(await signedRequest(textEvent('Lệ phí thành lập hội là bao nhiêu?', { msgId: 'z1' })));
    await kit.settle();
    await kit.app.request(await signedRequest(textEvent('Cho tôi gặp cán bộ', { msgId: 'z2' })));
    await kit.settle();
    expect(kit.api.received).toHaveLength(2);
    const code = /NV-[A-Z2-9]{6}/.exec(kit.api.received[1]!.text)?.[0];
    expect(code).toBeDefined();

    const staff = await kit.tokenFor('staff');
    const read = (await (await kit.app.request(new Request(`http://localhost/api/staff/tickets/${code}`, { headers: bearer(staff) }))).json()) as { ticket: Record<string, unknown> };
    expect(read.ticket).toMatchObject({ channel: 'zalo', topic: 'thanh-lap-hoi' });
    expect(read.ticket).not.toHaveProperty('replyTo');
    expect(JSON.stringify(read.ticket)).toContain('Lệ phí thành lập hội');

    const answered = await kit.app.request(postJson(`/api/staff/tickets/${code}/answer`, { answer: 'Quý vị vui lòng liên hệ bộ phận một cửa Sở Nội vụ.' }, bearer(staff)));
    expect(((await answered.json()) as { delivered: boolean }).delivered).toBe(true);
    expect(kit.api.received).toHaveLength(3);
    expect(kit.api.received[2]).toMatchObject({ userId: USER_ID });
    expect(kit.api.received[2]!.text).toContain(`${code}`);
    expect(kit.api.received[2]!.text).toContain('Quý vị vui lòng liên hệ bộ phận một cửa Sở Nội vụ.');
    // The Zalo user id is nowhere in clear: not in the ticket, not in the conversation.
    const tickets = await kit.handoffs.listTickets();
    expect(JSON.stringify(tickets)).not.toContain(USER_ID);
    expect(JSON.stringify(await kit.store.listMessages())).not.toContain(USER_ID);
  });
});
