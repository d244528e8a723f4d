/** ChatModel port on the Workers AI binding: streams a text-generation model's server-sent events. */
import { z } from 'zod';
import { readServerSentData, safeJson } from '../../llm/server-sent-data';
import { boundedCall, ChatModelError, type ChatMessage, type ChatModel, type ChatStreamOptions } from '../../ports/chat-model';
import type { AiBinding } from './bindings';

export interface WorkersAiChatModelOptions {
  ai: AiBinding;
  /** e.g. `@cf/meta/llama-3.3-70b-instruct-fp8-fast`; configured by LLM_MODEL. */
  modelId: string;
  timeoutMs?: number;
  maxTokens?: number;
}

// Workers AI streams `data: {"response":"…"}` events and ends with `data: [DONE]`.
const streamEventSchema = z.object({ response: z.string().nullish() });

export function createWorkersAiChatModel(options: WorkersAiChatModelOptions): ChatModel {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    provider: 'workers-ai',
    modelId: options.modelId,
    async *stream(messages: ChatMessage[], streamOptions: ChatStreamOptions) {
      const { signal, failure } = boundedCall(timeoutMs, streamOptions.signal, {
        label: 'Workers AI',
        transport: (error) => new ChatModelError('llm_http', `Workers AI ${options.modelId} failed: ${(error as Error).message}`, true, { cause: error }),
      });
      let body: unknown;
      try {
        body = await options.ai.run(options.modelId, {
          messages,
          stream: true,
          temperature: streamOptions.temperature ?? 0.1,
          ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}),
        });
      } catch (error) {
        throw failure(error);
      }
      if (!(body instanceof ReadableStream)) throw new ChatModelError('llm_bad_reply', 'Workers AI did not return a stream', false);
      try {
        for await (const data of readServerSentData(body as ReadableStream<Uint8Array>, signal)) {
          if (data === '[DONE]') return;
          const event = streamEventSchema.safeParse(safeJson(data));
          if (!event.success) throw new ChatModelError('llm_bad_reply', `unexpected stream event: ${data.slice(0, 200)}`, false);
          if (event.data.response) yield event.data.response;
        }
      } catch (error) {
        throw failure(error);
      }
    },
  };
}
