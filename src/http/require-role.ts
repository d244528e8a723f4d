/** Route guard for signed-in pages and APIs: no or unknown token → 401, revoked → 401, too low a role → 403. */
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../ports/store';
import type { AppEnv } from './app-context';
import { roleAtLeast, type Caller } from './auth';
import { errors, HttpError } from './errors';

// A 401 tells a client which scheme to use (RFC 6750); the SSO proxy in docs/admin.md relies on it.
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="tro-ly-ao-noi-vu"' };

export function roleError(caller: Caller, required: Role): HttpError | undefined {
  if (caller.rejected === 'revoked') {
    return new HttpError(401, 'token_revoked', 'Mã truy cập của Quý vị đã bị thu hồi. Vui lòng liên hệ quản trị viên để được cấp mã mới.', { headers: CHALLENGE });
  }
  if (caller.rejected === 'unknown') {
    return new HttpError(401, 'invalid_token', 'Mã truy cập không hợp lệ. Quý vị vui lòng kiểm tra lại mã đã nhập.', { headers: CHALLENGE });
  }
  if (caller.role === 'public') {
    const unauthorized = errors.unauthorized();
    return new HttpError(401, unauthorized.code, unauthorized.userMessage, { headers: CHALLENGE });
  }
  if (!roleAtLeast(caller.role, required)) return errors.forbidden();
  return undefined;
}

/** Lets the request through only for `required` or a higher role (admin may do what staff may). */
export function requireRole(required: Role): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const error = roleError(context.get('caller'), required);
    if (error) throw error;
    await next();
  };
}
