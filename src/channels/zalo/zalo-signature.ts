/** Zalo webhook signature: `X-ZEvent-Signature: mac=<sha256(app_id + raw body + timestamp + OA secret key)>`, checked in constant time. */
import { constantTimeEqual, sha256Hex } from '../../http/auth';

export async function zaloSignature(appId: string, rawBody: string, timestamp: string, secretKey: string): Promise<string> {
  return sha256Hex(appId + rawBody + timestamp + secretKey);
}

/** True when `header` (with or without the `mac=` prefix, any hex case) is the event's signature. */
export async function verifyZaloSignature(header: string | undefined, parts: { appId: string; rawBody: string; timestamp: string; secretKey: string }): Promise<boolean> {
  if (!header) return false;
  const presented = header.trim().replace(/^mac=/i, '').toLowerCase();
  const expected = await zaloSignature(parts.appId, parts.rawBody, parts.timestamp, parts.secretKey);
  return constantTimeEqual(presented, expected);
}
