/** The one Hono app used by the Node and Workers entries: middleware, routes and the error handler. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { openAiRoutes } from './routes/openai-routes';
import { widgetRoutes } from './routes/widget-routes';
import { identifyCaller } from './auth';
import { scopesFor, type AppDeps, type AppEnv } from './app-context';
import { errorBody, errors, HttpError, renderError } from './errors';
import { clientAddress } from './client-address';
import { rateLimit } from './middleware/rate-limit';
import { MemoryRateLimiter } from '../services/memory-rate-limiter';
import { chatRoutes, newId } from './routes/chat-routes';
import { feedbackRoutes } from './routes/feedback-routes';
import { healthRoutes } from './routes/health-routes';
import { searchRoutes } from './routes/search-routes';
import { zaloWebhookRoutes } from '../channels/zalo/zalo-webhook-routes';
import { handoffRoutes } from './routes/handoff-routes';
import { personalDataRoutes } from './routes/personal-data-routes';

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limiter = deps.rateLimiter ?? new MemoryRateLimiter();
  const { config } = deps;

  app.use('*', async (context, next) => {
    const requestId = /^[\w-]{8,64}$/.test(context.req.header('x-request-id') ?? '') ? context.req.header('x-request-id')! : newId();
    context.set('requestId', requestId);
    context.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    const route = context.req.routePath || 'unmatched';
    deps.metrics.increment('http_requests_total', 'HTTP requests', { route, status: String(context.res.status) });
    deps.metrics.observe('http_request_duration_seconds', 'HTTP request latency', (performance.now() - started) / 1000, { route });
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin', contentSecurityPolicy: undefined }));
  app.use(
    '/api/*',
    cors({ origin: (origin) => (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin) ? origin : null), allowHeaders: ['Content-Type', 'Authorization', 'Accept'], maxAge: 600 }),
  );
  app.use('/v1/*', cors({ origin: (origin) => (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin) ? origin : null) }));
  app.use('*', async (context, next) => {
    const caller = await identifyCaller(context.req.raw, deps.store, deps.now?.());
    context.set('caller', caller);
    const address = clientAddress(context.req.raw, deps.peerAddress?.(context.req.raw, context.env), config.trustProxy);
    context.set('clientAddress', address);
    await next();
  });
  app.use('*', rateLimit(limiter, config.rateLimits, deps.logger, deps.metrics));

  app.route('/', healthRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', chatRoutes(deps));
  app.route('/', feedbackRoutes(deps));
  // Issue 16: the Zalo OA channel, hand-off to an officer, and the data subject's rights (both runtimes).
  app.route('/', zaloWebhookRoutes(deps));
  app.route('/', handoffRoutes(deps));
  app.route('/', personalDataRoutes(deps));
  app.route(
    '/',
    openAiRoutes({
      engine: { answer: (request, options) => liveEngine(deps).answer(request, options) },
      scopesFor: (request) => identifyCaller(request, deps.store, deps.now?.()).then((caller) => scopesFor(caller, undefined)),
    }),
  );
  deps.extend?.(app);
  app.route('/', widgetRoutes({ demo: config.demo }));

  app.notFound((context) => renderError(context, errors.notFound()));
  app.onError((error, context) => {
    if (error instanceof HttpError) return renderError(context, error);
    if (error instanceof HTTPException) {
      const status = error.status;
      if (status === 413) return renderError(context, errors.payloadTooLarge(`${Math.round(config.maxBodyBytes / 1024)} KB`));
      return context.json(errorBody('http_error', 'Yêu cầu không hợp lệ.'), status);
    }
    deps.logger.error({ requestId: context.get('requestId'), error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'unhandled error');
    return renderError(context, errors.internal());
  });
  return app;
}

function liveEngine(deps: AppDeps) {
  const live = deps.index.get();
  if (!live) throw errors.notReady(deps.index.unavailableReason);
  return live.engine;
}
