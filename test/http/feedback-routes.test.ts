/** POST /api/feedback: stored masked, validated, and a store failure is a 503 with nothing half-written. */
import Database from 'better-sqlite3';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { createApp } from '../../src/http/app';
import { DEFAULT_APP_CONFIG, type Logger } from '../../src/http/app-context';
import { Metrics } from '../../src/http/metrics';
import { StoreUnavailableError, type Store } from '../../src/ports/store';
import { IndexHolder } from '../../src/services/index-holder';
import { createTestApp, postJson, unlimited } from '../support/test-app';

const SESSION = 'session-feedback-0001';

describe('POST /api/feedback', () => {
  it('stores the rating with personal data masked in the reason', async () => {
    const { app, store, metrics } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request(
      postJson('/api/feedback', { sessionId: SESSION, messageId: 'message-1', rating: 'down', reason: '  Sai lệ phí. Gọi tôi 0912 345 678 hoặc an.nguyen@example.com, CCCD 001203004567  ' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const [stored, ...rest] = await store.listFeedback();
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({ sessionId: SESSION, messageId: 'message-1', rating: 'down' });
    expect(stored!.reason).toMatch(/^Sai lệ phí\./);
    for (const secret of ['0912 345 678', 'an.nguyen@example.com', '001203004567']) expect(stored!.reason).not.toContain(secret);
    expect(stored!.reason).toContain('[số điện thoại đã ẩn]');
    expect(stored!.reason).toContain('[email đã ẩn]');
    expect(metrics.counterValue('feedback_total', { rating: 'down' })).toBe(1);
  });

  it('stores a thumbs-up without a reason', async () => {
    const { app, store } = await createTestApp({ config: { rateLimits: unlimited } });
    expect((await app.request(postJson('/api/feedback', { sessionId: SESSION, rating: 'up' }))).status).toBe(200);
    expect(await store.listFeedback()).toMatchObject([{ sessionId: SESSION, rating: 'up', reason: undefined }]);
  });

  it.each([
    ['a missing rating', { sessionId: SESSION }],
    ['an unknown rating', { sessionId: SESSION, rating: 'meh' }],
    ['a missing sessionId', { rating: 'up' }],
    ['an invalid sessionId', { sessionId: 'a b', rating: 'up' }],
    ['a reason over 1,000 characters', { sessionId: SESSION, rating: 'down', reason: 'x'.repeat(1001) }],
    ['a messageId over 80 characters', { sessionId: SESSION, rating: 'up', messageId: 'm'.repeat(81) }],
    ['a rating of the wrong type', { sessionId: SESSION, rating: 1 }],
  ])('answers 400 in Vietnamese for %s and stores nothing', async (_label, body) => {
    const { app, store } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request(postJson('/api/feedback', body));
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('invalid_request');
    expect(error.error.message).toMatch(/^Yêu cầu không hợp lệ/);
    expect(await store.listFeedback()).toEqual([]);
  });

  it('answers 415 for a form post and 400 for broken JSON', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const form = await app.request(new Request('http://localhost/api/feedback', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'rating=up' }));
    expect(form.status).toBe(415);
    const broken = await app.request(postJson('/api/feedback', '{"rating":"up",'));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });

  it('answers 503 with a Vietnamese message when the disk is full, logs the cause, and leaves nothing half-written', async () => {
    const real = openSqliteStore(':memory:');
    // The write fails inside the store, as better-sqlite3 reports SQLITE_FULL: the row must not appear.
    const failing: Store = {
      ...real,
      recordFeedback: async () => {
        throw new StoreUnavailableError('SQLite write failed (SQLITE_FULL)');
      },
    };
    const logged: { details: object; message?: string }[] = [];
    const logger: Logger = { info() {}, warn() {}, error: (details, message) => logged.push({ details, message }) };
    const metrics = new Metrics();
    const app = createApp({ index: new IndexHolder(), store: failing, metrics, logger, config: { ...DEFAULT_APP_CONFIG, rateLimits: unlimited } });
    const response = await app.request(postJson('/api/feedback', { sessionId: SESSION, rating: 'down', reason: 'Câu trả lời chưa đúng' }));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('store_unavailable');
    expect(body.error.message).toMatch(/thử lại sau/);
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|sqlite|at \w+ \(/);
    expect(logged).toEqual([{ details: { error: 'SQLite write failed (SQLITE_FULL)' }, message: 'feedback not stored' }]);
    expect(await real.listFeedback()).toEqual([]);
    expect(metrics.counterValue('feedback_total', { rating: 'down' })).toBe(0);
  });

  it('answers 500 (not a stack trace) for an unexpected store error', async () => {
    const real = openSqliteStore(':memory:');
    const failing: Store = { ...real, recordFeedback: async () => Promise.reject(new TypeError('boom at x (/srv/app.ts:1:1)')) };
    const app = createApp({ index: new IndexHolder(), store: failing, metrics: new Metrics(), logger: { info() {}, warn() {}, error() {} }, config: { ...DEFAULT_APP_CONFIG, rateLimits: unlimited } });
    const response = await app.request(postJson('/api/feedback', { sessionId: SESSION, rating: 'up' }));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('boom');
  });

  it('answers 503 from the real SQLite store while another connection holds the write lock, and the row is not written', async () => {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'feedback-busy-'));
    const file = path.join(directory, 'assistant.db');
    const store = openSqliteStore(file, { busyTimeoutMs: 50 });
    const app = createApp({ index: new IndexHolder(), store, metrics: new Metrics(), logger: { info() {}, warn() {}, error() {} }, config: { ...DEFAULT_APP_CONFIG, rateLimits: unlimited } });
    const other = new Database(file);
    try {
      other.exec('BEGIN EXCLUSIVE');
      const response = await app.request(postJson('/api/feedback', { sessionId: SESSION, rating: 'down', reason: 'Sai' }));
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('store_unavailable');
      other.exec('ROLLBACK');
      expect(await store.listFeedback()).toEqual([]);
      // Once the lock is released the same request succeeds: nothing was left behind to conflict with.
      expect((await app.request(postJson('/api/feedback', { sessionId: SESSION, rating: 'down', reason: 'Sai' }))).status).toBe(200);
      expect(await store.listFeedback()).toHaveLength(1);
    } finally {
      other.close();
      await store.close();
      await fs.rm(directory, { recursive: true, force: true });
    }
  });
});
