/** The Worker's daily cron applies the retention period to D1, as the Node server does. */
import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../src/adapter/workers/index';
import { createD1Store } from '../../src/adapter/workers/d1-store';

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe('scheduled retention', () => {
  it('deletes conversations older than RETENTION_DAYS and keeps recent ones', async () => {
    const store = createD1Store(env.DB);
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const recent = new Date().toISOString();
    await store.appendMessage({ sessionId: 'cron-old', messageId: 'q', role: 'user', text: 'cũ', createdAt: old });
    await store.appendMessage({ sessionId: 'cron-new', messageId: 'q', role: 'user', text: 'mới', createdAt: recent });
    const waiting: Promise<unknown>[] = [];
    await worker.scheduled({}, env, { waitUntil: (promise: Promise<unknown>) => void waiting.push(promise) });
    await Promise.all(waiting);
    const left = (await store.listMessages()).map((message) => message.sessionId);
    expect(left).toContain('cron-new');
    expect(left).not.toContain('cron-old');
  });
});
