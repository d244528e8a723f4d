/** HTTP fuzz: malformed input of every kind gets a 4xx JSON error, never a 5xx or a hang. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp, unlimited } from '../support/test-app';

const paths = ['/api/chat', '/api/feedback', '/api/search', '/v1/chat/completions', '/api/admin/reingest', '/api/nope', '/healthz'];
const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const contentTypes = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/json; charset=latin1'];

const jsonish = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom('{', '{"message":', '{"message": null}', '[]', 'null', '{"message":"' + 'x'.repeat(5000) + '"}', '{"message":"\u0000\u0007"}', '{"message":"ok","sessionId":"../../etc"}', '{"sessionId":"abcdefghijklmnopqrstu","rating":"meh"}'),
  fc.record({ message: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), sessionId: fc.oneof(fc.string(), fc.constant(undefined)), scope: fc.string() }).map((value) => JSON.stringify(value)),
);

async function expectClientError(response: Response): Promise<void> {
  expect(response.status, `status ${response.status}`).toBeLessThan(500);
  if (response.status >= 400) {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    expect(body.error?.code).toBeTruthy();
    expect(body.error?.message).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
  }
}

describe('HTTP fuzz', () => {
  it('random methods, paths, content types and bodies never produce a 5xx', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), fc.constantFrom(...paths), fc.constantFrom(...contentTypes), jsonish, async (method, path, contentType, body) => {
        const init: RequestInit = { method, headers: contentType ? { 'content-type': contentType } : {} };
        if (method !== 'GET') init.body = body;
        const response = await app.request(new Request(`http://localhost${path}`, init));
        await expectClientError(response);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['invalid UTF-8 body', new Uint8Array([0x7b, 0x22, 0x6d, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['a body over 64 KB', new TextEncoder().encode(JSON.stringify({ message: 'a'.repeat(70_000) }))],
    ['control characters only', new TextEncoder().encode(JSON.stringify({ message: '\u0001\u0002\u0003' }))],
    ['whitespace only', new TextEncoder().encode(JSON.stringify({ message: '   \n\t ' }))],
  ])('POST /api/chat with %s is a 4xx', async (_label, bytes) => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request(new Request('http://localhost/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    await expectClientError(response);
  });

  it.each(['/api/search?q=%E0%A4%A', '/api/search?q=%', '/api/search?q=%FF%FE', '/api/search?k=%00&q=a', '/%%%'])('malformed percent-encoding %s is handled', async (path) => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await app.request(`http://localhost${path}`);
    await expectClientError(response);
  });
});
