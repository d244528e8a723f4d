import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiChatModel } from '../../src/llm/openai-chat-model';
import { ChatModelError } from '../../src/ports/chat-model';
import { startScriptedServer, type ScriptedServer } from './scripted-openai-server';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const parts: string[] = [];
  for await (const part of iterable) parts.push(part);
  return parts;
}

describe('OpenAI-compatible chat model', () => {
  it('streams the deltas of a chat completion and sends model, messages and stream: true', async () => {
    server = await startScriptedServer(() => ({ deltas: ['Xin ', 'chào', ' [1].'] }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, modelId: 'qwen', apiKey: 'k' });
    expect(await collect(model.stream([{ role: 'user', content: 'chào' }], {}))).toEqual(['Xin ', 'chào', ' [1].']);
    expect(server.requests[0]).toMatchObject({ model: 'qwen', stream: true, messages: [{ role: 'user', content: 'chào' }] });
  });

  it('turns an HTTP error into a ChatModelError with code llm_http', async () => {
    server = await startScriptedServer(() => ({ status: 503 }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, modelId: 'qwen' });
    await expect(collect(model.stream([{ role: 'user', content: 'x' }], {}))).rejects.toMatchObject({ code: 'llm_http', isRetryable: true });
  });

  it('times out a slow stream with code llm_timeout', async () => {
    server = await startScriptedServer(() => ({ deltas: ['a', 'b', 'c'], delayMs: 400 }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, modelId: 'qwen', timeoutMs: 150 });
    const error = await collect(model.stream([{ role: 'user', content: 'x' }], {})).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatModelError);
    expect((error as ChatModelError).code).toBe('llm_timeout');
  });

  it('rejects a malformed chunk', async () => {
    server = await startScriptedServer(() => ({ raw: 'data: {"choices": "nope"}\n\n' }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, modelId: 'qwen' });
    await expect(collect(model.stream([{ role: 'user', content: 'x' }], {}))).rejects.toMatchObject({ code: 'llm_bad_reply' });
  });

  it('reports an unreachable server as llm_network', async () => {
    const model = createOpenAiChatModel({ baseUrl: 'http://127.0.0.1:9/v1', modelId: 'qwen', timeoutMs: 2000 });
    await expect(collect(model.stream([{ role: 'user', content: 'x' }], {}))).rejects.toMatchObject({ code: 'llm_network' });
  });
});
