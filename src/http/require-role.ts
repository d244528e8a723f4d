/**
 * The one auth error model of every route (docs/admin.md): presented but unusable credentials (malformed,
 * unknown, revoked, expired) → 401 with their own code; none where a role is needed → 401 `unauthorized`;
 * too low a role → 403 `forbidden`. Each carries a `WWW-Authenticate: Bearer` challenge (RFC 6750).
 */
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../ports/store';
import type { AppEnv } from './app-context';
import { roleAtLeast, type Caller, type CredentialProblem } from './auth';
import { errors, HttpError } from './errors';

const REALM = 'tro-ly-ao-noi-vu';

/** The challenge header; `error` and its ASCII description follow RFC 6750 §3 so clients can tell the cases apart. */
export function bearerChallenge(error?: 'invalid_token' | 'invalid_request' | 'insufficient_scope', description?: string): Record<string, string> {
  const parts = [`realm="${REALM}"`];
  if (error) parts.push(`error="${error}"`);
  if (description) parts.push(`error_description="${description}"`);
  return { 'WWW-Authenticate': `Bearer ${parts.join(', ')}` };
}

const CREDENTIAL_ERRORS: Record<CredentialProblem, { code: string; description: string; message: string }> = {
  malformed: {
    code: 'malformed_token',
    description: 'Authorization must be: Bearer <token>',
    message: 'Tiêu đề Authorization không đúng dạng "Bearer <mã truy cập>". Quý vị vui lòng kiểm tra lại.',
  },
  unknown: { code: 'invalid_token', description: 'unknown token', message: 'Mã truy cập không hợp lệ. Quý vị vui lòng kiểm tra lại mã đã nhập.' },
  revoked: {
    code: 'token_revoked',
    description: 'token revoked',
    message: 'Mã truy cập của Quý vị đã bị thu hồi. Vui lòng liên hệ quản trị viên để được cấp mã mới.',
  },
  expired: {
    code: 'token_expired',
    description: 'token expired',
    message: 'Mã truy cập của Quý vị đã hết hạn. Vui lòng liên hệ quản trị viên để được cấp mã mới.',
  },
};

/** 401 for credentials that were presented and refused, whatever the route; undefined when there were none or they are good. */
export function credentialError(caller: Caller): HttpError | undefined {
  if (!caller.rejected) return undefined;
  const problem = CREDENTIAL_ERRORS[caller.rejected];
  return new HttpError(401, problem.code, problem.message, { headers: bearerChallenge(caller.rejected === 'malformed' ? 'invalid_request' : 'invalid_token', problem.description) });
}

export function roleError(caller: Caller, required: Role): HttpError | undefined {
  const refused = credentialError(caller);
  if (refused) return refused;
  if (caller.role === 'public') {
    const unauthorized = errors.unauthorized();
    return new HttpError(401, unauthorized.code, unauthorized.userMessage, { headers: bearerChallenge() });
  }
  if (!roleAtLeast(caller.role, required)) {
    const forbidden = errors.forbidden();
    return new HttpError(403, forbidden.code, forbidden.userMessage, { headers: bearerChallenge('insufficient_scope', `needs the ${required} role`) });
  }
  return undefined;
}

/** Throws the model's error unless `caller` holds `required` or a higher role (for checks that depend on the body). */
export function requireCaller(caller: Caller, required: Role): void {
  const error = roleError(caller, required);
  if (error) throw error;
}

/** Lets the request through only for `required` or a higher role (admin may do what staff may). */
export function requireRole(required: Role): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    requireCaller(context.get('caller'), required);
    await next();
  };
}
