import { describe, expect, it } from 'vitest';
import { createTestApp, unlimited } from '../support/test-app';

describe('GET /api/search', () => {
  it('returns the contract shape with sources', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request('/api/search?q=' + encodeURIComponent('trợ lý ảo hỗ trợ người dân 24/7 Lào Cai') + '&k=3');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { query: string; results: { id: string; text: string; score: number; source: { docId: string; title: string; province?: string } }[] };
    expect(body.query).toContain('Lào Cai');
    expect(body.results).toHaveLength(3);
    for (const result of body.results) {
      expect(result.id).toBeTruthy();
      expect(result.source.title.length).toBeGreaterThan(10);
      expect(typeof result.score).toBe('number');
    }
    expect(body.results[0]!.source.province).toBe('Lào Cai');
  });

  it('finds a procedure by its unaccented common name', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request('/api/search?q=thu%20tuc%20thanh%20lap%20hoi&k=5');
    const body = (await response.json()) as { results: { source: { docId: string; title: string } }[] };
    expect(body.results[0]!.source.docId).toMatch(/^procedure:/);
    expect(body.results[0]!.source.title.toLowerCase()).toContain('hội');
  });

  it('finds a procedure first by its national code', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request('/api/search?q=1.014936&k=3');
    const body = (await response.json()) as { results: { source: { docId: string }; text: string }[] };
    expect(body.results[0]!.source.docId).toMatch(/^procedure:/);
    expect(body.results[0]!.text).toContain('1.014936');
  });

  it.each([
    ['empty q', '/api/search?q='],
    ['missing q', '/api/search'],
    ['k too large', '/api/search?q=hoi&k=51'],
    ['k not a number', '/api/search?q=hoi&k=abc'],
    ['unknown scope', '/api/search?q=hoi&scope=secret'],
    ['q over 1000 characters', '/api/search?q=' + 'a'.repeat(1001)],
  ])('answers 400 with a Vietnamese JSON error for %s', async (_label, path) => {
    const { app } = await createTestApp();
    const response = await app.request(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(/không hợp lệ/);
  });

  it('refuses the internal scope to anonymous callers with a Bearer challenge', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/search?q=hoi&scope=internal');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('answers 503 naming the reason while no index is loaded', async () => {
    const { app } = await createTestApp({ withIndex: false });
    const response = await app.request('/api/search?q=hoi');
    expect(response.status).toBe(503);
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toContain('chỉ mục');
  });
});
