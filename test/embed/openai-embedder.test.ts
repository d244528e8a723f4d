import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeEmbedding } from '../../src/embed/fake-embedder';
import { createOpenAiEmbedder } from '../../src/embed/openai-embedder';
import { EmbedderUnavailableError } from '../../src/ports/embedder';
import { runEmbedderContract } from '../ports/embedder-contract';

type Script = 'ok' | 'reversed' | 'malformed' | 'short' | 'error-500' | 'error-401' | 'hang';

/** A scripted OpenAI-compatible server: answers with fake embeddings, or misbehaves on request. */
const server = {
  script: 'ok' as Script,
  requests: [] as { url: string; authorization: string | undefined; body: { model: string; input: string[]; dimensions?: number } }[],
  http: undefined as Server | undefined,
  baseUrl: '',
};

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  let raw = '';
  for await (const chunk of request) raw += chunk;
  const body = JSON.parse(raw);
  server.requests.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
  const send = (status: number, payload: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(payload));
  };
  const data = (body.input as string[]).map((text, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(text, 16) }));
  switch (server.script) {
    case 'ok':
      return send(200, { object: 'list', model: body.model, data, usage: { prompt_tokens: 1, total_tokens: 1 } });
    case 'reversed':
      return send(200, { object: 'list', data: [...data].reverse() });
    case 'malformed':
      return send(200, { object: 'list', data: data.map((item) => ({ ...item, embedding: 'not a vector' })) });
    case 'short':
      return send(200, { object: 'list', data: data.slice(1) });
    case 'error-500':
      return send(500, { error: { message: 'CUDA out of memory' } });
    case 'error-401':
      return send(401, { error: { message: 'bad key' } });
    case 'hang':
      return; // never answers; the client's timeout must fire
  }
}

beforeAll(async () => {
  server.http = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.http!.listen(0, '127.0.0.1', resolve));
  server.baseUrl = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.http?.closeAllConnections();
  await new Promise((resolve) => server.http?.close(resolve));
});

beforeEach(() => {
  server.script = 'ok';
  server.requests = [];
});

runEmbedderContract('OpenAiEmbedder', () => createOpenAiEmbedder({ baseUrl: server.baseUrl, model: 'bge-m3' }));

describe('createOpenAiEmbedder', () => {
  it('splits texts into batches and keeps their order', async () => {
    const embedder = createOpenAiEmbedder({ baseUrl: `${server.baseUrl}/`, model: 'bge-m3', apiKey: 'secret', batchSize: 2 });
    const texts = ['một', 'hai', 'ba', 'bốn', 'năm'];
    const vectors = await embedder.embedDocuments(texts);
    expect(server.requests.map((request) => request.body.input)).toEqual([['một', 'hai'], ['ba', 'bốn'], ['năm']]);
    expect(server.requests[0]).toMatchObject({ url: '/v1/embeddings', authorization: 'Bearer secret', body: { model: 'bge-m3' } });
    expect(vectors).toEqual(texts.map((text) => fakeEmbedding(text, 16)));
    expect(embedder.dimensions).toBe(16);
  });

  it('orders the reply by index, not by position', async () => {
    server.script = 'reversed';
    const embedder = createOpenAiEmbedder({ baseUrl: server.baseUrl, model: 'm' });
    expect(await embedder.embedDocuments(['một', 'hai'])).toEqual([fakeEmbedding('một', 16), fakeEmbedding('hai', 16)]);
  });

  it('adds the query and passage prefixes e5 models need, and sends requested dimensions', async () => {
    const embedder = createOpenAiEmbedder({ baseUrl: server.baseUrl, model: 'e5', queryPrefix: 'query: ', passagePrefix: 'passage: ', dimensions: 16 });
    await embedder.embedQuery('hội');
    await embedder.embedDocuments(['điều lệ']);
    expect(server.requests.map((request) => request.body.input)).toEqual([['query: hội'], ['passage: điều lệ']]);
    expect(server.requests[0]!.body.dimensions).toBe(16);
  });

  it('rejects a malformed reply through zod, not retryable', async () => {
    server.script = 'malformed';
    const error = await createOpenAiEmbedder({ baseUrl: server.baseUrl, model: 'm' }).embedQuery('x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmbedderUnavailableError);
    expect(error).toMatchObject({ code: 'embedder_unavailable', isRetryable: false, message: expect.stringMatching(/malformed/) });
  });

  it('rejects a reply with too few vectors', async () => {
    server.script = 'short';
    await expect(createOpenAiEmbedder({ baseUrl: server.baseUrl, model: 'm' }).embedDocuments(['a', 'b'])).rejects.toThrow(/1 vectors for 2 texts/);
  });

  it('marks 5xx retryable and 401 not', async () => {
    const embedder = createOpenAiEmbedder({ baseUrl: server.baseUrl, model: 'm' });
    server.script = 'error-500';
    await expect(embedder.embedQuery('x')).rejects.toMatchObject({ isRetryable: true, message: expect.stringMatching(/HTTP 500.*CUDA/) });
    server.script = 'error-401';
    await expect(embedder.embedQuery('x')).rejects.toMatchObject({ isRetryable: false, message: expect.stringMatching(/HTTP 401/) });
  });

  it('gives up after timeoutMs on a server that never answers', async () => {
    server.script = 'hang';
    const started = performance.now();
    const error = await createOpenAiEmbedder({ baseUrl: server.baseUrl, model: 'm', timeoutMs: 200 }).embedQuery('x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmbedderUnavailableError);
    expect(error).toMatchObject({ isRetryable: true });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reports a server that is down as EmbedderUnavailableError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await createOpenAiEmbedder({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' }).embedQuery('x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmbedderUnavailableError);
    expect(error).toMatchObject({ code: 'embedder_unavailable', isRetryable: true, message: expect.stringMatching(/unreachable/) });
  });

  it('uses an injected fetch, so it runs wherever fetch exists', async () => {
    const calls: string[] = [];
    const fetcher: typeof fetch = async (input) => {
      calls.push(String(input));
      return Response.json({ data: [{ index: 0, embedding: [0.6, 0.8] }] });
    };
    expect(await createOpenAiEmbedder({ baseUrl: 'https://embeddings.invalid/v1', model: 'm', fetch: fetcher }).embedQuery('x')).toEqual([0.6, 0.8]);
    expect(calls).toEqual(['https://embeddings.invalid/v1/embeddings']);
  });
});
