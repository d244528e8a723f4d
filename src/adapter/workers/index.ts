/** Cloudflare Workers entry: the same Hono app as the Node server, with D1, KV, Workers AI and Vectorize adapters. */
import { errorBody, errors } from '../../http/errors';
import { createWorkerRuntime, maskedConsoleLogger, type WorkerRuntime } from './worker-runtime';

interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
}

// One runtime per isolate: bindings are fixed for its lifetime, so they are read on the first request.
let runtime: WorkerRuntime | undefined;

export default {
  async fetch(request: Request, env: unknown, context: ExecutionContextLike): Promise<Response> {
    try {
      runtime ??= createWorkerRuntime(env);
    } catch (error) {
      // A missing binding or bad var is the operator's to fix: log why, tell the user only that it failed.
      maskedConsoleLogger.error({ error: (error as Error).message }, 'worker not configured');
      const failure = errors.internal();
      return Response.json(errorBody(failure.code, failure.userMessage), { status: failure.status });
    }
    await runtime.ensureIndex((promise) => context.waitUntil(promise));
    return runtime.app.fetch(request, env, context as never);
  },

  /** The daily cron (wrangler.toml [triggers]): retention, as the Node server does at start and every day. */
  async scheduled(_controller: unknown, env: unknown, context: ExecutionContextLike): Promise<void> {
    runtime ??= createWorkerRuntime(env);
    const active = runtime;
    const purge = async () => {
      try {
        const removed = await active.purgeExpired();
        if (removed > 0) maskedConsoleLogger.info({ removed, retentionDays: active.env.RETENTION_DAYS }, 'retention purge');
      } catch (error) {
        maskedConsoleLogger.warn({ error: String(error) }, 'retention purge failed; will retry tomorrow');
      }
    };
    context.waitUntil(purge());
  },
};
