/** A fake Zalo OA message API on loopback: records every message it is sent and answers from a script (success by default). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedMessage {
  path: string;
  accessToken: string | undefined;
  userId: string;
  text: string;
}

export type ScriptedReply = { status: number; body: unknown };

export interface FakeZaloApi {
  baseUrl: string;
  received: ReceivedMessage[];
  /** Resolves with the next message the API receives (for a server that replies after its response). */
  nextMessage(): Promise<ReceivedMessage>;
  /** Replies for the next calls, in order; once used up, every call succeeds. */
  script(...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

export const zaloFailure = (code: number, message: string): ScriptedReply => ({ status: 200, body: { error: code, message } });

export async function startFakeZaloApi(): Promise<FakeZaloApi> {
  const received: ReceivedMessage[] = [];
  const queue: ScriptedReply[] = [];
  const waiting: Array<(message: ReceivedMessage) => void> = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      const body = JSON.parse(raw || '{}') as { recipient?: { user_id?: string }; message?: { text?: string } };
      const message = { path: request.url ?? '', accessToken: request.headers['access_token'] as string | undefined, userId: body.recipient?.user_id ?? '', text: body.message?.text ?? '' };
      received.push(message);
      waiting.shift()?.(message);
      const reply = queue.shift() ?? { status: 200, body: { error: 0, message: 'Success', data: { message_id: `m${received.length}` } } };
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    nextMessage: () => new Promise((resolve) => waiting.push(resolve)),
    script: (...replies) => queue.push(...replies),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
