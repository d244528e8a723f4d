/** A test app with the Zalo channel pointed at a fake OA API, signed events, and the background replies awaited. */
import type { ChatEngine, ChatResult } from '../../../src/chat/chat-types';
import { zaloSignature } from '../../../src/channels/zalo/zalo-signature';
import type { AppConfig, AppDeps, Logger } from '../../../src/http/app-context';
import { createUserToken } from '../../../src/services/user-tokens';
import { loadTestIndex } from '../../support/test-index';
import { createTestApp, unlimited } from '../../support/test-app';
import { startFakeZaloApi, type FakeZaloApi } from './fake-zalo-api';

export const APP_ID = '4301234567890123456';
export const SECRET = 'oa-secret-key-for-tests';
export const ACCESS_TOKEN = 'oa-access-token-for-tests';
export const USER_ID = '2512345678901234567';
export const NOW = new Date('2026-03-02T03:00:00.000Z');

export function recordingLogger() {
  const lines: Array<{ level: string; message?: string; details: object }> = [];
  const logger: Logger = {
    info: (details, message) => lines.push({ level: 'info', message, details }),
    warn: (details, message) => lines.push({ level: 'warn', message, details }),
    error: (details, message) => lines.push({ level: 'error', message, details }),
  };
  return { logger, lines };
}

export function fakeResult(answer: string, overrides: Partial<ChatResult> = {}): ChatResult {
  return {
    answer,
    citations: [{ n: 1, text: 'Đoạn trích.', source: { docId: 'nghi-dinh-126', title: 'Nghị định 126/2024/NĐ-CP', section: 'Điều 8', url: 'https://vanban.chinhphu.vn/nd-126' } }],
    refused: false,
    focus: {},
    engine: 'extractive',
    guardInterventions: 0,
    confidence: 0.9,
    piiDetected: false,
    ...overrides,
  } as ChatResult;
}

export interface ZaloKitOptions {
  /** Replaces the chat engine (the index stays the real test index). */
  engine?: ChatEngine;
  zalo?: false;
  deps?: Partial<AppDeps>;
  config?: Partial<AppConfig>;
}

export async function createZaloKit(options: ZaloKitOptions = {}) {
  const api: FakeZaloApi = await startFakeZaloApi();
  const pending: Promise<unknown>[] = [];
  const { logger, lines } = recordingLogger();
  const kit = await createTestApp({
    config: { rateLimits: unlimited, ...options.config },
    now: () => NOW,
    deps: {
      logger,
      background: (task) => void pending.push(task),
      zalo: options.zalo === false ? undefined : { appId: APP_ID, secretKey: SECRET, apiBaseUrl: api.baseUrl, accessToken: () => ACCESS_TOKEN, retry: { attempts: 3, delayMs: 0 } },
      ...options.deps,
    },
  });
  if (options.engine) kit.index.set({ ...(await loadTestIndex()), engine: options.engine });
  return {
    ...kit,
    api,
    lines,
    /** Waits for every reply started after a response (the webhook answers before it replies). */
    async settle() {
      while (pending.length > 0) await Promise.all(pending.splice(0));
    },
    async tokenFor(role: 'staff' | 'admin') {
      return (await createUserToken(kit.store, { role, name: role === 'staff' ? 'Cán bộ tiếp nhận' : 'Quản trị' })).token;
    },
    close: () => api.close(),
  };
}

export function textEvent(text: string, options: { msgId?: string; userId?: string; timestamp?: number } = {}) {
  return {
    app_id: APP_ID,
    user_id_by_app: '9988776655',
    event_name: 'user_send_text',
    timestamp: String(options.timestamp ?? NOW.getTime()),
    sender: { id: options.userId ?? USER_ID },
    recipient: { id: '1122334455' },
    message: { msg_id: options.msgId ?? 'msg-0001', text },
  };
}

export async function signedRequest(event: Record<string, unknown>, options: { signature?: string; secret?: string } = {}): Promise<Request> {
  const body = JSON.stringify(event);
  const signature = options.signature ?? `mac=${await zaloSignature(APP_ID, body, String(event.timestamp), options.secret ?? SECRET)}`;
  return new Request('http://localhost/channels/zalo/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body });
}
