/** POST /api/chat: one conversational turn, as JSON or as typed SSE events. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { ChatResult } from '../../chat/chat-types';
import { maskPersonalData } from '../../chat/pii';
import type { Audience, SessionBinding } from '../../ports/store';
import type { ChatEvent, ChatResponse } from '../../protocol/chat-events';
import { scopesFor, type AppDeps, type AppEnv } from '../app-context';
import { describeIssues, errors } from '../errors';
import { readJsonBody } from '../read-json-body';
import { requireCaller } from '../require-role';

export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** How many stored messages (questions and answers) of a conversation the engine sees as history. */
export const HISTORY_MESSAGES = 6;

/** Control characters carry no meaning in a question; a message made only of them is empty. */
export const messageSchema = z
  .string()
  .transform((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim())
  .pipe(z.string().min(1).max(2000));

const chatBodySchema = z.object({
  message: messageSchema,
  sessionId: z.string().regex(SESSION_ID_PATTERN).optional(),
  scope: z.enum(['public', 'internal']).optional(),
  province: z.string().max(100).optional(),
  docIds: z.array(z.string().max(200)).max(20).optional(),
});

export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function chatRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/api/chat', async (context) => {
    const parsed = chatBodySchema.safeParse(await readJsonBody(context, deps.config.maxBodyBytes));
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    const body = parsed.data;
    const caller = context.get('caller');
    if (body.scope === 'internal') requireCaller(caller, 'staff');
    const live = deps.index.get();
    if (!live) throw errors.notReady(deps.index.unavailableReason);
    const now = deps.now ?? (() => new Date());
    const scopes = scopesFor(caller, body.scope);
    const binding: SessionBinding = { scope: scopes.includes('internal') ? 'internal' : 'public', owner: caller.tokenId ?? 'public' };
    const conversation = await resumeConversation(deps, body.sessionId, binding);
    const sessionId = conversation.sessionId;
    if (caller.role === 'public') {
      const wait = await context.get('sessionLimiter')(sessionId);
      if (wait > 0) throw errors.rateLimited(wait);
    }
    const messageId = newId();
    const { focus, history } = conversation;
    const audience: Audience = caller.role === 'public' ? 'public' : 'staff';
    const request = { message: body.message, scopes, focus, history, province: body.province, docIds: body.docIds };
    const started = performance.now();

    const finish = async (result: ChatResult) => {
      recordMetrics(deps, result, (performance.now() - started) / 1000);
      await persistTurn(deps, { sessionId, messageId, question: body.message, result, at: now(), binding, audience });
    };

    if ((context.req.header('accept') ?? '').includes('text/event-stream')) {
      context.header('X-Accel-Buffering', 'no');
      context.header('Cache-Control', 'no-cache, no-transform');
      return streamSSE(context, async (stream) => {
        const controller = new AbortController();
        stream.onAbort(() => controller.abort());
        const send = (event: ChatEvent) => stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        const heartbeat = setInterval(() => void stream.write(': ping\n\n').catch(() => undefined), deps.config.heartbeatMs);
        try {
          await send({ type: 'answer-start', sessionId, messageId });
          let streamed = false;
          const result = await live.engine.answer(request, {
            signal: controller.signal,
            onDelta: (delta: string) => {
              streamed = true;
              void send({ type: 'text-delta', delta });
            },
          });
          if (!streamed) for (const piece of splitForStreaming(result.answer)) await send({ type: 'text-delta', delta: piece });
          for (const citation of result.citations) await send({ type: 'citation', citation });
          if (result.procedure) await send({ type: 'procedure-card', procedure: result.procedure });
          await send({ type: 'answer-end', refused: result.refused, answer: result.answer });
          await finish(result);
        } catch (error) {
          // A citizen closing the tab is not a server fault: note it, do not page anyone.
          if (controller.signal.aborted) deps.logger.info({ requestId: context.get('requestId') }, 'chat stream ended: client disconnected');
          else {
            deps.logger.error({ requestId: context.get('requestId'), error: String(error) }, 'chat stream failed');
            await send({ type: 'error', code: 'internal_error', message: 'Hệ thống gặp sự cố khi trả lời. Quý vị vui lòng thử lại sau.' });
          }
        } finally {
          clearInterval(heartbeat);
        }
      });
    }

    const result = await live.engine.answer(request, { signal: context.req.raw.signal });
    await finish(result);
    const response: ChatResponse = { answer: result.answer, citations: result.citations, refused: result.refused, sessionId, messageId };
    if (result.procedure) response.procedure = result.procedure;
    return context.json(response);
  });
  return app;
}

