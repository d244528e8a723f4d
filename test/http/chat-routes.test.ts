/** POST /api/chat: the JSON contract, the typed SSE stream, validation, follow-ups, refusals and personal data. */
import { serve, type ServerType } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import type { ChatEngine, ChatResult } from '../../src/chat/chat-types';
import { PERSONAL_DATA_NOTICE } from '../../src/chat/pii';
import { createApp } from '../../src/http/app';
import { DEFAULT_APP_CONFIG, type Logger } from '../../src/http/app-context';
import { Metrics } from '../../src/http/metrics';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { chatEventSchema, chatResponseSchema, type ChatEvent, type ChatResponse } from '../../src/protocol/chat-events';
import { IndexHolder } from '../../src/services/index-holder';
import { createTestApp, postJson, unlimited } from '../support/test-app';
import { loadTestIndex } from '../support/test-index';
import { readSse } from './read-sse';

const PROCEDURE_QUESTION = 'Thủ tục thành lập hội cần giấy tờ gì?';
const SSE = { accept: 'text/event-stream' };

async function chat(app: Awaited<ReturnType<typeof createTestApp>>['app'], body: unknown, headers: Record<string, string> = {}) {
  return app.request(postJson('/api/chat', body, headers));
}

function markers(answer: string): number[] {
  return [...answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}

function expectMarkersMatchCitations(body: ChatResponse): void {
  const cited = new Set(markers(body.answer));
  const numbers = body.citations.map((citation) => citation.n);
  expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  expect([...cited].sort((a, b) => a - b)).toEqual(numbers);
  for (const citation of body.citations) {
    expect(citation.text.length).toBeGreaterThan(0);
    expect(citation.source.docId).toBeTruthy();
    expect(citation.source.title).toBeTruthy();
  }
}

const recordingLogger = () => {
  const lines: { level: string; details: object; message?: string }[] = [];
  const logger: Logger = {
    info: (details, message) => lines.push({ level: 'info', details, message }),
    warn: (details, message) => lines.push({ level: 'warn', details, message }),
    error: (details, message) => lines.push({ level: 'error', details, message }),
  };
  return { logger, lines };
};

/** An engine that answers after `delayMs`, or rejects as soon as its signal aborts; it records the signals it got. */
function slowEngine(delayMs: number, result: Partial<ChatResult> = {}) {
  const signals: (AbortSignal | undefined)[] = [];
  const engine: ChatEngine = {
    answer: (_request, options) =>
      new Promise((resolve, reject) => {
        signals.push(options?.signal);
        const timer = setTimeout(
          () => resolve({ answer: 'Hồ sơ gồm đơn đề nghị [1].', citations: [{ n: 1, text: 'Đơn đề nghị thành lập hội.', source: { docId: 'procedure:thanh-lap-hoi', title: 'Thành lập hội' } }], refused: false, focus: {}, engine: 'extractive', guardInterventions: 0, confidence: 0.9, piiDetected: false, ...result }),
          delayMs,
        );
        options?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('The client went away', 'AbortError'));
        });
      }),
  };
  return { engine, signals };
}

async function appWithEngine(engine: ChatEngine, config: Partial<typeof DEFAULT_APP_CONFIG> = {}, logger?: Logger) {
  const live = await loadTestIndex();
  const index = new IndexHolder();
  index.set({ ...live, engine });
  const store = openSqliteStore(':memory:');
  const metrics = new Metrics();
  const app = createApp({ index, store, metrics, logger: logger ?? recordingLogger().logger, config: { ...DEFAULT_APP_CONFIG, rateLimits: unlimited, ...config } });
  return { app, store, metrics };
}

