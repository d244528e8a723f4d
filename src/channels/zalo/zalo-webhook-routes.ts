/**
 * POST /channels/zalo/webhook (Node and Workers): signature, age and repeat checks, then 200 at once; the answer
 * is sent through the OA API after the response (waitUntil on Workers), so Zalo never times out and redelivers.
 */
import { Hono, type Context } from 'hono';
import type { AppDeps, AppEnv } from '../../http/app-context';
import { errors, HttpError } from '../../http/errors';
import { createZaloClient } from './zalo-client';
import { answerZaloText, askForText, welcomeZaloFollower, type ZaloTurnContext } from './zalo-conversation';
import { eventTimeMs, zaloEnvelopeSchema, zaloFollowEventSchema, zaloOtherUserMessageSchema, zaloTextEventSchema } from './zalo-event';
import { zaloSessionId } from './zalo-identity';
import { verifyZaloSignature } from './zalo-signature';

const MAX_EVENT_AGE_MS = 5 * 60_000;

/** Runs `task` after the response: the app's hook if given, else the Workers execution context, else (Node) as is. */
export function runAfterResponse(deps: AppDeps, context: Context<AppEnv>, task: Promise<unknown>): void {
  if (deps.background) return deps.background(task);
  try {
    context.executionCtx.waitUntil(task);
  } catch {
    // Node has no execution context: the promise runs to completion on its own.
  }
}

async function readRawBody(context: Context<AppEnv>, maxBytes: number): Promise<string> {
  const buffer = await context.req.arrayBuffer();
  if (buffer.byteLength > maxBytes) throw errors.payloadTooLarge(`${Math.round(maxBytes / 1024)} KB`);
  return new TextDecoder().decode(buffer);
}

export function zaloWebhookRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = () => (deps.now?.() ?? new Date()).getTime();

  app.post('/channels/zalo/webhook', async (context) => {
    const channel = deps.zalo;
    if (!channel) throw errors.notFound();
    if (!deps.channelEvents) throw new HttpError(503, 'store_unavailable', 'Kênh Zalo chưa sẵn sàng.');
    const rawBody = await readRawBody(context, deps.config.maxBodyBytes);
    let envelope;
    try {
      envelope = zaloEnvelopeSchema.parse(JSON.parse(rawBody));
    } catch {
      throw errors.invalidRequest('sự kiện Zalo không đúng định dạng');
    }
    const signed = await verifyZaloSignature(context.req.header('x-zevent-signature'), { appId: channel.appId, rawBody, timestamp: envelope.timestamp, secretKey: channel.secretKey });
    if (!signed || envelope.app_id !== channel.appId) {
      deps.metrics.increment('zalo_events_total', 'Zalo webhook events', { outcome: 'bad_signature' });
      throw new HttpError(401, 'invalid_signature', 'Chữ ký sự kiện không hợp lệ.');
    }
    // A replayed (captured and resent) event is refused even with a good signature.
    if (Math.abs(now() - eventTimeMs(envelope.timestamp)) > (channel.maxEventAgeMs ?? MAX_EVENT_AGE_MS)) {
      deps.metrics.increment('zalo_events_total', 'Zalo webhook events', { outcome: 'stale' });
      throw new HttpError(400, 'stale_event', 'Sự kiện đã quá hạn.');
    }

    const turn: ZaloTurnContext = { deps, channel, client: createZaloClient(channel, deps.logger, deps.metrics) };
    const receivedAt = new Date(now()).toISOString();
    const handle = async (eventId: string, work: () => Promise<void>) => {
      // Zalo redelivers when unsure; a repeat is acknowledged (so it stops) and not answered again.
      if (!(await deps.channelEvents!.claim('zalo', eventId, receivedAt))) {
        deps.metrics.increment('zalo_events_total', 'Zalo webhook events', { outcome: 'repeat' });
        return context.json({ ok: true, repeated: true });
      }
      deps.metrics.increment('zalo_events_total', 'Zalo webhook events', { outcome: 'accepted', event: envelope.event_name });
      runAfterResponse(
        deps,
        context,
        work().catch((error: unknown) => deps.logger.error({ channel: 'zalo', event: envelope.event_name, error: String(error) }, 'Zalo event not handled')),
      );
      return context.json({ ok: true });
    };

    const text = zaloTextEventSchema.safeParse(envelope);
    if (text.success) {
      // The same per-conversation limit as the widget: one Zalo user cannot keep the engine busy for everyone.
      if ((await context.get('sessionLimiter')(await zaloSessionId(channel.secretKey, text.data.sender.id))) > 0) {
        deps.metrics.increment('zalo_events_total', 'Zalo webhook events', { outcome: 'rate_limited' });
        return context.json({ ok: true, limited: true });
      }
      return handle(`msg:${text.data.message.msg_id}`, () => answerZaloText(turn, text.data.sender.id, text.data.message.text));
    }
    const follow = zaloFollowEventSchema.safeParse(envelope);
    if (follow.success) return handle(`follow:${follow.data.follower.id}:${envelope.timestamp}`, () => welcomeZaloFollower(turn, follow.data.follower.id));
    const other = zaloOtherUserMessageSchema.safeParse(envelope);
    if (other.success) return handle(`msg:${other.data.message.msg_id}`, () => askForText(turn, other.data.sender.id));
    return context.json({ ok: true, ignored: envelope.event_name });
  });
  return app;
}
