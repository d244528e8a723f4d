/** Token lifetimes: the `--expires-in` durations accepted, the expiry stored, and the state a listing shows. */
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapter/node/sqlite-store';
import { createUserToken, durationSchema, revokeUserToken, tokenState } from '../../src/services/user-tokens';

describe('durationSchema', () => {
  it.each([
    ['90m', 90 * 60_000],
    ['12h', 12 * 3_600_000],
    ['30d', 30 * 86_400_000],
    ['26w', 26 * 7 * 86_400_000],
  ])('reads %s', (text, milliseconds) => {
    expect(durationSchema.parse(text)).toBe(milliseconds);
  });

  it.each(['30', 'd30', '1.5d', '-1d', '0m', '30 days', '5000w'])('refuses %s', (text) => {
    expect(durationSchema.safeParse(text).success).toBe(false);
  });
});

describe('createUserToken', () => {
  it('stores the expiry, audits it, and lists the token as active, then expired', async () => {
    const store = openSqliteStore(':memory:');
    const now = new Date('2026-03-01T00:00:00.000Z');
    const created = await createUserToken(store, { role: 'staff', name: 'Bộ phận một cửa', expiresIn: '30d', now });
    expect(created.record.expiresAt).toBe('2026-03-31T00:00:00.000Z');
    const [stored] = await store.listTokens();
    expect(stored!.expiresAt).toBe('2026-03-31T00:00:00.000Z');
    expect(JSON.parse((await store.listAudit(1))[0]!.detail)).toMatchObject({ expiresAt: '2026-03-31T00:00:00.000Z' });
    expect(tokenState(stored!, new Date('2026-03-30T23:59:59.000Z'))).toBe('active until 2026-03-31T00:00:00.000Z');
    expect(tokenState(stored!, new Date('2026-03-31T00:00:00.000Z'))).toBe('expired 2026-03-31T00:00:00.000Z');
    const lasting = await createUserToken(store, { role: 'admin', name: 'Quản trị', now });
    expect(lasting.record.expiresAt).toBeUndefined();
    await revokeUserToken(store, { id: lasting.record.id, now });
    expect(tokenState((await store.listTokens())[1]!)).toBe(`revoked ${now.toISOString()}`);
    await store.close();
  });
});