describe('POST /api/chat as JSON', () => {
  it('answers with the contract shape: [n] markers in the answer, the sources in citations, ids and the procedure card', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await chat(app, { message: PROCEDURE_QUESTION });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = chatResponseSchema.parse(await response.json());
    expect(body.refused).toBe(false);
    expect(body.sessionId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(body.messageId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(body.citations.length).toBeGreaterThan(0);
    expectMarkersMatchCitations(body);
    // Sources live in citations, not appended to the text.
    expect(body.answer).not.toMatch(/Nguồn:/);
    expect(body.procedure?.id).toBe('thanh-lap-hoi');
    expect(body.citations[0]!.source.docId).toBe('procedure:thanh-lap-hoi');
  });

  it.each([
    ['an empty message', { message: '' }],
    ['a message of spaces', { message: '   \n ' }],
    ['2,001 characters after trimming', { message: `  ${'a'.repeat(2001)}  ` }],
    ['a missing message', {}],
    ['a sessionId too short', { message: 'xin chào', sessionId: 'abc' }],
    ['a sessionId with a path', { message: 'xin chào', sessionId: '../../../../etc/passwd' }],
    ['a sessionId too long', { message: 'xin chào', sessionId: 'a'.repeat(65) }],
    ['a numeric sessionId', { message: 'xin chào', sessionId: 12345678901234567890 }],
  ])('answers 400 with a Vietnamese JSON error for %s', async (_label, body) => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await chat(app, body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('invalid_request');
    expect(error.error.message).toMatch(/^Yêu cầu không hợp lệ/);
  });

  it('accepts exactly 2,000 characters once surrounding spaces are trimmed', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await chat(app, { message: `   ${'thành lập hội '.repeat(200).slice(0, 2000)}   ` });
    expect(response.status).toBe(200);
  });

  it('keeps the procedure in focus for a follow-up in the same session ("còn lệ phí thì sao?")', async () => {
    const { app, store } = await createTestApp({ config: { rateLimits: unlimited } });
    const first = chatResponseSchema.parse(await (await chat(app, { message: PROCEDURE_QUESTION })).json());
    expect(first.procedure?.id).toBe('thanh-lap-hoi');
    const followUp = await chat(app, { message: 'còn lệ phí thì sao?', sessionId: first.sessionId });
    expect(followUp.status).toBe(200);
    const body = chatResponseSchema.parse(await followUp.json());
    expect(body.sessionId).toBe(first.sessionId);
    // The fixture's record states no fee: the follow-up is refused for that procedure, which stays the subject.
    expect(body.refused).toBe(true);
    expect(body.answer).toContain('Thành lập hội');
    expect(await store.getFocus(first.sessionId)).toMatchObject({ procedureId: 'thanh-lap-hoi' });
    const next = chatResponseSchema.parse(await (await chat(app, { message: 'còn cơ quan nào giải quyết?', sessionId: first.sessionId })).json());
    expect(next.refused).toBe(false);
    expect(next.procedure?.id ?? next.citations[0]?.source.docId.replace('procedure:', '')).toBe('thanh-lap-hoi');
    expect(next.citations.map((citation) => citation.source.docId)).toContain('procedure:thanh-lap-hoi');
    expect((await store.recentMessages(first.sessionId, 10)).map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
  });

  it('does not carry a focus into a fresh session', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const body = chatResponseSchema.parse(await (await chat(app, { message: 'còn lệ phí thì sao?' })).json());
    expect(body.procedure?.id).not.toBe('thanh-lap-hoi');
  });

  it('refuses an out-of-scope question with no citations and points to official channels', async () => {
    const { app, metrics } = await createTestApp({ config: { rateLimits: unlimited } });
    const body = chatResponseSchema.parse(await (await chat(app, { message: 'Thời tiết Hà Nội hôm nay thế nào?' })).json());
    expect(body.refused).toBe(true);
    expect(body.citations).toEqual([]);
    expect(markers(body.answer)).toEqual([]);
    expect(body.answer).toMatch(/Nội vụ/);
    expect(body.answer).toMatch(/dichvucong\.gov\.vn/);
    expect(metrics.counterValue('chat_refusals_total', { reason: 'out_of_domain' })).toBe(1);
  });

  it('tells the user not to share a CCCD number, and stores the question masked', async () => {
    const { app, store } = await createTestApp({ config: { rateLimits: unlimited } });
    const body = chatResponseSchema.parse(await (await chat(app, { message: 'Tôi có CCCD số 001203004567, thủ tục thành lập hội cần gì?' })).json());
    expect(body.answer).toContain(PERSONAL_DATA_NOTICE);
    expect(body.answer).not.toContain('001203004567');
    const stored = await store.recentMessages(body.sessionId, 10);
    const question = stored.find((message) => message.role === 'user')!;
    expect(question.text).not.toContain('001203004567');
    expect(question.text).toContain('[số CCCD/CMND đã ẩn]');
    expect(JSON.stringify(stored)).not.toContain('001203004567');
  });
});

