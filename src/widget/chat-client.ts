/** Talks to POST /api/chat (SSE over fetch, since EventSource cannot POST) and POST /api/feedback. */
import type { ChatEvent } from '../protocol/chat-events';
import { isCitation, isProcedureCard, parseChatEvent } from './chat-event-guard';
import { createSseParser } from './sse-parser';

export class ChatRequestError extends Error {
  override readonly name = 'ChatRequestError';
  constructor(
    message: string,
    /** Server-written Vietnamese message, safe to show as text. */
    readonly userMessage?: string,
  ) {
    super(message);
  }
}

export interface StreamChatOptions {
  apiOrigin: string;
  message: string;
  sessionId?: string;
  signal?: AbortSignal;
  onEvent(event: ChatEvent): void;
}

async function errorMessageOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : undefined;
  } catch {
    return undefined;
  }
}

/** A server that answers with plain JSON is replayed as events, so the UI has one code path. */
function replayJson(body: Record<string, unknown>, onEvent: (event: ChatEvent) => void): void {
  const answer = typeof body.answer === 'string' ? body.answer : '';
  onEvent({ type: 'answer-start', sessionId: String(body.sessionId ?? ''), messageId: String(body.messageId ?? '') });
  for (const citation of Array.isArray(body.citations) ? body.citations : []) {
    if (isCitation(citation)) onEvent({ type: 'citation', citation });
  }
  if (isProcedureCard(body.procedure)) onEvent({ type: 'procedure-card', procedure: body.procedure });
  onEvent({ type: 'answer-end', refused: body.refused === true, answer });
}

/** Resolves after `answer-end`; throws ChatRequestError on HTTP, network or truncated-stream failures. */
export async function streamChat(options: StreamChatOptions): Promise<void> {
  const response = await fetch(`${options.apiOrigin}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(options.sessionId ? { message: options.message, sessionId: options.sessionId } : { message: options.message }),
    signal: options.signal,
  }).catch((error: unknown) => {
    if (options.signal?.aborted) throw error;
    throw new ChatRequestError(`network: ${String(error)}`);
  });
  if (!response.ok) throw new ChatRequestError(`http ${response.status}`, await errorMessageOf(response));
  if (!(response.headers.get('content-type') ?? '').includes('text/event-stream') || !response.body) {
    replayJson((await response.json()) as Record<string, unknown>, options.onEvent);
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = createSseParser();
  let ended = false;
  const handle = (data: string): void => {
    const event = parseChatEvent(data);
    if (!event) return;
    if (event.type === 'error') throw new ChatRequestError(`server: ${event.code}`, event.message);
    options.onEvent(event);
    if (event.type === 'answer-end') ended = true;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const messages = done ? parser.end() : parser.push(value);
      for (const message of messages) handle(message.data);
      if (done || ended) break;
    }
  } catch (error) {
    if (error instanceof ChatRequestError || options.signal?.aborted) throw error;
    throw new ChatRequestError(`stream: ${String(error)}`);
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (!ended) throw new ChatRequestError('stream ended before answer-end');
}

export interface FeedbackBody {
  sessionId: string;
  messageId?: string;
  rating: 'up' | 'down';
  reason?: string;
}

export async function sendFeedback(apiOrigin: string, body: FeedbackBody): Promise<boolean> {
  try {
    const response = await fetch(`${apiOrigin}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.ok;
  } catch {
    return false;
  }
}
