/** Conversations bound to scope and owner: a session id from another scope or owner starts afresh, public history never holds internal turns. */
import { describe, expect, it } from 'vitest';
import type { ChatEngine, ChatRequest } from '../../src/chat/chat-types';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { createApp } from '../../src/http/app';
import { DEFAULT_APP_CONFIG, silentLogger } from '../../src/http/app-context';
import { Metrics } from '../../src/http/metrics';
import { IndexHolder } from '../../src/services/index-holder';
import { createUserToken } from '../../src/services/user-tokens';
import { postJson, unlimited } from '../support/test-app';
import { loadTestIndex } from '../support/test-index';

const INTERNAL_ANSWER = 'Phòng Tổ chức biên chế nhận hồ sơ theo Hướng dẫn nội bộ [1].';

/** Answers every question with the same cited sentence and records what the route handed it. */
function recordingEngine() {
  const requests: ChatRequest[] = [];
  const engine: ChatEngine = {
    async answer(request) {
      requests.push(request);
      return {
        answer: request.scopes.includes('internal') ? INTERNAL_ANSWER : 'Hồ sơ gồm đơn đề nghị [1].',
        citations: [{ n: 1, text: 'Đơn đề nghị.', source: { docId: 'procedure:thanh-lap-hoi', title: 'Thành lập hội' } }],
        refused: false,
        focus: { procedureId: 'thanh-lap-hoi', docId: request.scopes.includes('internal') ? 'huong-dan-noi-bo' : 'procedure:thanh-lap-hoi' },
        engine: 'extractive',
        guardInterventions: 0,
        confidence: 0.9,
        piiDetected: false,
      };
    },
  };
  return { engine, requests };
}

async function setUp() {
  const live = await loadTestIndex();
  const index = new IndexHolder();
  const { engine, requests } = recordingEngine();
  index.set({ ...live, engine });
  const store = openSqliteStore(':memory:');
  const app = createApp({ index, store, metrics: new Metrics(), logger: silentLogger, config: { ...DEFAULT_APP_CONFIG, rateLimits: unlimited } });
  const officer = await createUserToken(store, { role: 'staff', name: 'Chuyên viên A' });
  const colleague = await createUserToken(store, { role: 'staff', name: 'Chuyên viên B' });
  const ask = async (body: Record<string, unknown>, token?: string) => {
    const response = await app.request(postJson('/api/chat', { message: 'Ai nhận hồ sơ thành lập hội?', ...body }, token ? { authorization: `Bearer ${token}` } : {}));
    expect(response.status).toBe(200);
    return ((await response.json()) as { sessionId: string }).sessionId;
  };
  return { app, store, requests, ask, officer: officer.token, colleague: colleague.token, officerId: officer.record.id };
}

describe('sessions bound to scope and owner', () => {
  it('continues a conversation for the same owner and scope', async () => {
    const { ask, requests, officer } = await setUp();
    const sessionId = await ask({}, officer);
    expect(await ask({ sessionId, message: 'Còn thời hạn thì sao?' }, officer)).toBe(sessionId);
    expect(requests[1]!.history?.map((turn) => turn.role)).toEqual(['user', 'assistant']);
    expect(requests[1]!.history?.[1]!.text).toBe(INTERNAL_ANSWER);
    expect(requests[1]!.focus).toMatchObject({ docId: 'huong-dan-noi-bo' });
  });

  it('starts a new public conversation when a public request carries a staff session id', async () => {
    const { ask, requests, store, officer } = await setUp();
    const staffSession = await ask({}, officer);
    const publicSession = await ask({ sessionId: staffSession, message: 'Còn thời hạn thì sao?' });
    expect(publicSession).not.toBe(staffSession);
    expect(requests[1]!.scopes).toEqual(['public']);
    expect(requests[1]!.history).toEqual([]);
    expect(requests[1]!.focus).toBeUndefined();
    // The staff conversation is untouched; the public turn went to its own session.
    expect((await store.recentMessages(staffSession, 10)).map((message) => message.scope)).toEqual(['internal', 'internal']);
    expect(await store.getSession(publicSession)).toMatchObject({ scope: 'public', owner: 'public' });
  });

  it("starts afresh for another officer's session id and for the same officer asking in the public scope", async () => {
    const { ask, requests, officer, colleague } = await setUp();
    const sessionId = await ask({}, officer);
    expect(await ask({ sessionId }, colleague)).not.toBe(sessionId);
    expect(requests[1]!.history).toEqual([]);
    expect(await ask({ sessionId, scope: 'public' }, officer)).not.toBe(sessionId);
    expect(requests[2]!.history).toEqual([]);
    expect(requests[2]!.scopes).toEqual(['public']);
  });

  it('never replays an internal turn stored in a public conversation by an older version', async () => {
    const { ask, requests, store } = await setUp();
    const sessionId = await ask({});
    await store.appendMessage({ sessionId, messageId: 'legacy', role: 'assistant', text: INTERNAL_ANSWER, createdAt: new Date().toISOString(), scope: 'internal' });
    expect(await ask({ sessionId })).toBe(sessionId);
    expect(requests[1]!.history?.map((turn) => turn.text)).not.toContain(INTERNAL_ANSWER);
    expect(requests[1]!.history).toHaveLength(2);
  });

  it('treats a session stored before sessions were bound as someone else’s', async () => {
    const { ask, requests, store } = await setUp();
    await store.createSession('phien-cu-chua-gan-0001', new Date().toISOString());
    expect(await ask({ sessionId: 'phien-cu-chua-gan-0001' })).not.toBe('phien-cu-chua-gan-0001');
    expect(requests[0]!.history).toEqual([]);
  });

  it('stores each turn with its audience: staff in internal scope by default, staff asking the public view still staff', async () => {
    const { ask, store, officer } = await setUp();
    const internal = await ask({}, officer);
    const publicView = await ask({ scope: 'public' }, officer);
    const citizen = await ask({});
    const stored = async (sessionId: string) => (await store.recentMessages(sessionId, 2)).map((message) => [message.scope, message.audience]);
    expect(await stored(internal)).toEqual([['internal', 'staff'], ['internal', 'staff']]);
    expect(await stored(publicView)).toEqual([['public', 'staff'], ['public', 'staff']]);
    expect(await stored(citizen)).toEqual([['public', 'public'], ['public', 'public']]);
  });
});