describe('POST /api/chat as SSE', () => {
  it('streams typed events answer-start, text-delta…, citation, answer-end that reassemble the JSON answer', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const response = await chat(app, { message: PROCEDURE_QUESTION }, SSE);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('cache-control')).toContain('no-cache');
    const { messages } = await readSse(response);
    const events: ChatEvent[] = messages.map((message) => {
      const event = chatEventSchema.parse(JSON.parse(message.data));
      expect(message.event).toBe(event.type);
      return event;
    });
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('answer-start');
    expect(types[types.length - 1]).toBe('answer-end');
    expect(types).not.toContain('error');
    // Order: start, deltas, citations, (card), end.
    const order = ['answer-start', 'text-delta', 'citation', 'procedure-card', 'answer-end'];
    const ranks = types.map((type) => order.indexOf(type));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(types.filter((type) => type === 'text-delta').length).toBeGreaterThan(1);

    const start = events[0] as Extract<ChatEvent, { type: 'answer-start' }>;
    const end = events[events.length - 1] as Extract<ChatEvent, { type: 'answer-end' }>;
    const text = events.flatMap((event) => (event.type === 'text-delta' ? [event.delta] : [])).join('');
    expect(text).toBe(end.answer);
    const citations = events.flatMap((event) => (event.type === 'citation' ? [event.citation] : []));
    expectMarkersMatchCitations({ answer: end.answer, citations, refused: end.refused, sessionId: start.sessionId });
    expect(end.refused).toBe(false);
    expect(events.some((event) => event.type === 'procedure-card' && event.procedure.id === 'thanh-lap-hoi')).toBe(true);
  });

  it('streams a refusal with no citation events', async () => {
    const { app } = await createTestApp({ config: { rateLimits: unlimited } });
    const { messages } = await readSse(await chat(app, { message: 'Cho tôi công thức nấu phở bò ngon' }, SSE));
    const events = messages.map((message) => chatEventSchema.parse(JSON.parse(message.data)));
    expect(events.filter((event) => event.type === 'citation')).toEqual([]);
    expect(events[events.length - 1]).toMatchObject({ type: 'answer-end', refused: true });
  });

  it('sends heartbeat comments while a slow engine thinks', async () => {
    const { engine } = slowEngine(250);
    const { app } = await appWithEngine(engine, { heartbeatMs: 20 });
    const { messages, comments } = await readSse(await chat(app, { message: PROCEDURE_QUESTION }, SSE));
    expect(comments.filter((comment) => comment === 'ping').length).toBeGreaterThanOrEqual(3);
    const types = messages.map((message) => message.event);
    expect(types[0]).toBe('answer-start');
    expect(types.slice(-2)).toEqual(['citation', 'answer-end']);
    expect(new Set(types.slice(1, -2))).toEqual(new Set(['text-delta']));
  });

  it('ends cleanly when the client disconnects mid-stream: the engine is aborted, nothing unhandled, nothing logged as an error', async () => {
    const { engine, signals } = slowEngine(10_000);
    const { logger, lines } = recordingLogger();
    const { app, store } = await appWithEngine(engine, { heartbeatMs: 50 }, logger);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
    const server: ServerType = await new Promise((resolve) => {
      const instance = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(instance));
    });
    try {
      const address = server.address() as { port: number };
      const client = new AbortController();
      const response = await fetch(`http://127.0.0.1:${address.port}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...SSE },
        body: JSON.stringify({ message: PROCEDURE_QUESTION }),
        signal: client.signal,
      });
      const reader = response.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toContain('event: answer-start');
      const sessionId = (JSON.parse(first.split('data: ')[1]!.split('\n')[0]!) as { sessionId: string }).sessionId;
      client.abort();
      await reader.cancel().catch(() => undefined);
      const deadline = Date.now() + 3000;
      while (!signals[0]?.aborted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(signals[0]?.aborted).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(unhandled).toEqual([]);
      expect(lines.filter((line) => line.level === 'error')).toEqual([]);
      // An abandoned turn is not stored as if it had been answered.
      expect(await store.sessionExists(sessionId)).toBe(false);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      process.off('uncaughtException', onUnhandled);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    }
  });
});
