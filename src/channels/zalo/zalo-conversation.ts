/** One Zalo user's turn: a hand-off request opens a ticket, anything else is answered by the chat engine; replies go through the OA API. */
import type { AppDeps } from '../../http/app-context';
import { messageSchema, newId, persistTurn, resumeConversation } from '../../http/routes/chat-routes';
import type { SessionBinding } from '../../ports/store';
import { AI_DISCLOSURE, withDisclosure } from '../ai-disclosure';
import { asksForOfficer } from '../asks-for-officer';
import { handoffConfirmation, openHandoff } from '../open-handoff';
import type { ZaloClient } from './zalo-client';
import { sealRecipient, zaloSessionId } from './zalo-identity';
import { zaloMessages } from './zalo-reply';
import type { ZaloChannel } from './zalo-settings';

/** Zalo conversations are public and owned by the channel: a widget presenting the id cannot resume one. */
export const ZALO_BINDING: SessionBinding = { scope: 'public', owner: 'zalo' };

const NOT_READY = 'Trợ lý đang khởi động hoặc chưa có dữ liệu. Quý vị vui lòng gửi lại câu hỏi sau ít phút.';
const FAILED = 'Hệ thống gặp sự cố khi trả lời. Quý vị vui lòng gửi lại câu hỏi sau ít phút.';
const UNREADABLE = 'Quý vị vui lòng gửi câu hỏi bằng chữ, không quá 2.000 ký tự.';

export const ZALO_WELCOME = `Chào mừng Quý vị đến với Trợ lý ảo Nội vụ. ${AI_DISCLOSURE} Quý vị có thể gửi câu hỏi về thủ tục hành chính ngành Nội vụ; nhắn "gặp cán bộ" để được chuyển tới cán bộ tiếp nhận.`;

export interface ZaloTurnContext {
  deps: AppDeps;
  channel: ZaloChannel;
  client: ZaloClient;
}

async function sendAll(context: ZaloTurnContext, userId: string, messages: string[], conversation: string): Promise<void> {
  for (const text of messages) {
    // A part that could not be delivered would leave the rest without context: stop (the failure is logged).
    if (!(await context.client.sendText(userId, text, { conversation })).ok) return;
  }
}

export async function answerZaloText(context: ZaloTurnContext, userId: string, text: string): Promise<void> {
  const { deps, channel } = context;
  const now = deps.now ?? (() => new Date());
  const sessionId = await zaloSessionId(channel.secretKey, userId);
  const first = !(await deps.store.getSession(sessionId));
  const reply = (texts: string[]) => sendAll(context, userId, texts, sessionId);
  const question = messageSchema.safeParse(text);
  if (!question.success) return reply([withDisclosure(UNREADABLE, first)]);

  if (deps.handoffs && asksForOfficer(question.data)) {
    await deps.store.createSession(sessionId, now().toISOString(), ZALO_BINDING);
    const ticket = await openHandoff({ store: deps.store, handoffs: deps.handoffs }, { sessionId, channel: 'zalo', note: question.data, replyTo: await sealRecipient(channel.secretKey, userId), at: now() });
    deps.metrics.increment('handoffs_total', 'Hand-off tickets opened', { channel: 'zalo' });
    return reply([withDisclosure(handoffConfirmation(ticket.code), first)]);
  }

  const live = deps.index.get();
  if (!live) return reply([withDisclosure(NOT_READY, first)]);
  const conversation = await resumeConversation(deps, sessionId, ZALO_BINDING);
  const started = now();
  let result;
  try {
    result = await live.engine.answer({ message: question.data, scopes: ['public'], focus: conversation.focus, history: conversation.history });
  } catch (error) {
    deps.logger.error({ channel: 'zalo', conversation: sessionId, error: String(error) }, 'Zalo question not answered');
    return reply([withDisclosure(FAILED, first)]);
  }
  deps.metrics.increment('chat_requests_total', 'Chat turns answered', { engine: result.engine });
  await persistTurn(deps, { sessionId, messageId: newId(), question: question.data, result, at: started, binding: ZALO_BINDING, audience: 'public' });
  await reply(zaloMessages(withDisclosure(result.answer, first), result.citations));
}

/** An image, sticker, voice note or file: the assistant reads text only, and says so rather than staying silent. */
export async function askForText(context: ZaloTurnContext, userId: string): Promise<void> {
  const sessionId = await zaloSessionId(context.channel.secretKey, userId);
  const first = !(await context.deps.store.getSession(sessionId));
  await sendAll(context, userId, [withDisclosure(UNREADABLE, first)], sessionId);
}

export async function welcomeZaloFollower(context: ZaloTurnContext, userId: string): Promise<void> {
  await sendAll(context, userId, [ZALO_WELCOME], await zaloSessionId(context.channel.secretKey, userId));
}
