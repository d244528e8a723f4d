/** Creates and revokes API tokens for staff and admins: the secret is shown once, the store keeps only its SHA-256. */
import { z } from 'zod';
import { generateToken, sha256Hex } from '../http/auth';
import type { Role, Store, TokenRecord } from '../ports/store';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** A lifetime such as `90m`, `12h`, `30d` or `26w`, in milliseconds (at most ten years). */
export const durationSchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}[mhdw]$/, 'use a number and a unit: 90m, 12h, 30d or 26w')
  .transform((text) => Number(text.slice(0, -1)) * UNIT_MS[text.slice(-1) as keyof typeof UNIT_MS])
  .pipe(z.number().min(60_000).max(3650 * 86_400_000));

export const newUserSchema = z.object({
  role: z.enum(['staff', 'admin']),
  name: z.string().trim().min(1).max(120),
  /** Without it the token lasts until revoked. */
  expiresIn: durationSchema.optional(),
});

export interface CreatedUserToken {
  record: Omit<TokenRecord, 'hash'>;
  /** The bearer secret; never stored, so it cannot be shown again. */
  token: string;
}

export async function createUserToken(store: Store, input: { role: Role; name: string; expiresIn?: string; actor?: string; now?: Date }): Promise<CreatedUserToken> {
  const { role, name, expiresIn } = newUserSchema.parse(input);
  const token = generateToken();
  const now = input.now ?? new Date();
  const createdAt = now.toISOString();
  const expiresAt = expiresIn === undefined ? undefined : new Date(now.getTime() + expiresIn).toISOString();
  const id = `tok_${[...crypto.getRandomValues(new Uint8Array(6))].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  await store.createToken({ id, name, role, hash: await sha256Hex(token), createdAt, expiresAt });
  await store.audit({ at: createdAt, actor: input.actor ?? 'cli', action: 'token.create', detail: JSON.stringify({ id, role, name, expiresAt }) });
  return { record: { id, name, role, createdAt, expiresAt }, token };
}

/** How a token stands at `now`, for listings: never its secret. */
export function tokenState(token: TokenRecord, now: Date = new Date()): string {
  if (token.revokedAt) return `revoked ${token.revokedAt}`;
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return `expired ${token.expiresAt}`;
  return token.expiresAt ? `active until ${token.expiresAt}` : 'active';
}

export async function revokeUserToken(store: Store, input: { id: string; actor?: string; now?: Date }): Promise<boolean> {
  const at = (input.now ?? new Date()).toISOString();
  const revoked = await store.revokeToken(input.id, at);
  if (revoked) await store.audit({ at, actor: input.actor ?? 'cli', action: 'token.revoke', detail: JSON.stringify({ id: input.id }) });
  return revoked;
}
