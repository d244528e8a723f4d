/**
 * Hand-off to an officer: POST /api/handoff and GET /api/handoff/:code (the widget, by session), and the staff
 * queue /api/staff/tickets (list by status, read, answer, close). An answer to a Zalo ticket is sent to the citizen on Zalo.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { createZaloClient } from '../../channels/zalo/zalo-client';
import { openRecipient } from '../../channels/zalo/zalo-identity';
import { zaloMessages } from '../../channels/zalo/zalo-reply';
import { handoffConfirmation, openHandoff } from '../../channels/open-handoff';
import type { HandoffStore, HandoffTicket } from '../../ports/handoff-store';
import type { AppDeps, AppEnv } from '../app-context';
import { actorOf, auditAction } from '../audit-action';
import { describeIssues, errors, HttpError } from '../errors';
import { readJsonBody } from '../read-json-body';
import { requireRole } from '../require-role';
import { SESSION_ID_PATTERN } from './chat-routes';

const TICKET_CODE = /^NV-[A-Z0-9]{6}$/;
const openBodySchema = z.object({ sessionId: z.string().regex(SESSION_ID_PATTERN), note: z.string().trim().max(1000).optional() });
const answerBodySchema = z.object({ answer: z.string().trim().min(1).max(4000) });
const listQuerySchema = z.object({ status: z.enum(['open', 'answered', 'closed']).optional(), limit: z.coerce.number().int().min(1).max(500).default(200) });

const ticketNotFound = () => new HttpError(404, 'ticket_not_found', 'Không tìm thấy phiếu này. Quý vị vui lòng kiểm tra lại mã phiếu.');

/** What staff see: everything but the sealed recipient. */
function staffView(ticket: HandoffTicket): Omit<HandoffTicket, 'replyTo'> {
  const { replyTo: _sealed, ...visible } = ticket;
  return visible;
}

function citizenView(ticket: HandoffTicket) {
  return { code: ticket.code, status: ticket.status, createdAt: ticket.createdAt, answer: ticket.answer, answeredAt: ticket.answeredAt };
}

export function zaloStaffReply(code: string, answer: string): string {
  return `Cán bộ trả lời yêu cầu ${code} của Quý vị:\n${answer}`;
}

export function handoffRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = () => deps.now?.() ?? new Date();
  const handoffs = (): HandoffStore => {
    if (!deps.handoffs) throw new HttpError(503, 'handoff_unavailable', 'Chức năng chuyển cán bộ chưa được bật trên hệ thống này.');
    return deps.handoffs;
  };
  const ticketOf = async (context: Context<AppEnv>) => {
    const code = (context.req.param('code') ?? '').toUpperCase();
    const ticket = TICKET_CODE.test(code) ? await handoffs().getTicket(code) : undefined;
    if (!ticket) throw ticketNotFound();
    return ticket;
  };

  app.post('/api/handoff', async (context) => {
    const parsed = openBodySchema.safeParse(await readJsonBody(context, deps.config.maxBodyBytes));
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    const caller = context.get('caller');
    const session = await deps.store.getSession(parsed.data.sessionId);
    // Only the conversation's own owner hands it off: a staff or Zalo session id presented here is unknown.
    if (!session || (session.owner ?? 'public') !== (caller.tokenId ?? 'public') || session.scope === 'internal') {
      throw new HttpError(404, 'session_not_found', 'Chưa có cuộc trò chuyện để chuyển tới cán bộ. Quý vị vui lòng đặt câu hỏi trước.');
    }
    const ticket = await openHandoff({ store: deps.store, handoffs: handoffs() }, { sessionId: session.id, channel: 'widget', note: parsed.data.note, at: now() });
    deps.metrics.increment('handoffs_total', 'Hand-off tickets opened', { channel: 'widget' });
    return context.json({ ...citizenView(ticket), message: handoffConfirmation(ticket.code) }, 201);
  });

  app.get('/api/handoff/:code', async (context) => {
    const ticket = await ticketOf(context).catch(() => undefined);
    // The code alone is not enough to read an answer: it is short and may be shown around; the session proves ownership.
    if (!ticket || ticket.sessionId !== context.req.query('sessionId')) throw ticketNotFound();
    return context.json(citizenView(ticket), 200, { 'Cache-Control': 'no-store' });
  });

  app.use('/api/staff/*', requireRole('staff'));

  app.get('/api/staff/tickets', async (context) => {
    const parsed = listQuerySchema.safeParse(context.req.query());
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    const tickets = await handoffs().listTickets(parsed.data);
    return context.json({ tickets: tickets.map(staffView) }, 200, { 'Cache-Control': 'no-store' });
  });

  app.get('/api/staff/tickets/:code', async (context) => context.json({ ticket: staffView(await ticketOf(context)) }, 200, { 'Cache-Control': 'no-store' }));

  app.post('/api/staff/tickets/:code/answer', async (context) => {
    const ticket = await ticketOf(context);
    const parsed = answerBodySchema.safeParse(await readJsonBody(context, deps.config.maxBodyBytes));
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    if (ticket.status === 'closed') throw new HttpError(409, 'ticket_closed', 'Phiếu đã đóng, không thể trả lời thêm.');
    // Stored as written: the citizen reads it from here, and an office's phone number must survive (masking is for citizens' data).
    await handoffs().answerTicket(ticket.code, parsed.data.answer, actorOf(context), now().toISOString());
    await auditAction(deps, context, 'handoff.answer', { code: ticket.code, channel: ticket.channel });
    let delivered: boolean | undefined;
    if (ticket.channel === 'zalo') delivered = await deliverOnZalo(deps, ticket, parsed.data.answer);
    return context.json({ ticket: staffView((await handoffs().getTicket(ticket.code))!), delivered });
  });

  app.post('/api/staff/tickets/:code/close', async (context) => {
    const ticket = await ticketOf(context);
    const closed = await handoffs().closeTicket(ticket.code, now().toISOString());
    if (closed) await auditAction(deps, context, 'handoff.close', { code: ticket.code });
    return context.json({ ticket: staffView((await handoffs().getTicket(ticket.code))!) });
  });

  return app;
}

async function deliverOnZalo(deps: AppDeps, ticket: HandoffTicket, answer: string): Promise<boolean> {
  const channel = deps.zalo;
  const userId = channel && ticket.replyTo ? await openRecipient(channel.secretKey, ticket.replyTo) : undefined;
  if (!channel || !userId) {
    deps.logger.warn({ channel: 'zalo', ticket: ticket.code }, 'Zalo answer not deliverable (channel off, or recipient sealed under another secret)');
    return false;
  }
  const client = createZaloClient(channel, deps.logger, deps.metrics);
  for (const text of zaloMessages(zaloStaffReply(ticket.code, answer), [])) {
    if (!(await client.sendText(userId, text, { conversation: ticket.sessionId })).ok) return false;
  }
  return true;
}
