/** Export and erasure of one conversation or one Zalo user (messages, feedback, tickets), audited; where personal data goes. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../src/protocol/chat-events';
import { configuredDataFlows } from '../../src/services/configured-data-flows';
import { dataFlowWarnings } from '../../src/services/data-flows';
import { postJson } from '../support/test-app';
import { createZaloKit, fakeResult, signedRequest, textEvent, USER_ID } from '../channels/zalo/zalo-test-kit';

type Kit = Awaited<ReturnType<typeof createZaloKit>>;
let kit: Kit | undefined;
afterEach(async () => kit?.close());

const engine = { answer: async () => fakeResult('Trả lời có nguồn [1].') };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const url = (query: string) => `http://localhost/api/admin/personal-data?${query}`;

describe('personal data requests', () => {
  it('exports and erases one widget conversation with its feedback and ticket, leaving others alone', async () => {
    kit = await createZaloKit({ engine });
    const mine = (await (await kit.app.request(postJson('/api/chat', { message: 'Câu hỏi của tôi?' }))).json()) as ChatResponse;
    const other = (await (await kit.app.request(postJson('/api/chat', { message: 'Câu hỏi của người khác?' }))).json()) as ChatResponse;
    await kit.app.request(postJson('/api/feedback', { sessionId: mine.sessionId, rating: 'down', reason: 'chưa rõ' }));
    await kit.app.request(postJson('/api/handoff', { sessionId: mine.sessionId }));
    const admin = await kit.tokenFor('admin');

    const exported = await kit.app.request(new Request(url(`sessionId=${mine.sessionId}`), { headers: bearer(admin) }));
    expect(exported.status).toBe(200);
    const body = (await exported.json()) as { counts: Record<string, number>; messages: Array<{ text: string }> };
    expect(body.counts).toEqual({ sessions: 1, messages: 2, feedback: 1, tickets: 1 });
    expect(body.messages[0]!.text).toBe('Câu hỏi của tôi?');

    const erased = await kit.app.request(new Request(url(`sessionId=${mine.sessionId}`), { method: 'DELETE', headers: bearer(admin) }));
    expect(((await erased.json()) as { erased: Record<string, number> }).erased).toEqual({ sessions: 1, messages: 2, feedback: 1, tickets: 1 });
    const after = (await (await kit.app.request(new Request(url(`sessionId=${mine.sessionId}`), { headers: bearer(admin) }))).json()) as { counts: Record<string, number> };
    expect(after.counts).toEqual({ sessions: 0, messages: 0, feedback: 0, tickets: 0 });
    expect((await kit.store.listMessages()).map((message) => message.sessionId)).toEqual([other.sessionId, other.sessionId]);

    const audit = (await kit.store.listAudit(10)).filter((entry) => entry.action.startsWith('personal-data'));
    expect(audit.map((entry) => entry.action)).toEqual(['personal-data.export', 'personal-data.erase', 'personal-data.export']);
    expect(JSON.parse(audit[1]!.detail)).toMatchObject({ subject: 'conversation', sessionId: mine.sessionId, messages: 2, tickets: 1 });
  });

  it('finds a Zalo user by their user id, and audits only the hashed conversation id', async () => {
    kit = await createZaloKit({ engine });
    await kit.app.request(await signedRequest(textEvent('Câu hỏi qua Zalo?', { msgId: 'p1' })));
    await kit.settle();
    await kit.app.request(await signedRequest(textEvent('gặp cán bộ', { msgId: 'p2' })));
    await kit.settle();
    const admin = await kit.tokenFor('admin');
    const exported = (await (await kit.app.request(new Request(url(`zaloUserId=${USER_ID}`), { headers: bearer(admin) }))).json()) as { subject: { kind: string }; counts: Record<string, number>; tickets: object[] };
    expect(exported.subject.kind).toBe('zalo-user');
    expect(exported.counts).toMatchObject({ sessions: 1, messages: 2, tickets: 1 });
    expect(exported.tickets[0]).not.toHaveProperty('replyTo');
    const erased = (await (await kit.app.request(new Request(url(`zaloUserId=${USER_ID}`), { method: 'DELETE', headers: bearer(admin) }))).json()) as { erased: Record<string, number> };
    expect(erased.erased).toMatchObject({ messages: 2, tickets: 1 });
    expect(await kit.store.listMessages()).toEqual([]);
    expect(await kit.handoffs.listTickets()).toEqual([]);
    expect(JSON.stringify(await kit.store.listAudit(10))).not.toContain(USER_ID);
  });

  it('is for admins only and needs exactly one subject', async () => {
    kit = await createZaloKit({ engine });
    const staff = await kit.tokenFor('staff');
    const admin = await kit.tokenFor('admin');
    expect((await kit.app.request(new Request(url('sessionId=abcdefghijklmnop')))).status).toBe(401);
    expect((await kit.app.request(new Request(url('sessionId=abcdefghijklmnop'), { headers: bearer(staff) }))).status).toBe(403);
    expect((await kit.app.request(new Request(url(''), { headers: bearer(admin) }))).status).toBe(400);
    expect((await kit.app.request(new Request(url(`sessionId=abcdefghijklmnop&zaloUserId=${USER_ID}`), { headers: bearer(admin) }))).status).toBe(400);
  });
});

describe('data flows', () => {
  it('says where questions go and warns when they leave the machine', async () => {
    const flows = configuredDataFlows({
      llm: { model: 'gpt-4o-mini', baseUrl: 'https://api.openai.com/v1' },
      embedder: { model: 'multilingual-e5-small', local: true },
    });
    expect(flows.map((flow) => [flow.purpose, flow.host, flow.location])).toEqual([
      ['llm', 'api.openai.com', 'external'],
      ['embedding', 'localhost', 'machine'],
    ]);
    const warnings = dataFlowWarnings(flows);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('api.openai.com');
    expect(warnings[0]).toContain('356/2025');
    expect(dataFlowWarnings(configuredDataFlows({ llm: { model: 'qwen', baseUrl: 'http://127.0.0.1:8080/v1' } }))).toEqual([]);
    expect(configuredDataFlows({ llm: { model: 'llama', baseUrl: 'http://10.0.0.5/v1' } })[0]!.location).toBe('local-network');
  });

  it('serves the flows and their warnings to admins', async () => {
    const dataFlows = configuredDataFlows({ embedder: { model: '@cf/baai/bge-m3', platform: 'Cloudflare Workers AI' } });
    kit = await createZaloKit({ engine, deps: { dataFlows } });
    const admin = await kit.tokenFor('admin');
    const response = await kit.app.request(new Request('http://localhost/api/admin/data-flows', { headers: bearer(admin) }));
    const body = (await response.json()) as { flows: Array<{ host: string }>; warnings: string[]; staysOnMachine: boolean };
    expect(body.flows.map((flow) => flow.host)).toEqual(['Cloudflare Workers AI']);
    expect(body.warnings[0]).toContain('Cloudflare Workers AI');
    expect(body.staysOnMachine).toBe(false);
    expect((await kit.app.request(new Request('http://localhost/api/admin/data-flows'))).status).toBe(401);
  });
});
