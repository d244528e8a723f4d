/** The Worker entry inside workerd: search and extractive chat agree with Node, the widget is served, feedback lands in D1. */
import { applyD1Migrations, env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createD1Store } from '../../src/adapter/workers/d1-store';
import type { KvBinding } from '../../src/adapter/workers/bindings';
import { archiveKey, CURRENT_KEY } from '../../src/adapter/workers/index-archive';
import { createWorkerRuntime } from '../../src/adapter/workers/worker-runtime';
import { silentLogger } from '../../src/http/app-context';
import './node-expectations';

const BASE = 'https://assistant.example';
const expectations = inject('nodeExpectations');

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  const packed = inject('packedIndex');
  const bytes = Uint8Array.from(atob(packed.archiveBase64), (character) => character.charCodeAt(0));
  await env.INDEX.put(packed.key, bytes);
  await env.INDEX.put(CURRENT_KEY, packed.build);
});

function agreement(matches: boolean[]): number {
  return matches.filter(Boolean).length / matches.length;
}

describe('Worker entry', () => {
  it('loads the index from KV and reports ready', async () => {
    const response = await SELF.fetch(`${BASE}/readyz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; chunks: number; dense: boolean };
    expect(body).toMatchObject({ status: 'ready', dense: false });
    expect(body.chunks).toBeGreaterThan(100);
  });

  it('returns the same top-5 passages as the Node Retriever for at least 95% of dev questions', async () => {
    expect(expectations.length).toBeGreaterThanOrEqual(90);
    const differing: string[] = [];
    const matches: boolean[] = [];
    for (const expected of expectations) {
      const response = await SELF.fetch(`${BASE}/api/search?${new URLSearchParams({ q: expected.question, k: '5' })}`);
      expect(response.status).toBe(200);
      const { results } = (await response.json()) as { results: { id: string }[] };
      const same = JSON.stringify(results.map((result) => result.id)) === JSON.stringify(expected.topFive);
      matches.push(same);
      if (!same) differing.push(expected.id);
    }
    console.log(`top-5 agreement with Node: ${(agreement(matches) * 100).toFixed(1)}% (${matches.filter(Boolean).length}/${matches.length})${differing.length ? `; differing: ${differing.join(', ')}` : ''}`);
    expect(agreement(matches)).toBeGreaterThanOrEqual(0.95);
  });

  it('answers the dev questions extractively as the Node engine does for at least 95% of them', async () => {
    const matches: boolean[] = [];
    const differing: string[] = [];
    for (const expected of expectations) {
      const response = await SELF.fetch(`${BASE}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: expected.question }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { answer: string; refused: boolean; citations: unknown[] };
      const same = body.answer === expected.answer && body.refused === expected.refused;
      matches.push(same);
      if (!same) differing.push(expected.id);
      if (!body.refused) expect(body.citations.length).toBeGreaterThan(0);
    }
    console.log(`chat agreement with Node: ${(agreement(matches) * 100).toFixed(1)}%${differing.length ? `; differing: ${differing.join(', ')}` : ''}`);
    expect(agreement(matches)).toBeGreaterThanOrEqual(0.95);
  });

  it('serves the widget script with its ETag and answers 304 to a revalidation', async () => {
    const response = await SELF.fetch(`${BASE}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await response.text()).length).toBeGreaterThan(1000);
    const again = await SELF.fetch(`${BASE}/widget.js`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('stores feedback in D1 and reads it back through the store', async () => {
    const sessionId = `workers-test-${crypto.randomUUID()}`;
    const response = await SELF.fetch(`${BASE}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId, messageId: 'm-1', rating: 'down', reason: 'Thiếu thời hạn, gọi tôi 0912345678' }),
    });
    expect(response.status).toBe(200);
    const stored = (await createD1Store(env.DB).listFeedback()).filter((feedback) => feedback.sessionId === sessionId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ sessionId, messageId: 'm-1', rating: 'down' });
    expect(stored[0]!.reason).not.toContain('0912345678');
  });

  it('keeps chat turns in D1 so a follow-up sees the session', async () => {
    const first = await SELF.fetch(`${BASE}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: expectations[0]!.question }),
    });
    const { sessionId } = (await first.json()) as { sessionId: string };
    const store = createD1Store(env.DB);
    expect(await store.sessionExists(sessionId)).toBe(true);
    const messages = await store.recentMessages(sessionId, 10);
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant']);
  });
});

describe('index refresh', () => {
  it('swaps in a newer build once the KV pointer moves, in the background', async () => {
    const packed = inject('packedIndex');
    const bytes = Uint8Array.from(atob(packed.archiveBase64), (character) => character.charCodeAt(0)).buffer;
    const values = new Map<string, string | ArrayBuffer>([[archiveKey('build-a'), bytes], [archiveKey('build-b'), bytes], [CURRENT_KEY, 'build-a']]);
    const kv = { get: async (key: string) => values.get(key) ?? null, put: async () => undefined } as unknown as KvBinding;
    const runtime = createWorkerRuntime({ DB: env.DB, INDEX: kv, INDEX_REFRESH_SECONDS: '1' }, { logger: silentLogger });
    await runtime.ensureIndex();
    expect(runtime.index.get()?.directory).toContain('build-a');
    values.set(CURRENT_KEY, 'build-b');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const background: Promise<unknown>[] = [];
    await runtime.ensureIndex((promise) => background.push(promise));
    expect(runtime.index.get()?.directory).toContain('build-a');
    await Promise.all(background);
    expect(runtime.index.get()?.directory).toContain('build-b');
  });
});
