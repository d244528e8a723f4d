/** The admin analytics report counts hand-offs to an officer by topic and channel. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/adapter/node/sqlite-database';
import { sqliteStoreOn } from '../../src/adapter/node/sqlite-store';
import type { AppEnv } from '../../src/http/app-context';
import { identifyCaller } from '../../src/http/auth';
import { analyticsRoutes } from '../../src/http/routes/analytics-routes';
import { citizenStoresOn } from '../../src/store/citizen-stores';
import { createUserToken } from '../../src/services/user-tokens';

describe('hand-offs in analytics', () => {
  it('counts tickets opened in the period by topic and channel', async () => {
    const database = openSqliteDatabase(':memory:');
    const store = sqliteStoreOn(database);
    const { handoffs } = citizenStoresOn(database);
    const now = new Date('2026-03-10T00:00:00.000Z');
    const ticket = { sessionId: 's1', status: 'open' as const, transcript: [], createdAt: '2026-03-09T00:00:00.000Z' };
    await handoffs.createTicket({ ...ticket, code: 'NV-AAAAAA', channel: 'widget', topic: 'thanh-lap-hoi' });
    await handoffs.createTicket({ ...ticket, code: 'NV-BBBBBB', channel: 'zalo', topic: 'thanh-lap-hoi' });
    await handoffs.createTicket({ ...ticket, code: 'NV-CCCCCC', channel: 'zalo', topic: 'thanh-lap-hoi' });
    await handoffs.createTicket({ ...ticket, code: 'NV-DDDDDD', channel: 'widget', createdAt: '2025-01-01T00:00:00.000Z' });
    const app = new Hono<AppEnv>();
    app.use('*', async (context, next) => {
      context.set('caller', await identifyCaller(context.req.raw, store));
      await next();
    });
    app.route('/', analyticsRoutes({ store, handoffs, now: () => now }));
    const { token } = await createUserToken(store, { role: 'admin', name: 'Quản trị' });
    const report = (await (await app.request('/api/admin/analytics?days=30', { headers: { authorization: `Bearer ${token}` } })).json()) as { handoffs: unknown };
    expect(report.handoffs).toEqual([
      { topic: 'thanh-lap-hoi', channel: 'zalo', count: 2 },
      { topic: 'thanh-lap-hoi', channel: 'widget', count: 1 },
    ]);
  });
});
