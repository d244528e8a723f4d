/** A scripted stand-in for the assistant server: widget routes, a streamed /api/chat and a recording /api/feedback. */
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChatEvent } from '../../src/protocol/chat-events';
import { widgetRoutes } from '../../src/http/routes/widget-routes';

export interface RecordedFeedback {
  sessionId: string;
  messageId?: string;
  rating: string;
  reason?: string;
}

/** The shape the e2e needs; the real `startServer` of src/adapter/node/server.ts has the same one. */
export interface AssistantUnderTest {
  url: string;
  close(): Promise<void>;
  store: { listFeedback(): Promise<RecordedFeedback[]> };
}

export const scriptedAnswer = 'Hồ sơ đề nghị thành lập hội gồm đơn đề nghị và dự thảo điều lệ [1]. Thời hạn giải quyết là 30 ngày làm việc [2].';

function scriptedEvents(origin: string, sessionId: string, messageId: string): ChatEvent[] {
  const deltas = scriptedAnswer.match(/.{1,12}/gsu) ?? [];
  return [
    { type: 'answer-start', sessionId, messageId },
    ...deltas.map((delta): ChatEvent => ({ type: 'text-delta', delta })),
    { type: 'citation', citation: { n: 1, text: 'Hồ sơ gồm: đơn đề nghị thành lập hội; dự thảo điều lệ…', source: { docId: 'nd-126', title: 'Nghị định 126/2024/NĐ-CP về tổ chức, hoạt động và quản lý hội', section: 'Điều 9. Hồ sơ đề nghị thành lập hội', url: `${origin}/sources/nd-126` } } },
    { type: 'citation', citation: { n: 2, text: 'Trong thời hạn 30 ngày làm việc…', source: { docId: 'tthc-hoi', title: 'Thủ tục thành lập hội cấp tỉnh', province: 'Hưng Yên' } } },
    { type: 'procedure-card', procedure: { id: 'p1', code: '1.003918', name: 'Thành lập hội', fields: [{ label: 'Thời hạn giải quyết', value: '30 ngày làm việc' }, { label: 'Cơ quan thực hiện', value: 'Sở Nội vụ' }], url: `${origin}/sources/tthc-hoi`, status: 'Còn hiệu lực' } },
    { type: 'answer-end', refused: false, answer: scriptedAnswer },
  ];
}

export async function startFakeAssistantServer(options: { port?: number; host?: string } = {}): Promise<AssistantUnderTest> {
  const feedback: RecordedFeedback[] = [];
  let origin = '';
  let messageCount = 0;
  const app = new Hono();
  app.route('/', widgetRoutes({ demo: { title: 'Cổng thông tin điện tử tỉnh Hưng Yên', widgetAttributes: { agency: 'Sở Nội vụ tỉnh Hưng Yên', suggestions: 'Thủ tục thành lập hội?|Hồ sơ xét tặng danh hiệu Lao động tiên tiến?', hotline: '1900 1234' } } }));
  app.post('/api/chat', async (context) => {
    const body = (await context.req.json()) as { message?: string; sessionId?: string };
    const sessionId = body.sessionId ?? 'fake-session-1';
    const events = scriptedEvents(origin, sessionId, `m${++messageCount}`);
    return streamSSE(context, async (stream) => {
      await stream.write(': ping\n\n');
      for (const event of events) {
        await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        await stream.sleep(15); // Real pacing, so the widget visibly streams.
      }
    });
  });
  app.post('/api/feedback', async (context) => {
    feedback.push((await context.req.json()) as RecordedFeedback);
    return context.json({ ok: true });
  });
  app.get('/sources/:id', (context) => context.html(`<!doctype html><meta charset="utf-8"><title>Nguồn ${context.req.param('id')}</title><h1>Văn bản nguồn</h1>`));

  const server: ServerType = await new Promise((resolve) => {
    const instance = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: options.host ?? '127.0.0.1' }, () => resolve(instance));
  });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    store: { listFeedback: async () => [...feedback] },
  };
}
