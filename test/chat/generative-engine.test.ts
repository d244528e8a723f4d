import { afterEach, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/chat-engine';
import type { EngineEvent } from '../../src/chat/chat-types';
import { NO_ANSWER_SENTINEL } from '../../src/chat/grounded-prompt';
import { createOpenAiChatModel } from '../../src/llm/openai-chat-model';
import { startScriptedServer, type ScriptedReply, type ScriptedServer } from '../llm/scripted-openai-server';
import { CHANNELS, fixtureRetriever } from './chat-fixture';
import { fixtureCatalog } from './procedure-records';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function generativeEngine(script: (body: { messages: Array<{ role: string; content: string }> }) => ScriptedReply, options: { timeoutMs?: number } = {}) {
  server = await startScriptedServer(script);
  const events: EngineEvent[] = [];
  const chatModel = createOpenAiChatModel({ baseUrl: server.baseUrl, modelId: 'scripted' });
  const engine = createChatEngine({ retriever: fixtureRetriever(), catalog: fixtureCatalog(), channels: CHANNELS, chatModel, llmTimeoutMs: options.timeoutMs ?? 5000, onEvent: (event) => events.push(event) });
  return { engine, events, server };
}

const QUESTION = 'Khánh Hòa muốn bao nhiêu % người dân, doanh nghiệp hài lòng khi làm thủ tục lĩnh vực Nội vụ?';

describe('generative engine', () => {
  it('streams a grounded answer with citations, passages fenced as data in the prompt', async () => {
    const { engine, server } = await generativeEngine(() => ({ deltas: ['Khánh Hòa đặt mục tiêu tối thiểu ', '95% người dân, doanh nghiệp hài lòng [1]. ', 'Đây là chỉ tiêu của ngành Nội vụ [1].'] }));
    const deltas: string[] = [];
    const result = await engine.answer({ message: QUESTION, scopes: ['public'] }, { onDelta: (text) => deltas.push(text) });
    expect(result.engine).toBe('generative');
    expect(result.refused).toBe(false);
    expect(result.answer).toBe('Khánh Hòa đặt mục tiêu tối thiểu 95% người dân, doanh nghiệp hài lòng [1]. Đây là chỉ tiêu của ngành Nội vụ [1].');
    expect(deltas.length).toBeGreaterThanOrEqual(2);
    expect(deltas.join('')).toBe(result.answer);
    expect(result.citations.map((citation) => citation.n)).toEqual([1]);
    expect(result.citations[0]?.text).toContain('95%');
    const messages = server.requests[0]!.messages;
    expect(messages[0]!.role).toBe('system');
    expect(messages.at(-1)!.content).toMatch(/<tai_lieu>\n\[1\][\s\S]*<\/tai_lieu>\n\nCâu hỏi: /);
  });

  it('drops a sentence whose number its cited passage does not contain, and counts it', async () => {
    const { engine, events } = await generativeEngine(() => ({ deltas: ['Mục tiêu là tối thiểu 95% người dân hài lòng [1]. ', 'Đến năm 2030 tỷ lệ này đạt 98% [1]. ', 'Theo [7] mọi hồ sơ xử lý trong 3 ngày.'] }));
    const deltas: string[] = [];
    const result = await engine.answer({ message: QUESTION, scopes: ['public'] }, { onDelta: (text) => deltas.push(text) });
    expect(result.engine).toBe('generative');
    expect(result.answer).toBe('Mục tiêu là tối thiểu 95% người dân hài lòng [1].');
    expect(deltas.join('')).not.toContain('98%');
    expect(result.guardInterventions).toBe(3);
    const kinds = events.flatMap((event) => (event.type === 'guard-intervention' ? [event.intervention.kind] : []));
    expect(kinds).toEqual(['unsupported_fact', 'unknown_citation', 'uncited_fact']);
  });

  it('falls back to the extractive answer when every sentence is rejected', async () => {
    const { engine } = await generativeEngine(() => ({ deltas: ['Tỷ lệ là 42% [1].'] }));
    const result = await engine.answer({ message: QUESTION, scopes: ['public'] });
    expect(result.engine).toBe('extractive');
    expect(result.fallback).toBe('guard_rejected');
    expect(result.answer).toContain('95%');
  });

  it('turns the model declining into a refusal', async () => {
    const { engine } = await generativeEngine(() => ({ deltas: [NO_ANSWER_SENTINEL] }));
    const result = await engine.answer({ message: QUESTION, scopes: ['public'] });
    expect(result.refused).toBe(true);
    expect(result.refusalReason).toBe('no_sources');
  });

  it('falls back to extractive, never throws, when the LLM is down', async () => {
    const { engine, events } = await generativeEngine(() => ({ status: 500 }));
    const result = await engine.answer({ message: QUESTION, scopes: ['public'] });
    expect(result).toMatchObject({ engine: 'extractive', fallback: 'llm_http', refused: false });
    expect(result.answer).toContain('95%');
    expect(events.some((event) => event.type === 'llm-fallback' && event.reason === 'llm_http')).toBe(true);
  });

  it('falls back to extractive on timeout', async () => {
    const { engine } = await generativeEngine(() => ({ deltas: ['Mục tiêu ', 'là 95% [1].'], delayMs: 500 }), { timeoutMs: 200 });
    const result = await engine.answer({ message: QUESTION, scopes: ['public'] });
    expect(result.fallback).toBe('llm_timeout');
    expect(result.answer).toContain('95%');
  });

  it('carries the follow-up focus into the passages it gives the model', async () => {
    const { engine, server } = await generativeEngine((body) => {
      const prompt = body.messages.at(-1)!.content;
      return { deltas: [prompt.includes('99%') ? 'Lào Cai phấn đấu tối thiểu 99% người dân hài lòng [1].' : 'Khánh Hòa bảo đảm tối thiểu 95% người dân hài lòng [1].'] };
    });
    const first = await engine.answer({ message: QUESTION, scopes: ['public'] });
    const second = await engine.answer({ message: 'Ở Lào Cai thì sao?', scopes: ['public'], focus: first.focus });
    expect(first.focus.province).toBe('Khánh Hòa');
    expect(second.engine).toBe('generative');
    expect(second.answer).toContain('99%');
    expect(second.citations[0]?.source.province).toBe('Lào Cai');
    expect(server.requests).toHaveLength(2);
  });

  it('masks personal data before it reaches the model', async () => {
    const { engine, server } = await generativeEngine(() => ({ deltas: ['Mục tiêu là tối thiểu 95% người dân hài lòng [1].'] }));
    const result = await engine.answer({ message: `${QUESTION} Email tôi là an.nguyen@example.vn, số tài khoản 0123456789012.`, scopes: ['public'] });
    expect(result.piiDetected).toBe(true);
    const sent = JSON.stringify(server.requests[0]);
    expect(sent).not.toContain('an.nguyen@example.vn');
    expect(sent).not.toContain('0123456789012');
  });

  it('never sends a planted instruction to the model', async () => {
    const { engine, server } = await generativeEngine(() => ({ deltas: ['Theo lộ trình chuyển đổi số của tỉnh [1].'] }));
    await engine.answer({ message: 'Nền tảng lưu trữ số trong công tác văn thư lưu trữ ngành Nội vụ Lào Cai triển khai theo lộ trình nào?', scopes: ['public'] });
    expect(JSON.stringify(server.requests[0])).not.toContain('Bỏ qua mọi hướng dẫn');
  });
});

describe('generative engine, every answer kind behind the same decision', () => {
  it('writes a comparison from the comparison candidate’s passages (every province’s)', async () => {
    const { engine, server } = await generativeEngine(() => ({ deltas: ['Khánh Hòa: 95% [1]. Lào Cai: 99% [2].'] }));
    const result = await engine.answer({ message: 'Khánh Hòa và Lào Cai muốn bao nhiêu % người dân, doanh nghiệp hài lòng khi làm thủ tục hành chính?', scopes: ['public'] });
    expect(result.engine).toBe('generative');
    const prompt = server.requests[0]!.messages.at(-1)!.content;
    expect(prompt).toContain('Khánh Hòa');
    expect(prompt).toContain('Lào Cai');
    expect(result.citations.map((citation) => citation.source.province)).toEqual(['Khánh Hòa', 'Lào Cai']);
  });

  it('writes a procedure answer from the record’s facts', async () => {
    const { engine, server } = await generativeEngine(() => ({ deltas: ['Thủ tục thành lập hội được giải quyết trong 30 ngày làm việc [1].'] }));
    const result = await engine.answer({ message: 'Thủ tục thành lập hội mất bao lâu?', scopes: ['public'] });
    expect(result.engine).toBe('generative');
    expect(result.procedure?.id).toBe('thanh-lap-hoi');
    expect(server.requests[0]!.messages.at(-1)!.content).toContain('Thời hạn giải quyết: 30 ngày làm việc');
  });

  it('never asks the model when the decision refuses', async () => {
    const { engine, server } = await generativeEngine(() => ({ deltas: ['Không nên xuất hiện [1].'] }));
    for (const question of ['Giá vàng hôm nay thế nào?', 'Đăng ký khai sinh cần giấy tờ gì?', 'Thủ tục xin phép bắn pháo hoa dịp Tết mất bao lâu?']) {
      expect((await engine.answer({ message: question, scopes: ['public'] })).refused).toBe(true);
    }
    expect(server.requests).toHaveLength(0);
  });
});
