/** POST /channels/zalo/webhook against a fake OA API on loopback: one reply per signed event, none for forged, stale or repeated ones. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../src/chat/chat-types';
import { AI_DISCLOSURE } from '../../../src/channels/ai-disclosure';
import { zaloFailure } from './fake-zalo-api';
import { unlimited } from '../../support/test-app';
import { ACCESS_TOKEN, APP_ID, createZaloKit, fakeResult, NOW, signedRequest, textEvent, USER_ID } from './zalo-test-kit';

type Kit = Awaited<ReturnType<typeof createZaloKit>>;
let kit: Kit | undefined;
afterEach(async () => kit?.close());

function recordingEngine(answer: string) {
  const requests: ChatRequest[] = [];
  return { requests, engine: { answer: async (request: ChatRequest) => (requests.push(request), fakeResult(answer)) } };
}

describe('Zalo webhook', () => {
  it('answers a signed text event with exactly one message holding the answer and its sources', async () => {
    const { engine, requests } = recordingEngine('Hồ sơ gồm đơn đề nghị và dự thảo điều lệ [1].');
    kit = await createZaloKit({ engine });
    const response = await kit.app.request(await signedRequest(textEvent('Hồ sơ thành lập hội gồm gì?')));
    expect(response.status).toBe(200);
    await kit.settle();
    expect(kit.api.received).toHaveLength(1);
    const [sent] = kit.api.received;
    expect(sent).toMatchObject({ path: '/v3.0/oa/message/cs', accessToken: ACCESS_TOKEN, userId: USER_ID });
    expect(sent!.text).toContain('Hồ sơ gồm đơn đề nghị và dự thảo điều lệ [1].');
    expect(sent!.text).toMatch(/Nguồn \[1\]: Nghị định 126\/2024\/NĐ-CP — Điều 8 https:\/\/vanban\.chinhphu\.vn\/nd-126/);
    expect(requests).toEqual([expect.objectContaining({ message: 'Hồ sơ thành lập hội gồm gì?', scopes: ['public'] })]);
  });

  it('says it is an AI assistant in the first message only, and keeps one conversation per user', async () => {
    const { engine, requests } = recordingEngine('Trả lời [1].');
    kit = await createZaloKit({ engine });
    await kit.app.request(await signedRequest(textEvent('Câu thứ nhất?', { msgId: 'a1' })));
    await kit.settle();
    await kit.app.request(await signedRequest(textEvent('Câu thứ hai?', { msgId: 'a2' })));
    await kit.settle();
    const [first, second] = kit.api.received;
    expect(first!.text.startsWith(AI_DISCLOSURE)).toBe(true);
    expect(second!.text).not.toContain(AI_DISCLOSURE);
    expect(requests[1]!.history?.map((turn) => turn.role)).toEqual(['user', 'assistant']);
  });

  it('stores the conversation under a hash of the user id, never the id itself', async () => {
    kit = await createZaloKit({ engine: recordingEngine('Trả lời [1].').engine });
    await kit.app.request(await signedRequest(textEvent('Câu hỏi?')));
    await kit.settle();
    const messages = await kit.store.listMessages();
    expect(messages).toHaveLength(2);
    expect(messages[0]!.sessionId).toMatch(/^zalo_[\w-]{40}$/);
    expect(JSON.stringify(messages)).not.toContain(USER_ID);
  });

  it.each([
    ['a bad signature', async () => signedRequest(textEvent('Câu hỏi?'), { secret: 'not-the-secret' }), 401, 'invalid_signature'],
    ['no signature', async () => signedRequest(textEvent('Câu hỏi?'), { signature: '' }), 401, 'invalid_signature'],
    ['a stale timestamp', async () => signedRequest(textEvent('Câu hỏi?', { timestamp: NOW.getTime() - 6 * 60_000 })), 400, 'stale_event'],
    ['another app id', async () => signedRequest({ ...textEvent('Câu hỏi?'), app_id: '111' }), 401, 'invalid_signature'],
  ])('sends nothing for %s', async (_name, build, status, code) => {
    const { engine, requests } = recordingEngine('Trả lời.');
    kit = await createZaloKit({ engine });
    const response = await kit.app.request(await build());
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    await kit.settle();
    expect(kit.api.received).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('accepts the signature without the mac= prefix', async () => {
    kit = await createZaloKit({ engine: recordingEngine('Trả lời.').engine });
    const request = await signedRequest(textEvent('Câu hỏi?'));
    const bare = new Request(request, { headers: { 'content-type': 'application/json', 'x-zevent-signature': request.headers.get('x-zevent-signature')!.replace('mac=', '') } });
    expect((await kit.app.request(bare)).status).toBe(200);
  });

  it('answers a repeated msg_id once', async () => {
    const { engine, requests } = recordingEngine('Trả lời [1].');
    kit = await createZaloKit({ engine });
    const event = textEvent('Câu hỏi?', { msgId: 'same-id' });
    expect((await kit.app.request(await signedRequest(event))).status).toBe(200);
    const again = await kit.app.request(await signedRequest(event));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, repeated: true });
    await kit.settle();
    expect(kit.api.received).toHaveLength(1);
    expect(requests).toHaveLength(1);
  });

  it('holds a Zalo user to the per-conversation rate limit', async () => {
    const { engine, requests } = recordingEngine('Trả lời [1].');
    kit = await createZaloKit({ engine, config: { rateLimits: { ...unlimited, perSession: { limit: 1, windowMs: 60_000 } } } });
    await kit.app.request(await signedRequest(textEvent('Câu một?', { msgId: 'r1' })));
    const limited = await kit.app.request(await signedRequest(textEvent('Câu hai?', { msgId: 'r2' })));
    expect(await limited.json()).toEqual({ ok: true, limited: true });
    await kit.settle();
    expect(requests).toHaveLength(1);
    expect(kit.api.received).toHaveLength(1);
  });

  it('sends a 2,500-character answer as two messages cut at a sentence end', async () => {
    const sentence = 'Cơ quan tiếp nhận kiểm tra hồ sơ và trả kết quả đúng hạn theo quy định hiện hành. ';
    const answer = sentence.repeat(Math.ceil(2500 / sentence.length)).slice(0, 2500).replace(/\s*\S*$/, '.');
    kit = await createZaloKit({ engine: recordingEngine(answer).engine });
    await kit.app.request(await signedRequest(textEvent('Câu hỏi?')));
    await kit.settle();
    expect(kit.api.received).toHaveLength(2);
    const [first, second] = kit.api.received.map((message) => message.text);
    expect(first!.length).toBeLessThanOrEqual(2000);
    expect(first!.endsWith('quy định hiện hành.')).toBe(true);
    expect(second).toMatch(/Nguồn \[1\]/);
  });

  it('retries a Zalo API error and delivers once', async () => {
    kit = await createZaloKit({ engine: recordingEngine('Trả lời [1].').engine });
    kit.api.script(zaloFailure(-32, 'Exceed rate limit'), { status: 502, body: {} });
    await kit.app.request(await signedRequest(textEvent('Câu hỏi?')));
    await kit.settle();
    expect(kit.api.received).toHaveLength(3);
    expect(kit.lines.filter((line) => line.level === 'warn').map((line) => (line.details as { failure: string }).failure)).toEqual(['zalo error -32: Exceed rate limit', 'http 502']);
    expect(kit.lines.some((line) => line.level === 'error')).toBe(false);
    expect(kit.metrics.counterValue('zalo_messages_total', { outcome: 'sent' })).toBe(1);
  });

  it('logs a message Zalo keeps refusing after the last retry, without the user id', async () => {
    kit = await createZaloKit({ engine: recordingEngine('Trả lời [1].').engine });
    kit.api.script(...Array.from({ length: 3 }, () => zaloFailure(-216, 'Access token is invalid')));
    await kit.app.request(await signedRequest(textEvent('Câu hỏi?')));
    await kit.settle();
    expect(kit.api.received).toHaveLength(3);
    const failures = kit.lines.filter((line) => line.level === 'error');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ message: 'Zalo message failed after retries', details: { attempts: 3, failure: 'zalo error -216: Access token is invalid' } });
    expect(JSON.stringify(kit.lines)).not.toContain(USER_ID);
    expect(kit.metrics.counterValue('zalo_messages_total', { outcome: 'failed' })).toBe(1);
  });

  it('welcomes a new follower with the AI notice', async () => {
    kit = await createZaloKit({ engine: recordingEngine('Trả lời.').engine });
    const follow = { app_id: APP_ID, oa_id: '1122334455', user_id_by_app: '9988776655', event_name: 'follow', timestamp: String(NOW.getTime()), source: 'oa_profile', follower: { id: USER_ID } };
    expect((await kit.app.request(await signedRequest(follow))).status).toBe(200);
    await kit.settle();
    expect(kit.api.received).toHaveLength(1);
    expect(kit.api.received[0]!.userId).toBe(USER_ID);
    expect(kit.api.received[0]!.text).toContain(AI_DISCLOSURE);
  });

  it('asks for text when a user sends an image, once per msg_id', async () => {
    const { engine, requests } = recordingEngine('Trả lời.');
    kit = await createZaloKit({ engine });
    const image = { app_id: APP_ID, event_name: 'user_send_image', timestamp: String(NOW.getTime()), sender: { id: USER_ID }, message: { msg_id: 'img-1', attachments: [] } };
    expect((await kit.app.request(await signedRequest(image))).status).toBe(200);
    expect(await (await kit.app.request(await signedRequest(image))).json()).toEqual({ ok: true, repeated: true });
    await kit.settle();
    expect(kit.api.received).toHaveLength(1);
    expect(kit.api.received[0]!.text).toContain('Quý vị vui lòng gửi câu hỏi bằng chữ');
    expect(requests).toEqual([]);
  });

  it('acknowledges events it does not handle without replying', async () => {
    kit = await createZaloKit({ engine: recordingEngine('Trả lời.').engine });
    const seen = { app_id: APP_ID, event_name: 'user_seen_message', timestamp: String(NOW.getTime()), sender: { id: USER_ID } };
    const response = await kit.app.request(await signedRequest(seen));
    expect(await response.json()).toEqual({ ok: true, ignored: 'user_seen_message' });
    await kit.settle();
    expect(kit.api.received).toEqual([]);
  });

  it('answers 404 when the channel is not configured', async () => {
    kit = await createZaloKit({ zalo: false });
    expect((await kit.app.request(await signedRequest(textEvent('Câu hỏi?')))).status).toBe(404);
  });

  it('answers with the real chat engine', async () => {
    kit = await createZaloKit();
    await kit.app.request(await signedRequest(textEvent('Quy định về thời giờ làm việc của cán bộ, công chức?')));
    await kit.settle();
    expect(kit.api.received.length).toBeGreaterThanOrEqual(1);
    expect(kit.api.received[0]!.text.length).toBeGreaterThan(AI_DISCLOSURE.length + 10);
  });
});
