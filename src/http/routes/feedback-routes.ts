/** POST /api/feedback: satisfaction with one answer (feeds the 95% satisfaction figure). */
import { Hono } from 'hono';
import { z } from 'zod';
import { StoreUnavailableError } from '../../ports/store';
import { maskPersonalData } from '../../chat/pii';
import type { AppDeps, AppEnv } from '../app-context';
import { describeIssues, errors, HttpError } from '../errors';
import { readJsonBody } from '../read-json-body';
import { SESSION_ID_PATTERN } from './chat-routes';

const feedbackBodySchema = z.object({
  sessionId: z.string().regex(SESSION_ID_PATTERN),
  messageId: z.string().max(80).optional(),
  rating: z.enum(['up', 'down']),
  reason: z.string().trim().max(1000).optional(),
});

export function feedbackRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/api/feedback', async (context) => {
    const parsed = feedbackBodySchema.safeParse(await readJsonBody(context, deps.config.maxBodyBytes));
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    const feedback = parsed.data;
    try {
      await deps.store.recordFeedback({
        sessionId: feedback.sessionId,
        messageId: feedback.messageId,
        rating: feedback.rating,
        reason: feedback.reason ? maskPersonalData(feedback.reason).text : undefined,
        createdAt: (deps.now?.() ?? new Date()).toISOString(),
      });
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        deps.logger.error({ error: error.message }, 'feedback not stored');
        throw new HttpError(503, 'store_unavailable', 'Hệ thống tạm thời chưa ghi nhận được đánh giá. Quý vị vui lòng thử lại sau ít phút.');
      }
      throw error;
    }
    deps.metrics.increment('feedback_total', 'Feedback received', { rating: feedback.rating });
    return context.json({ ok: true });
  });
  return app;
}
