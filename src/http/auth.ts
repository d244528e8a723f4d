/** Bearer tokens: SHA-256 hashes in the store, constant-time comparison, optional expiry, roles public < staff < admin. */
import type { Role, Store } from '../ports/store';

export type CallerRole = 'public' | Role;

export interface Caller {
  role: CallerRole;
  tokenId?: string;
  name?: string;
  /** Set when credentials were presented but cannot be used: every route then answers 401 (require-role.ts). */
  rejected?: CredentialProblem;
}

/** Why presented credentials were refused; `missing` is not among them (no header is a public caller). */
export type CredentialProblem = 'malformed' | 'unknown' | 'revoked' | 'expired';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function constantTimeEqual(left: string, right: string): boolean {
  let difference = left.length ^ right.length;
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    difference |= (left.charCodeAt(index) || 0) ^ (right.charCodeAt(index) || 0);
  }
  return difference === 0;
}

export function generateToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return 'tlnv_' + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function identifyCaller(request: Request, store: Store, now: Date = new Date()): Promise<Caller> {
  const header = (request.headers.get('authorization') ?? '').trim();
  if (!header) return { role: 'public' };
  // Another scheme (Basic…), or "Bearer" with no token or with spaces in it, is a client bug worth naming.
  const match = /^Bearer +([\x21-\x7E]+)$/i.exec(header);
  if (!match) return { role: 'public', rejected: 'malformed' };
  const hash = await sha256Hex(match[1]!);
  const token = await store.findTokenByHash(hash);
  if (!token || !constantTimeEqual(token.hash, hash)) return { role: 'public', rejected: 'unknown' };
  if (token.revokedAt) return { role: 'public', rejected: 'revoked' };
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return { role: 'public', rejected: 'expired' };
  return { role: token.role, tokenId: token.id, name: token.name };
}

export function roleAtLeast(role: CallerRole, required: Role): boolean {
  const rank: Record<CallerRole, number> = { public: 0, staff: 1, admin: 2 };
  return rank[role] >= rank[required];
}
