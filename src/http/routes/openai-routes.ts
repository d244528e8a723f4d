/** OpenAI-compatible face of the assistant: POST /v1/chat/completions (streaming and not), GET /v1/models. */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { ChatEngine, ChatResult } from '../../chat/chat-types';
import { AI_DISCLOSURE, withDisclosure } from '../../channels/ai-disclosure';
import type { Scope } from '../../core/types';
import type { Citation } from '../../protocol/chat-events';
import { describeIssues, errorBody, errors, HttpError, renderError } from '../errors';
import { readJsonBody } from '../read-json-body';

export interface OpenAiRoutesDeps {
  engine: Pick<ChatEngine, 'answer'>;
  scopesFor: (request: Request) => Scope[] | Promise<Scope[]>;
  modelId?: string;
}

const MAX_BODY_BYTES = 256 * 1024;
const MAX_QUESTION_CHARS = 2000;

const contentSchema = z.union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough())]);
const requestSchema = z
  .object({
    model: z.string().optional(),
    messages: z.array(z.object({ role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']), content: contentSchema.nullish() }).passthrough()).min(1),
    stream: z.boolean().optional(),
  })
  .passthrough();

function textOf(content: z.infer<typeof contentSchema> | null | undefined): string {
  if (!content) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');
}

/** "Nguồn:" list appended to the content for clients that only show text. */
export function renderSources(citations: readonly Citation[]): string {
  if (citations.length === 0) return '';
  const lines = citations.map((citation) => {
    const place = [citation.source.province, citation.source.title, citation.source.section].filter(Boolean).join(' — ');
    return `[${citation.n}] ${place}${citation.source.url ? ` (${citation.source.url})` : ''}`;
  });
  return `\n\nNguồn:\n${lines.join('\n')}`;
}

export function openAiRoutes(deps: OpenAiRoutesDeps): Hono {
  const app = new Hono();
  const model = deps.modelId ?? 'tro-ly-ao-noi-vu';

  app.get('/v1/models', (context) => context.json({ object: 'list', data: [{ id: model, object: 'model', created: 0, owned_by: 'tro-ly-ao-noi-vu' }] }));

  app.post('/v1/chat/completions', async (context) => {
    const parsed = requestSchema.safeParse(await readJsonBody(context, MAX_BODY_BYTES));
    if (!parsed.success) throw errors.invalidRequest(describeIssues(parsed.error));
    // Client system prompts are ignored: the assistant's rules are not negotiable from outside.
    const turns = parsed.data.messages
      .filter((message) => message.role === 'user' || message.role === 'assistant')
      .map((message) => ({ role: message.role as 'user' | 'assistant', text: textOf(message.content).trim() }));
    const lastUser = turns.map((turn) => turn.role).lastIndexOf('user');
    const question = lastUser >= 0 ? turns[lastUser]!.text : '';
    if (!question) throw errors.invalidRequest('cần ít nhất một tin nhắn của người dùng (role "user") có nội dung');
    if (question.length > MAX_QUESTION_CHARS) throw errors.invalidRequest(`câu hỏi dài quá ${MAX_QUESTION_CHARS} ký tự`);
    const history = turns.slice(0, lastUser).filter((turn) => turn.text);
    const scopes = await deps.scopesFor(context.req.raw);
    const id = `chatcmpl-${crypto.randomUUID().replace(/-/g, '')}`;
    const created = Math.floor(Date.now() / 1000);
    const request = { message: question, scopes, history };
    // The AI law's notice opens the conversation: the client sends no earlier answer of ours.
    const first = !history.some((turn) => turn.role === 'assistant');

    if (!parsed.data.stream) {
      const result = await deps.engine.answer(request, { signal: context.req.raw.signal });
      return context.json({
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: withDisclosure(result.answer, first) + renderSources(result.citations) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
        citations: result.citations,
        refused: result.refused,
      });
    }

    context.header('X-Accel-Buffering', 'no');
    context.header('Cache-Control', 'no-cache');
    return streamSSE(context, async (stream) => {
      const abort = new AbortController();
      stream.onAbort(() => abort.abort());
      const chunk = (delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}) =>
        stream.writeSSE({ data: JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra }) });
      await chunk({ role: 'assistant', content: '' });
      if (first) await chunk({ content: `${AI_DISCLOSURE}\n\n` });
      let streamed = '';
      const writes: Promise<unknown>[] = [];
      let result: ChatResult;
      try {
        result = await deps.engine.answer(request, {
          signal: abort.signal,
          onDelta: (text) => {
            streamed += text;
            writes.push(chunk({ content: text }));
          },
        });
      } catch {
        await Promise.all(writes);
        await stream.writeSSE({ data: JSON.stringify(errorBody('internal_error', errors.internal().userMessage)) });
        await stream.writeSSE({ data: '[DONE]' });
        return;
      }
      await Promise.all(writes);
      // The final answer is authoritative: send what the deltas did not already show.
      const rest = result.answer.startsWith(streamed) ? result.answer.slice(streamed.length) : `\n\n${result.answer}`;
      if (rest) await chunk({ content: rest });
      const sources = renderSources(result.citations);
      if (sources) await chunk({ content: sources });
      await chunk({}, 'stop', { citations: result.citations, refused: result.refused });
      await stream.writeSSE({ data: '[DONE]' });
    });
  });

  app.onError((error, context) => {
    if (error instanceof HttpError) return renderError(context, error);
    if (error instanceof HTTPException) return context.json(errorBody('http_error', 'Yêu cầu không hợp lệ.'), error.status);
    return renderError(context, errors.internal());
  });
  return app;
}
