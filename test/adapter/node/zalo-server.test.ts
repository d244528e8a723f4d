/** The Node server with the Zalo channel from its environment: token file, webhook over real HTTP, reply after the response, data flows. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/adapter/node/server';
import { zaloSignature } from '../../../src/channels/zalo/zalo-signature';
import { AI_DISCLOSURE } from '../../../src/channels/ai-disclosure';
import { silentLogger } from '../../../src/http/app-context';
import { createUserToken } from '../../../src/services/user-tokens';
import { startFakeZaloApi, type FakeZaloApi } from '../../channels/zalo/fake-zalo-api';
import { testIndexDir } from '../../support/test-index-dir';

const APP_ID = '4301234567890123456';
const SECRET = 'node-oa-secret';
let dataDir: string;
let api: FakeZaloApi;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'zalo-server-'));
  api = await startFakeZaloApi();
  const tokenFile = path.join(dataDir, 'zalo-token');
  await writeFile(tokenFile, 'token-from-file\n');
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    indexDir: testIndexDir(),
    env: { EMBEDDER: 'none', LLM_MODEL: '', LOG_LEVEL: 'silent', ZALO_APP_ID: APP_ID, ZALO_OA_SECRET_KEY: SECRET, ZALO_OA_ACCESS_TOKEN_FILE: tokenFile, ZALO_API_BASE_URL: api.baseUrl },
    logger: silentLogger,
    quiet: true,
  });
});

afterAll(async () => {
  await server?.close();
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Node server with the Zalo channel', () => {
  it('answers a signed event over HTTP with 200, then replies with the token from the file', async () => {
    const event = { app_id: APP_ID, event_name: 'user_send_text', timestamp: String(Date.now()), sender: { id: '2512345678901234567' }, recipient: { id: '1' }, message: { msg_id: 'node-1', text: 'Thủ tục thành lập hội?' } };
    const body = JSON.stringify(event);
    const reply = api.nextMessage();
    const response = await fetch(`${server.url}/channels/zalo/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${await zaloSignature(APP_ID, body, event.timestamp, SECRET)}` },
      body,
    });
    expect(response.status).toBe(200);
    const message = await reply;
    expect(message).toMatchObject({ accessToken: 'token-from-file', userId: '2512345678901234567' });
    expect(message.text.startsWith(AI_DISCLOSURE)).toBe(true);
  });

  it('lists Zalo among the data flows (on loopback here, so nothing leaves the machine)', async () => {
    const { token } = await createUserToken(server.store, { role: 'admin', name: 'Quản trị' });
    const flows = (await (await fetch(`${server.url}/api/admin/data-flows`, { headers: { authorization: `Bearer ${token}` } })).json()) as { flows: Array<{ purpose: string; location: string }>; warnings: string[] };
    expect(flows.flows).toEqual([expect.objectContaining({ purpose: 'channel', location: 'machine' })]);
    expect(flows.warnings).toEqual([]);
  });
});
