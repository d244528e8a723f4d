/** The AI law's notice opens every channel: the widget's first bubble, the OpenAI-compatible face's first answer, Zalo's first reply and welcome. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AI_DISCLOSURE } from '../../src/channels/ai-disclosure';
import { ZALO_WELCOME } from '../../src/channels/zalo/zalo-conversation';
import { WIDGET_JS } from '../../src/http/assets/widget-bundle';
import { openAiRoutes } from '../../src/http/routes/openai-routes';
import { renderGreeting } from '../../src/widget/message-view';
import { FakeElement, fakeDocument } from '../widget/fake-document';
import { createZaloKit, fakeResult, signedRequest, textEvent } from './zalo/zalo-test-kit';

afterEach(() => vi.unstubAllGlobals());

const engine = { answer: async () => fakeResult('Câu trả lời [1].') };
const completion = (messages: Array<{ role: string; content: string }>, stream = false) =>
  openAiRoutes({ engine, scopesFor: () => ['public'] }).request(new Request('http://localhost/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages, stream }) }));

describe('AI disclosure', () => {
  it('says who answers and that answers are for reference', () => {
    expect(AI_DISCLOSURE).toMatch(/trí tuệ nhân tạo \(AI\)/);
    expect(AI_DISCLOSURE).toMatch(/tham khảo/);
    expect(AI_DISCLOSURE).toBe(AI_DISCLOSURE.normalize('NFC'));
  });

  it('widget: the first bubble carries it under any greeting the portal sets, and the bundle holds it', () => {
    vi.stubGlobal('document', fakeDocument);
    const bubble = renderGreeting('Xin chào từ Cổng dịch vụ công tỉnh') as unknown as FakeElement;
    expect(bubble.textContent).toBe(`Xin chào từ Cổng dịch vụ công tỉnh${AI_DISCLOSURE}`);
    expect(WIDGET_JS).toContain(AI_DISCLOSURE);
  });

  it('OpenAI-compatible face: the first answer opens with it, a follow-up does not', async () => {
    const first = (await (await completion([{ role: 'user', content: 'Hỏi?' }])).json()) as { choices: Array<{ message: { content: string } }> };
    expect(first.choices[0]!.message.content.startsWith(`${AI_DISCLOSURE}\n\nCâu trả lời [1].`)).toBe(true);
    const followUp = (await (await completion([{ role: 'user', content: 'Hỏi?' }, { role: 'assistant', content: 'Đáp.' }, { role: 'user', content: 'Hỏi tiếp?' }])).json()) as { choices: Array<{ message: { content: string } }> };
    expect(followUp.choices[0]!.message.content).not.toContain(AI_DISCLOSURE);
    const streamed = await (await completion([{ role: 'user', content: 'Hỏi?' }], true)).text();
    const content = streamed
      .split('\n')
      .filter((line) => line.startsWith('data: {'))
      .map((line) => (JSON.parse(line.slice(6)) as { choices?: Array<{ delta?: { content?: string } }> }).choices?.[0]?.delta?.content ?? '')
      .join('');
    expect(content.startsWith(`${AI_DISCLOSURE}\n\n`)).toBe(true);
  });

  it('Zalo: the welcome and the first reply carry it', async () => {
    expect(ZALO_WELCOME).toContain(AI_DISCLOSURE);
    const kit = await createZaloKit({ engine });
    try {
      await kit.app.request(await signedRequest(textEvent('Hỏi?')));
      await kit.settle();
      expect(kit.api.received[0]!.text.startsWith(AI_DISCLOSURE)).toBe(true);
    } finally {
      await kit.close();
    }
  });
});
