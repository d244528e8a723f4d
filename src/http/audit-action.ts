/** Writes one audit record for an action on people's data; if the audit log cannot be written, the action is refused. */
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from './app-context';
import { HttpError } from './errors';

/** Who did it, as the audit log names them: the token's name and id, or the role. */
export function actorOf(context: Context<AppEnv>): string {
  const caller = context.get('caller');
  return caller.tokenId ? `${caller.name ?? 'không tên'} (${caller.tokenId})` : caller.role;
}

export async function auditAction(deps: Pick<AppDeps, 'store' | 'logger' | 'now'>, context: Context<AppEnv>, action: string, detail: object): Promise<void> {
  try {
    await deps.store.audit({ at: (deps.now?.() ?? new Date()).toISOString(), actor: actorOf(context), action, detail: JSON.stringify(detail) });
  } catch (error) {
    deps.logger.error({ action, error: String(error) }, 'audit record not written');
    throw new HttpError(503, 'store_unavailable', 'Không ghi được nhật ký quản trị; thao tác đã bị dừng. Quý vị vui lòng thử lại sau.');
  }
}
