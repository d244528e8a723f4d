/** Zalo OA channel settings: the env fields both runtimes read, and the channel they configure (absent when none is set). */
import { z } from 'zod';

/** Zalo's OpenAPI host; the OA message API lives under /v3.0/oa/. */
export const DEFAULT_ZALO_API_BASE_URL = 'https://openapi.zalo.me';

export interface ZaloChannel {
  appId: string;
  /** The OA secret key: signs webhooks, keys the user-id hash and the recipient cipher. */
  secretKey: string;
  apiBaseUrl: string;
  /** Read at every send, so a rotated token (file or secret) takes effect without a restart. */
  accessToken: () => string | Promise<string>;
  fetch?: typeof fetch;
  /** Bounded retries of the OA message API; `delayMs` grows linearly per attempt. */
  retry?: { attempts: number; delayMs: number };
  /** Events older (or further in the future) than this are refused; 5 minutes by default. */
  maxEventAgeMs?: number;
}

// Empty means "not configured" (wrangler vars cannot be unset, only empty).
const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

export const zaloEnvFields = {
  ZALO_APP_ID: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_OA_ACCESS_TOKEN: optionalText,
  /** Node only: a file holding the access token, re-read at every send (rotation by a cron job or an operator). */
  ZALO_OA_ACCESS_TOKEN_FILE: optionalText,
  ZALO_API_BASE_URL: optionalText.pipe(z.string().url().optional()),
};

export type ZaloEnv = { [Key in keyof typeof zaloEnvFields]?: z.infer<(typeof zaloEnvFields)[Key]> };

/**
 * The channel from the environment: undefined when no Zalo setting is given (the webhook answers 404),
 * an error naming what is missing when only some are (a half-configured channel would fail silently).
 */
export function zaloChannelFromEnv(env: ZaloEnv, readTokenFile?: (file: string) => Promise<string>): ZaloChannel | undefined {
  const { ZALO_APP_ID: appId, ZALO_OA_SECRET_KEY: secretKey, ZALO_OA_ACCESS_TOKEN: token, ZALO_OA_ACCESS_TOKEN_FILE: tokenFile } = env;
  if (!appId && !secretKey && !token && !tokenFile) return undefined;
  const missing = [!appId && 'ZALO_APP_ID', !secretKey && 'ZALO_OA_SECRET_KEY', !token && !tokenFile && 'ZALO_OA_ACCESS_TOKEN (or ZALO_OA_ACCESS_TOKEN_FILE)'].filter(Boolean);
  if (missing.length > 0) throw new Error(`Zalo channel half configured: ${missing.join(', ')} missing`);
  if (tokenFile && !readTokenFile) throw new Error('ZALO_OA_ACCESS_TOKEN_FILE is only read by the Node server; use the ZALO_OA_ACCESS_TOKEN secret on Workers');
  const accessToken = tokenFile && readTokenFile ? async () => (await readTokenFile(tokenFile)).trim() : () => token!;
  return { appId: appId!, secretKey: secretKey!, apiBaseUrl: (env.ZALO_API_BASE_URL ?? DEFAULT_ZALO_API_BASE_URL).replace(/\/+$/, ''), accessToken };
}
