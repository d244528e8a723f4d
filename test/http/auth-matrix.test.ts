/** The one auth error model, route by route: missing, malformed, unknown, revoked, expired credentials and too low a role. */
import { describe, expect, it } from 'vitest';
import { adminRoutes } from '../../src/http/routes/admin-routes';
import { analyticsRoutes } from '../../src/http/routes/analytics-routes';
import { createUserToken, revokeUserToken } from '../../src/services/user-tokens';
import { createTestApp, postJson, unlimited } from '../support/test-app';
import { createFakeAdminService } from './admin-test-app';
import { silentLogger } from '../../src/http/app-context';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';

type Credential = 'missing' | 'malformed scheme' | 'malformed bearer' | 'unknown' | 'revoked' | 'expired' | 'staff' | 'admin';
type Expect = number | [status: 401 | 403, code: string];

async function setUp() {
  const store = openSqliteStore(':memory:');
  const test = await createTestApp({
    store,
    config: { rateLimits: unlimited },
    extend: (app) => {
      app.route('/', adminRoutes({ admin: createFakeAdminService(), store, logger: silentLogger }));
      app.route('/', analyticsRoutes({ store }));
    },
  });
  const staff = await createUserToken(store, { role: 'staff', name: 'Chuyên viên', expiresIn: '30d' });
  const admin = await createUserToken(store, { role: 'admin', name: 'Quản trị' });
  const revoked = await createUserToken(store, { role: 'admin', name: 'Đã thu hồi' });
  await revokeUserToken(store, { id: revoked.record.id });
  const expired = await createUserToken(store, { role: 'staff', name: 'Hết hạn', expiresIn: '1h', now: new Date(Date.now() - 2 * 3_600_000) });
  const headers: Record<Credential, Record<string, string>> = {
    missing: {},
    'malformed scheme': { authorization: `Basic ${btoa('admin:admin')}` },
    'malformed bearer': { authorization: 'Bearer ' },
    unknown: { authorization: 'Bearer tlnv_khong-ton-tai' },
    revoked: { authorization: `Bearer ${revoked.token}` },
    expired: { authorization: `Bearer ${expired.token}` },
    staff: { authorization: `Bearer ${staff.token}` },
    admin: { authorization: `Bearer ${admin.token}` },
  };
  return { app: test.app, headers };
}

const REFUSED: Record<'malformed scheme' | 'malformed bearer' | 'unknown' | 'revoked' | 'expired', Expect> = {
  'malformed scheme': [401, 'malformed_token'],
  'malformed bearer': [401, 'malformed_token'],
  unknown: [401, 'invalid_token'],
  revoked: [401, 'token_revoked'],
  expired: [401, 'token_expired'],
};

const QUESTION = 'Thủ tục thành lập hội cần hồ sơ gì?';
const routes: Array<{ name: string; request: (headers: Record<string, string>) => Request; expect: Record<'missing' | 'staff' | 'admin', Expect> }> = [
  { name: 'POST /api/chat', request: (headers) => postJson('/api/chat', { message: QUESTION }, headers), expect: { missing: 200, staff: 200, admin: 200 } },
  {
    name: 'POST /api/chat (internal)',
    request: (headers) => postJson('/api/chat', { message: QUESTION, scope: 'internal' }, headers),
    expect: { missing: [401, 'unauthorized'], staff: 200, admin: 200 },
  },
  { name: 'GET /api/search', request: (headers) => new Request('http://localhost/api/search?q=th%C3%A0nh%20l%E1%BA%ADp%20h%E1%BB%99i', { headers }), expect: { missing: 200, staff: 200, admin: 200 } },
  {
    name: 'GET /api/search (internal)',
    request: (headers) => new Request('http://localhost/api/search?q=h%E1%BB%99i&scope=internal', { headers }),
    expect: { missing: [401, 'unauthorized'], staff: 200, admin: 200 },
  },
  {
    name: 'POST /api/feedback',
    request: (headers) => postJson('/api/feedback', { sessionId: 'phien-danh-gia-0001', rating: 'up' }, headers),
    expect: { missing: 200, staff: 200, admin: 200 },
  },
  {
    name: 'POST /v1/chat/completions',
    request: (headers) => postJson('/v1/chat/completions', { messages: [{ role: 'user', content: QUESTION }] }, headers),
    expect: { missing: 200, staff: 200, admin: 200 },
  },
  {
    name: 'GET /api/admin/documents',
    request: (headers) => new Request('http://localhost/api/admin/documents', { headers }),
    expect: { missing: [401, 'unauthorized'], staff: [403, 'forbidden'], admin: 200 },
  },
  {
    name: 'GET /api/admin/analytics',
    request: (headers) => new Request('http://localhost/api/admin/analytics', { headers }),
    expect: { missing: [401, 'unauthorized'], staff: [403, 'forbidden'], admin: 200 },
  },
];

describe('auth error model', () => {
  it('answers every route with the same status, code and challenge for each kind of credential', async () => {
    const { app, headers } = await setUp();
    const seen: string[] = [];
    for (const route of routes) {
      for (const credential of Object.keys(headers) as Credential[]) {
        const expected: Expect = credential in REFUSED ? REFUSED[credential as keyof typeof REFUSED] : route.expect[credential as 'missing' | 'staff' | 'admin'];
        const response = await app.request(route.request(headers[credential]));
        const label = `${route.name} with ${credential}`;
        if (typeof expected === 'number') {
          expect(response.status, label).toBe(expected);
          expect(response.headers.get('www-authenticate'), label).toBeNull();
          continue;
        }
        const [status, code] = expected;
        expect(response.status, label).toBe(status);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code, label).toBe(code);
        expect(body.error.message, label).toMatch(/Quý vị|quyền/);
        const challenge = response.headers.get('www-authenticate') ?? '';
        expect(challenge, label).toMatch(/^Bearer realm="tro-ly-ao-noi-vu"/);
        if (credential === 'missing') expect(challenge, label).not.toContain('error=');
        else if (status === 403) expect(challenge, label).toContain('error="insufficient_scope"');
        else expect(challenge, label).toContain(credential.startsWith('malformed') ? 'error="invalid_request"' : 'error="invalid_token"');
        seen.push(`${status} ${code}`);
      }
    }
    expect(new Set(seen)).toEqual(new Set(['401 unauthorized', '401 malformed_token', '401 invalid_token', '401 token_revoked', '401 token_expired', '403 forbidden']));
  });

  it('lets a token with an expiry in through until that moment, then refuses it as expired', async () => {
    let now = new Date('2026-03-01T08:00:00.000Z');
    const test = await createTestApp({ config: { rateLimits: unlimited }, now: () => now });
    const { token, record } = await createUserToken(test.store, { role: 'staff', name: 'Tạm thời', expiresIn: '2h', now });
    expect(record.expiresAt).toBe('2026-03-01T10:00:00.000Z');
    const search = () => test.app.request(new Request('http://localhost/api/search?q=h%E1%BB%99i&scope=internal', { headers: { authorization: `Bearer ${token}` } }));
    expect((await search()).status).toBe(200);
    now = new Date('2026-03-01T09:59:59.000Z');
    expect((await search()).status).toBe(200);
    now = new Date('2026-03-01T10:00:00.000Z');
    const refused = await search();
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('token_expired');
  });
});
