/** The OA message API (`POST /v3.0/oa/message/cs`): one text message to one user, retried a bounded number of times, failures logged. */
import { z } from 'zod';
import type { Logger } from '../../http/app-context';
import type { Metrics } from '../../http/metrics';
import type { ZaloChannel } from './zalo-settings';

const DEFAULT_RETRY = { attempts: 3, delayMs: 500 };
const REQUEST_TIMEOUT_MS = 10_000;

// Zalo answers HTTP 200 with `error: 0` on success and a negative code otherwise.
const replySchema = z.object({ error: z.number(), message: z.string().optional() }).passthrough();

export interface ZaloSendOutcome {
  ok: boolean;
  attempts: number;
  /** The last failure: Zalo's error code and message, an HTTP status or a network error. */
  failure?: string;
}

export interface ZaloClient {
  sendText(userId: string, text: string, context?: { conversation?: string }): Promise<ZaloSendOutcome>;
}

async function attemptSend(channel: ZaloChannel, userId: string, text: string): Promise<string | undefined> {
  const response = await (channel.fetch ?? fetch)(`${channel.apiBaseUrl}/v3.0/oa/message/cs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', access_token: await channel.accessToken() },
    body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) return `http ${response.status}`;
  const parsed = replySchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) return 'unreadable reply';
  return parsed.data.error === 0 ? undefined : `zalo error ${parsed.data.error}: ${parsed.data.message ?? ''}`.trim();
}

export function createZaloClient(channel: ZaloChannel, logger: Logger, metrics?: Metrics): ZaloClient {
  const retry = channel.retry ?? DEFAULT_RETRY;
  return {
    async sendText(userId, text, context = {}) {
      let failure: string | undefined;
      for (let attempt = 1; attempt <= retry.attempts; attempt++) {
        failure = await attemptSend(channel, userId, text).catch((error: unknown) => `network: ${error instanceof Error ? error.message : String(error)}`);
        if (failure === undefined) {
          metrics?.increment('zalo_messages_total', 'Messages sent through the Zalo OA API', { outcome: 'sent' });
          return { ok: true, attempts: attempt };
        }
        logger.warn({ channel: 'zalo', conversation: context.conversation, attempt, failure }, 'Zalo message not accepted; retrying');
        if (attempt < retry.attempts) await new Promise((resolve) => setTimeout(resolve, retry.delayMs * attempt));
      }
      // Never lost silently: the operator sees which conversation missed a reply and why (the user id stays out of logs).
      metrics?.increment('zalo_messages_total', 'Messages sent through the Zalo OA API', { outcome: 'failed' });
      logger.error({ channel: 'zalo', conversation: context.conversation, attempts: retry.attempts, failure, characters: text.length }, 'Zalo message failed after retries');
      return { ok: false, attempts: retry.attempts, failure };
    },
  };
}
