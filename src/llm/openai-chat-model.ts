/** ChatModel adapter for any OpenAI-compatible /v1/chat/completions server (vLLM, Ollama, llama.cpp, hosted APIs). */
import { z } from 'zod';
import { boundedCall, ChatModelError, type ChatMessage, type ChatModel, type ChatStreamOptions } from '../ports/chat-model';
import { readServerSentData, safeJson } from './server-sent-data';

export interface OpenAiChatModelOptions {
  /** Base URL including the version path, e.g. `http://127.0.0.1:11434/v1`. */
  baseUrl: string;
  modelId: string;
  apiKey?: string;
  /** Whole-request limit; the stream is cut and a `llm_timeout` error thrown past it. */
  timeoutMs?: number;
  maxTokens?: number;
  fetch?: typeof fetch;
  provider?: string;
}

// Minimal shape: servers differ in extra fields, so only what we read is checked.
const streamChunkSchema = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).partial().nullish() })).default([]),
});

const errorBodySchema = z.object({ error: z.object({ message: z.string() }).partial() }).partial();

export function createOpenAiChatModel(options: OpenAiChatModelOptions): ChatModel {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  const endpoint = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    provider: options.provider ?? 'openai-compatible',
    modelId: options.modelId,
    async *stream(messages: ChatMessage[], streamOptions: ChatStreamOptions) {
      const { signal, failure } = boundedCall(timeoutMs, streamOptions.signal, {
        label: 'LLM',
        transport: (error) => new ChatModelError('llm_network', `LLM request failed: ${(error as Error).message}`, true, { cause: error }),
      });
      let response: Response;
      try {
        response = await fetchImplementation(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify({
            model: options.modelId,
            messages,
            stream: true,
            temperature: streamOptions.temperature ?? 0.1,
            ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}),
          }),
          signal,
        });
      } catch (error) {
        throw failure(error);
      }
      if (!response.ok || !response.body) {
        const body = await response.text().catch(() => '');
        const parsed = errorBodySchema.safeParse(safeJson(body));
        const detail = parsed.success ? parsed.data.error?.message : undefined;
        throw new ChatModelError('llm_http', `LLM server answered ${response.status}: ${detail ?? body.slice(0, 200)}`, response.status >= 500 || response.status === 429);
      }
      try {
        for await (const data of readServerSentData(response.body, signal)) {
          if (data === '[DONE]') return;
          const chunk = streamChunkSchema.safeParse(safeJson(data));
          if (!chunk.success) throw new ChatModelError('llm_bad_reply', `unexpected stream chunk: ${data.slice(0, 200)}`, false);
          const delta = chunk.data.choices[0]?.delta?.content;
          if (delta) yield delta;
        }
      } catch (error) {
        throw failure(error);
      }
    },
  };
}
