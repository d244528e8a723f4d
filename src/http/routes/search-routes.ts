/** GET /api/search: the retrieval API of the HTTP contract. */
import { Hono } from 'hono';
import { z } from 'zod';
import { describeIssues, errors, HttpError } from '../errors';
import { requireCaller } from '../require-role';
import { scopesFor, type AppDeps, type AppEnv } from '../app-context';
import { toSourceRef } from '../source-ref';
import { withTimeout } from '../with-timeout';

const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(1000),
  k: z.coerce.number().int().min(1).max(50).default(5),
  // Absent: internal for staff and admins, public for everyone else (scopesFor).
  scope: z.enum(['public', 'internal']).optional(),
  province: z.string().max(100).optional(),
  doc: z.string().max(200).optional(),
});

export function searchRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/search', async (context) => {
    const parsed = searchQuerySchema.safeParse(context.req.query());
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    const caller = context.get('caller');
    if (parsed.data.scope === 'internal') requireCaller(caller, 'staff');
    const live = deps.index.get();
    if (!live) throw errors.notReady(deps.index.unavailableReason);
    const started = performance.now();
    const hits = await withTimeout(
      live.retriever.search(parsed.data.q, {
        k: parsed.data.k,
        scopes: scopesFor(caller, parsed.data.scope),
        province: parsed.data.province,
        docIds: parsed.data.doc ? [parsed.data.doc] : undefined,
      }),
      deps.config.retrievalTimeoutMs,
      () => new HttpError(503, 'search_timeout', 'Tìm kiếm mất quá nhiều thời gian. Quý vị vui lòng thử lại.'),
    );
    deps.metrics.observe('search_latency_seconds', 'Search latency', (performance.now() - started) / 1000);
    return context.json({
      query: parsed.data.q,
      results: hits.map((hit) => ({ id: hit.chunk.id, text: hit.chunk.text, score: Number(hit.score.toFixed(6)), source: toSourceRef(hit.chunk) })),
    });
  });
  return app;
}
