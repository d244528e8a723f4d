import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatEvent } from '../../src/protocol/chat-events';
import { ChatRequestError, sendFeedback, streamChat } from '../../src/widget/chat-client';

function sseResponse(chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

const frame = (event: ChatEvent): string => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

async function collect(response: Response): Promise<{ events: ChatEvent[]; request: Request }> {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response);
  vi.stubGlobal('fetch', fetchMock);
  const events: ChatEvent[] = [];
  await streamChat({ apiOrigin: 'http://127.0.0.1:1', message: 'Hỏi', sessionId: 's0', onEvent: (event) => events.push(event) });
  const [input, init] = fetchMock.mock.calls[0]!;
  return { events, request: new Request(input as string, init) };
}

afterEach(() => vi.unstubAllGlobals());

describe('streamChat', () => {
  it('posts the question and streams typed events split across chunks', async () => {
    const text = frame({ type: 'answer-start', sessionId: 's1', messageId: 'm1' }) + ': ping\n\n' + frame({ type: 'text-delta', delta: 'Chào [1]' }) + frame({ type: 'answer-end', refused: false, answer: 'Chào [1]' });
    const { events, request } = await collect(sseResponse([text.slice(0, 30), text.slice(30, 101), text.slice(101)]));
    expect(events.map((event) => event.type)).toEqual(['answer-start', 'text-delta', 'answer-end']);
    expect(request.url).toBe('http://127.0.0.1:1/api/chat');
    expect(request.headers.get('accept')).toBe('text/event-stream');
    expect(await request.json()).toEqual({ message: 'Hỏi', sessionId: 's0' });
  });

  it('throws a retryable error with the server message on an error event or a cut stream', async () => {
    await expect(collect(sseResponse([frame({ type: 'error', code: 'overloaded', message: 'Hệ thống đang bận' })]))).rejects.toMatchObject({
      name: 'ChatRequestError',
      userMessage: 'Hệ thống đang bận',
    });
    await expect(collect(sseResponse([frame({ type: 'text-delta', delta: 'Chào' })]))).rejects.toBeInstanceOf(ChatRequestError);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(streamChat({ apiOrigin: '', message: 'x', onEvent: () => undefined })).rejects.toBeInstanceOf(ChatRequestError);
  });

  it('replays a plain JSON reply as events', async () => {
    const body = { answer: 'Đáp [1]', citations: [{ n: 1, text: 't', source: { docId: 'd', title: 'T' } }], refused: false, sessionId: 's2', messageId: 'm2' };
    const { events } = await collect(Response.json(body));
    expect(events.map((event) => event.type)).toEqual(['answer-start', 'citation', 'answer-end']);
  });
});

describe('sendFeedback', () => {
  it('reports success and network failure as a boolean', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ ok: true })));
    expect(await sendFeedback('', { sessionId: 's', rating: 'up' })).toBe(true);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    expect(await sendFeedback('', { sessionId: 's', rating: 'down', reason: 'x' })).toBe(false);
  });
});
