/**
 * The data subject's rights (Luật Bảo vệ dữ liệu cá nhân 2025): GET /api/admin/personal-data exports and DELETE
 * erases everything held about one conversation or one Zalo user; GET /api/admin/data-flows says where questions go.
 * Admins only; every export and erasure is audited with the conversation id, never the Zalo user id.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { zaloSessionId } from '../../channels/zalo/zalo-identity';
import type { PersonalDataStore } from '../../ports/personal-data-store';
import { dataFlowWarnings } from '../../services/data-flows';
import type { AppDeps, AppEnv } from '../app-context';
import { auditAction } from '../audit-action';
import { describeIssues, errors, HttpError } from '../errors';
import { requireRole } from '../require-role';
import { SESSION_ID_PATTERN } from './chat-routes';

const subjectSchema = z
  .object({ sessionId: z.string().regex(SESSION_ID_PATTERN).optional(), zaloUserId: z.string().regex(/^\d{1,32}$/).optional() })
  .refine((query) => Boolean(query.sessionId) !== Boolean(query.zaloUserId), { message: 'cần đúng một trong hai: sessionId hoặc zaloUserId' });

export function personalDataRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const store = (): PersonalDataStore => {
    if (!deps.personalData) throw new HttpError(503, 'personal_data_unavailable', 'Chức năng trích xuất, xóa dữ liệu cá nhân chưa được bật trên hệ thống này.');
    return deps.personalData;
  };
  /** The conversation the request names: given directly, or derived from the Zalo user id as the channel derives it. */
  const subjectOf = async (context: Context<AppEnv>) => {
    const parsed = subjectSchema.safeParse(context.req.query());
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    if (parsed.data.sessionId) return { kind: 'conversation' as const, sessionId: parsed.data.sessionId };
    if (!deps.zalo) throw new HttpError(409, 'zalo_not_configured', 'Kênh Zalo chưa được cấu hình nên không tra được người dùng Zalo.');
    return { kind: 'zalo-user' as const, sessionId: await zaloSessionId(deps.zalo.secretKey, parsed.data.zaloUserId!) };
  };

  app.use('/api/admin/personal-data', requireRole('admin'));
  app.use('/api/admin/data-flows', requireRole('admin'));

  app.get('/api/admin/personal-data', async (context) => {
    const subject = await subjectOf(context);
    const data = await store().exportSession(subject.sessionId);
    const counts = { sessions: data.sessions.length, messages: data.messages.length, feedback: data.feedback.length, tickets: data.tickets.length };
    await auditAction(deps, context, 'personal-data.export', { subject: subject.kind, sessionId: subject.sessionId, ...counts });
    // The recipient sealed on a Zalo ticket is the channel's, not part of what the person gave us: left out.
    const tickets = data.tickets.map(({ replyTo: _sealed, ...ticket }) => ticket);
    return context.json({ subject, exportedAt: (deps.now?.() ?? new Date()).toISOString(), counts, ...data, tickets }, 200, {
      'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename="du-lieu-ca-nhan-${subject.sessionId}.json"`,
    });
  });

  app.delete('/api/admin/personal-data', async (context) => {
    const subject = await subjectOf(context);
    const erased = await store().eraseSession(subject.sessionId);
    await auditAction(deps, context, 'personal-data.erase', { subject: subject.kind, sessionId: subject.sessionId, ...erased });
    return context.json({ subject, erased });
  });

  app.get('/api/admin/data-flows', (context) => {
    const flows = deps.dataFlows ?? [];
    return context.json({ flows, warnings: dataFlowWarnings(flows), staysOnMachine: flows.every((flow) => flow.location === 'machine') });
  });

  return app;
}
