/** GET /api/admin/analytics (JSON) and /api/admin/analytics.csv: usage figures for admins; questions only, never answer or source text. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { HandoffStore } from '../../ports/handoff-store';
import type { Audience, Store } from '../../ports/store';
import { analyticsCsv } from '../../services/analytics-csv';
import { computeAnalytics } from '../../services/analytics';
import type { AppEnv } from '../app-context';
import { describeIssues, errors } from '../errors';
import { requireRole } from '../require-role';
import { actorOf } from './admin-routes';

export interface AnalyticsRoutesDeps {
  store: Store;
  /** Hand-offs to an officer, counted by topic and channel in the report when given. */
  handoffs?: HandoffStore;
  now?: () => Date;
}

const analyticsQuerySchema = z
  .object({
    days: z.coerce.number().int().min(1).max(366).default(30),
    // The citizens' questions by default; staff questions only when asked for.
    audience: z.enum(['public', 'staff', 'all']).optional(),
    /** The name this filter had before audiences: `internal` meant staff. */
    scope: z.enum(['public', 'internal', 'all']).optional(),
    lowConfidence: z.coerce.number().min(0).max(1).default(0.55),
    table: z.enum(['daily', 'gaps', 'questions']).default('daily'),
  })
  .transform(({ scope, ...query }) => ({ ...query, audience: query.audience ?? (scope === 'internal' ? 'staff' : scope) ?? 'public' }));

const AUDIENCES: Record<'public' | 'staff' | 'all', Audience[]> = { public: ['public'], staff: ['staff'], all: ['public', 'staff'] };

export function analyticsRoutes(deps: AnalyticsRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const report = async (query: z.infer<typeof analyticsQuerySchema>) => {
    const now = deps.now?.() ?? new Date();
    const since = new Date(now.getTime() - query.days * 86_400_000).toISOString();
    const [messages, feedback, handoffs] = await Promise.all([deps.store.listMessages({ since }), deps.store.listFeedback({ since }), deps.handoffs?.countByTopic(since) ?? []]);
    return { ...computeAnalytics(messages, feedback, { audiences: AUDIENCES[query.audience], lowConfidenceThreshold: query.lowConfidence, now }), handoffs };
  };
  const parse = (query: Record<string, string>) => {
    const parsed = analyticsQuerySchema.safeParse(query);
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    return parsed.data;
  };

  app.use('/api/admin/analytics', requireRole('admin'));
  app.use('/api/admin/analytics.csv', requireRole('admin'));
  app.get('/api/admin/analytics', async (context) => {
    const query = parse(context.req.query());
    return context.json({ days: query.days, ...(await report(query)) }, 200, { 'Cache-Control': 'no-store' });
  });
  app.get('/api/admin/analytics.csv', async (context) => {
    const query = parse(context.req.query());
    const body = analyticsCsv(await report(query), query.table);
    // Exports leave the system with people's questions in them: who took one is worth knowing.
    await deps.store.audit({ at: (deps.now?.() ?? new Date()).toISOString(), actor: actorOf(context), action: 'analytics.export', detail: JSON.stringify({ table: query.table, days: query.days, audience: query.audience }) });
    return context.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="thong-ke-${query.table}-${query.days}-ngay.csv"`,
      'Cache-Control': 'no-store',
    });
  });
  return app;
}
