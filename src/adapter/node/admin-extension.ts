/** What the Node server adds to the app through `extend`: the admin API, analytics and the staff/admin console pages. */
import type { Hono } from 'hono';
import type { AppEnv, Logger } from '../../http/app-context';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '../../http/read-document-upload';
import { adminRoutes } from '../../http/routes/admin-routes';
import { analyticsRoutes } from '../../http/routes/analytics-routes';
import { consoleRoutes } from '../../http/routes/console-routes';
import { procedurePagesRoutes } from '../../http/routes/procedure-pages-routes';
import type { HandoffStore } from '../../ports/handoff-store';
import type { Store } from '../../ports/store';
import type { IndexHolder } from '../../services/index-holder';
import { createFileProcedureStore } from './file-procedure-store';
import { createNodeAdminService, type NodeAdminService } from './node-admin-service';
import type { NodeSettings } from './config';

export interface AdminExtensionOptions {
  settings: NodeSettings;
  environment: Record<string, string | undefined>;
  store: Store;
  index: IndexHolder;
  logger: Logger;
  reload(): Promise<void>;
  uploadLimits?: UploadLimits;
  handoffs?: HandoffStore;
}

export interface AdminExtension {
  admin: NodeAdminService;
  extend(app: Hono<AppEnv>): void;
}

export async function createAdminExtension(options: AdminExtensionOptions): Promise<AdminExtension> {
  const { settings } = options;
  const admin = await createNodeAdminService({
    dataDir: settings.dataDir,
    // Absolute paths: the child must build exactly the index this server loads, whatever its cwd.
    environment: { ...options.environment, ROOT_DIR: settings.rootDir, DATA_DIR: settings.dataDir, INDEX_DIR: settings.indexDir },
    reload: options.reload,
    store: options.store,
    logger: options.logger,
  });
  return {
    admin,
    extend(app) {
      app.route('/', adminRoutes({ admin, store: options.store, logger: options.logger, index: options.index, limits: options.uploadLimits ?? DEFAULT_UPLOAD_LIMITS }));
      app.route('/', procedurePagesRoutes({ procedures: createFileProcedureStore(settings.rootDir), store: options.store, logger: options.logger }));
      app.route('/', analyticsRoutes({ store: options.store, handoffs: options.handoffs }));
      app.route('/', consoleRoutes());
    },
  };
}