/** Extractive answers arrive whole; a few word-sized deltas keep the widget's streaming path the same. */
function splitForStreaming(answer: string): string[] {
  return answer.match(/\S+\s*|\s+/g) ?? [];
}

function recordMetrics(deps: AppDeps, result: ChatResult, seconds: number): void {
  deps.metrics.increment('chat_requests_total', 'Chat turns answered', { engine: result.engine });
  deps.metrics.observe('chat_latency_seconds', 'Chat latency', seconds, { engine: result.engine });
  if (result.refused) deps.metrics.increment('chat_refusals_total', 'Refused questions', { reason: result.refusalReason ?? 'unknown' });
  if (result.fallback) deps.metrics.increment('llm_fallbacks_total', 'LLM failures answered extractively');
  if (result.guardInterventions) deps.metrics.increment('guard_interventions_total', 'Sentences or answers changed by the citation guard', {}, result.guardInterventions);
}

/**
 * The conversation a session id continues, if it belongs to the same scope and owner. An id opened under another
 * scope or by another owner (a staff session id sent by a public page, another officer's id) starts a new
 * conversation under a fresh id: its turns and focus are never read, so internal text cannot reach public history.
 */
export async function resumeConversation(deps: AppDeps, requested: string | undefined, binding: SessionBinding) {
  const fresh = { sessionId: requested ?? newId(), focus: undefined, history: [] };
  if (requested === undefined) return fresh;
  const session = await deps.store.getSession(requested);
  if (!session) return fresh;
  if (session.scope !== binding.scope || session.owner !== binding.owner) return { ...fresh, sessionId: newId() };
  const turns = await deps.store.recentMessages(requested, HISTORY_MESSAGES);
  // Rows from before sessions were bound carry their own scope: a public conversation never replays an internal turn.
  const visible = binding.scope === 'internal' ? turns : turns.filter((message) => message.scope !== 'internal');
  return { sessionId: requested, focus: session.focus, history: visible.map((message) => ({ role: message.role, text: message.text })) };
}

export async function persistTurn(deps: AppDeps, turn: { sessionId: string; messageId: string; question: string; result: ChatResult; at: Date; binding: SessionBinding; audience: Audience }): Promise<void> {
  const { result, binding, audience } = turn;
  const at = turn.at.toISOString();
  const scope = binding.scope;
  try {
    await deps.store.createSession(turn.sessionId, at, binding);
    await deps.store.appendMessage({ sessionId: turn.sessionId, messageId: `${turn.messageId}-q`, role: 'user', text: maskPersonalData(turn.question).text, createdAt: at, scope, audience });
    await deps.store.appendMessage({
      sessionId: turn.sessionId,
      messageId: turn.messageId,
      role: 'assistant',
      text: maskPersonalData(result.answer).text,
      createdAt: new Date(turn.at.getTime() + 1).toISOString(),
      refused: result.refused,
      refusalReason: result.refusalReason,
      confidence: result.confidence,
      engine: result.engine,
      fallback: result.fallback,
      guardInterventions: result.guardInterventions,
      procedureId: result.topProcedureId ?? result.procedure?.id,
      scope,
      audience,
    });
    await deps.store.saveFocus(turn.sessionId, result.focus);
  } catch (error) {
    // The answer is already given; losing the log line must not fail the citizen's request.
    deps.logger.warn({ error: String(error) }, 'could not store the conversation turn');
  }
}

