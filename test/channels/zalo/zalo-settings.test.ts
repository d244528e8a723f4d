/** Zalo settings: off when none is set, refused when half set, the token read at every send (rotation). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZALO_API_BASE_URL, zaloChannelFromEnv } from '../../../src/channels/zalo/zalo-settings';
import { verifyZaloSignature, zaloSignature } from '../../../src/channels/zalo/zalo-signature';
import { openRecipient, sealRecipient, zaloSessionId } from '../../../src/channels/zalo/zalo-identity';

describe('zaloChannelFromEnv', () => {
  it('is off with no setting, and names what is missing when half configured', () => {
    expect(zaloChannelFromEnv({})).toBeUndefined();
    expect(() => zaloChannelFromEnv({ ZALO_APP_ID: '1' })).toThrow(/ZALO_OA_SECRET_KEY, ZALO_OA_ACCESS_TOKEN/);
    expect(() => zaloChannelFromEnv({ ZALO_APP_ID: '1', ZALO_OA_SECRET_KEY: 's', ZALO_OA_ACCESS_TOKEN_FILE: '/t' })).toThrow(/only read by the Node server/);
  });

  it('defaults to Zalo OpenAPI and reads a token file again at every send', async () => {
    const channel = zaloChannelFromEnv({ ZALO_APP_ID: '1', ZALO_OA_SECRET_KEY: 's', ZALO_OA_ACCESS_TOKEN: 't' })!;
    expect(channel.apiBaseUrl).toBe(DEFAULT_ZALO_API_BASE_URL);
    expect(await channel.accessToken()).toBe('t');
    let current = 'first\n';
    const rotating = zaloChannelFromEnv({ ZALO_APP_ID: '1', ZALO_OA_SECRET_KEY: 's', ZALO_OA_ACCESS_TOKEN_FILE: '/t', ZALO_API_BASE_URL: 'http://127.0.0.1:9/' }, async () => current)!;
    expect(rotating.apiBaseUrl).toBe('http://127.0.0.1:9');
    expect(await rotating.accessToken()).toBe('first');
    current = 'second';
    expect(await rotating.accessToken()).toBe('second');
  });
});

describe('Zalo signature and identity', () => {
  it('accepts the mac in any case with or without prefix, and nothing else', async () => {
    const parts = { appId: 'a', rawBody: '{"x":1}', timestamp: '1700000000000', secretKey: 'k' };
    const mac = await zaloSignature(parts.appId, parts.rawBody, parts.timestamp, parts.secretKey);
    expect(await verifyZaloSignature(`mac=${mac}`, parts)).toBe(true);
    expect(await verifyZaloSignature(mac.toUpperCase(), parts)).toBe(true);
    expect(await verifyZaloSignature(`mac=${mac}`, { ...parts, rawBody: '{"x":2}' })).toBe(false);
    expect(await verifyZaloSignature(undefined, parts)).toBe(false);
  });

  it('derives a stable conversation id per user and seals the recipient under the secret', async () => {
    expect(await zaloSessionId('k', '123')).toBe(await zaloSessionId('k', '123'));
    expect(await zaloSessionId('k', '123')).not.toBe(await zaloSessionId('k', '124'));
    expect(await zaloSessionId('other', '123')).not.toBe(await zaloSessionId('k', '123'));
    const sealed = await sealRecipient('k', '2512345678901234567');
    expect(sealed).not.toContain('2512345678901234567');
    expect(await openRecipient('k', sealed)).toBe('2512345678901234567');
    expect(await openRecipient('rotated', sealed)).toBeUndefined();
  });
});
