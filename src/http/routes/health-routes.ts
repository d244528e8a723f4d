/** Liveness, readiness and Prometheus metrics. */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../app-context';

export function healthRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (context) => context.json({ status: 'ok' }));
  app.get('/readyz', (context) => {
    const live = deps.index.get();
    if (!live) return context.json({ status: 'unavailable', reason: deps.index.unavailableReason }, 503);
    const failed = deps.index.failedBuild;
    // A newer build that did not load leaves the service ready on the old one; the operator sees why here.
    return context.json({
      status: 'ready',
      chunks: live.manifest.counts.chunks,
      builtAt: live.manifest.builtAt,
      dense: live.retriever.denseEnabled,
      ...(failed ? { failedBuild: { build: failed.directory.split(/[\\/]/).pop(), error: failed.error, at: failed.at } } : {}),
    });
  });
  app.get('/metrics', (context) => {
    context.header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    return context.body(deps.metrics.render());
  });
  return app;
}
