/** The Zalo webhook inside workerd: mounted by the Worker entry, deduplicated in D1, the reply sent after the response through waitUntil. */
import { applyD1Migrations, env } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorkerRuntime } from '../../src/adapter/workers/worker-runtime';
import { zaloSignature } from '../../src/channels/zalo/zalo-signature';
import { AI_DISCLOSURE } from '../../src/channels/ai-disclosure';
import { silentLogger } from '../../src/http/app-context';

const APP_ID = '4301234567890123456';
const SECRET = 'workers-oa-secret';

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});
afterEach(() => vi.restoreAllMocks());

describe('Zalo webhook on Workers', () => {
  it('answers 200 at once, replies once through waitUntil, and ignores the repeat', async () => {
    const sent: Array<{ url: string; body: { recipient: { user_id: string }; message: { text: string } } }> = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith('https://zalo.test/')) return realFetch(input, init);
      sent.push({ url, body: JSON.parse(String(init?.body)) });
      return Response.json({ error: 0, message: 'Success' });
    });
    const runtime = createWorkerRuntime({ ...env, ZALO_APP_ID: APP_ID, ZALO_OA_SECRET_KEY: SECRET, ZALO_OA_ACCESS_TOKEN: 'token', ZALO_API_BASE_URL: 'https://zalo.test' }, { logger: silentLogger });
    const event = { app_id: APP_ID, event_name: 'follow', timestamp: String(Date.now()), follower: { id: '2512345678901234567' } };
    const body = JSON.stringify(event);
    const request = async () =>
      new Request('https://assistant.example/channels/zalo/webhook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${await zaloSignature(APP_ID, body, event.timestamp, SECRET)}` },
        body,
      });
    const waiting: Promise<unknown>[] = [];
    const context = { waitUntil: (promise: Promise<unknown>) => void waiting.push(promise), passThroughOnException() {}, props: {} };
    const first = await runtime.app.fetch(await request(), env, context as never);
    expect(first.status).toBe(200);
    expect(waiting).toHaveLength(1);
    await Promise.all(waiting);
    const again = await runtime.app.fetch(await request(), env, context as never);
    expect(await again.json()).toEqual({ ok: true, repeated: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://zalo.test/v3.0/oa/message/cs');
    expect(sent[0]!.body.message.text).toContain(AI_DISCLOSURE);
  });

  it('answers 404 when no Zalo setting is given', async () => {
    const runtime = createWorkerRuntime(env, { logger: silentLogger });
    const response = await runtime.app.fetch(new Request('https://assistant.example/channels/zalo/webhook', { method: 'POST', body: '{}' }), env, { waitUntil() {}, passThroughOnException() {}, props: {} } as never);
    expect(response.status).toBe(404);
  });
});
