/** Writes one audit record for an action on people's data; if the audit log cannot be written, the action is refused. */
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from './app-context';
import { HttpError } from './errors';
import { actorOf } from './routes/admin-routes';

export async function auditAction(deps: Pick<AppDeps, 'store' | 'logger' | 'now'>, context: Context<AppEnv>, action: string, detail: object): Promise<void> {
  try {
    await deps.store.audit({ at: (deps.now?.() ?? new Date()).toISOString(), actor: actorOf(context), action, detail: JSON.stringify(detail) });
  } catch (error) {
    deps.logger.error({ action, error: String(error) }, 'audit record not written');
    throw new HttpError(503, 'store_unavailable', 'Không ghi được nhật ký quản trị; thao tác đã bị dừng. Quý vị vui lòng thử lại sau.');
  }
}
