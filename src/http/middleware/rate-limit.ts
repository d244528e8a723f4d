/** Rate limits per caller (token, else client address) on /api and /v1, answering 429 with Retry-After; the session budget is checked by the chat route. */
import type { MiddlewareHandler } from 'hono';
import type { RateLimiter, RateLimitRule } from '../../ports/rate-limiter';
import type { AppConfig, AppEnv, Logger } from '../app-context';
import type { Metrics } from '../metrics';
import { errors } from '../errors';
import { credentialError } from '../require-role';

export type { RateLimitRule };

/**
 * A limiter whose store fails (database locked, D1 unreachable) lets the request through and logs it: the limits
 * protect the service, so their store must not become a way to take it down.
 */
function failOpen(limiter: RateLimiter, logger: Logger, metrics: Metrics): RateLimiter {
  return {
    take: (key, rule) =>
      limiter.take(key, rule).catch((error: unknown) => {
        metrics.increment('rate_limit_store_errors_total', 'Rate-limit checks whose store failed (request let through)');
        logger.warn({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'rate-limit store unavailable; request let through');
        return 0;
      }),
  };
}

export function rateLimit(store: RateLimiter, rules: AppConfig['rateLimits'], logger: Logger, metrics: Metrics): MiddlewareHandler<AppEnv> {
  const limiter = failOpen(store, logger, metrics);
  return async (context, next) => {
    const caller = context.get('caller');
    context.set('sessionLimiter', (sessionId: string) => limiter.take(`session:${sessionId}`, rules.perSession));
    if (context.req.method !== 'OPTIONS' && /^\/(api|v1)\//.test(context.req.path)) {
      const rule = caller.role === 'admin' ? rules.admin : caller.role === 'staff' ? rules.staff : rules.perClient;
      const key = caller.tokenId ? `token:${caller.tokenId}` : `client:${context.get('clientAddress')}`;
      const wait = await limiter.take(key, rule);
      if (wait > 0) throw errors.rateLimited(wait);
      // A token that was sent but cannot be used is refused, never quietly downgraded to public answers.
      const refused = credentialError(caller);
      if (refused) throw refused;
    }
    await next();
  };
}
