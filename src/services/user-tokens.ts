/** Creates and revokes API tokens for staff and admins: the secret is shown once, the store keeps only its SHA-256. */
import { z } from 'zod';
import { generateToken, sha256Hex } from '../http/auth';
import type { Role, Store, TokenRecord } from '../ports/store';

export const newUserSchema = z.object({
  role: z.enum(['staff', 'admin']),
  name: z.string().trim().min(1).max(120),
});

export interface CreatedUserToken {
  record: Omit<TokenRecord, 'hash'>;
  /** The bearer secret; never stored, so it cannot be shown again. */
  token: string;
}

export async function createUserToken(store: Store, input: { role: Role; name: string; actor?: string; now?: Date }): Promise<CreatedUserToken> {
  const { role, name } = newUserSchema.parse(input);
  const token = generateToken();
  const createdAt = (input.now ?? new Date()).toISOString();
  const id = `tok_${[...crypto.getRandomValues(new Uint8Array(6))].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  await store.createToken({ id, name, role, hash: await sha256Hex(token), createdAt });
  await store.audit({ at: createdAt, actor: input.actor ?? 'cli', action: 'token.create', detail: JSON.stringify({ id, role, name }) });
  return { record: { id, name, role, createdAt }, token };
}

export async function revokeUserToken(store: Store, input: { id: string; actor?: string; now?: Date }): Promise<boolean> {
  const at = (input.now ?? new Date()).toISOString();
  const revoked = await store.revokeToken(input.id, at);
  if (revoked) await store.audit({ at, actor: input.actor ?? 'cli', action: 'token.revoke', detail: JSON.stringify({ id: input.id }) });
  return revoked;
}
