/** A scripted OpenAI-compatible chat-completions server on loopback, recording the requests it receives. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
  deltas?: string[];
  status?: number;
  /** Delay before each delta, in ms. */
  delayMs?: number;
  /** Send this raw text instead of well-formed chunks. */
  raw?: string;
}

export interface ScriptedServer {
  baseUrl: string;
  requests: Array<{ model: string; messages: Array<{ role: string; content: string }>; stream: boolean }>;
  close(): Promise<void>;
}

export async function startScriptedServer(script: (body: { messages: Array<{ role: string; content: string }> }) => ScriptedReply): Promise<ScriptedServer> {
  const requests: ScriptedServer['requests'] = [];
  const server: Server = createServer(async (request, response) => {
    let body = '';
    for await (const part of request) body += part;
    const parsed = JSON.parse(body);
    requests.push(parsed);
    const reply = script(parsed);
    if (reply.status && reply.status !== 200) {
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'scripted failure' } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    if (reply.raw !== undefined) {
      response.end(reply.raw);
      return;
    }
    for (const delta of reply.deltas ?? []) {
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (response.destroyed) return;
      response.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: delta }, finish_reason: null }] })}\n\n`);
    }
    response.write('data: [DONE]\n\n');
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
