/** Node AdminService: uploads in `<dataDir>/uploads` (read by the ingest) and re-ingest in a child process, audited. */
import path from 'node:path';
import type { Logger } from '../../http/app-context';
import type { AdminService } from '../../ports/admin-service';
import type { Store } from '../../ports/store';
import { ReingestRunner } from './reingest-runner';
import { UploadFolder } from './upload-folder';

export interface NodeAdminServiceOptions {
  dataDir: string;
  environment: Record<string, string | undefined>;
  reload(): Promise<void>;
  store: Store;
  logger: Logger;
  /** Test hook: the child's arguments after `node`. */
  ingestCommand?: string[];
  ingestTimeoutMs?: number;
  now?: () => Date;
}

export interface NodeAdminService extends AdminService {
  /** Resolves when a running re-ingest has finished (tests, shutdown). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function createNodeAdminService(options: NodeAdminServiceOptions): Promise<NodeAdminService> {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const folder = new UploadFolder(path.join(options.dataDir, 'uploads'));
  const runner = new ReingestRunner({
    dataDir: options.dataDir,
    environment: options.environment,
    reload: options.reload,
    logger: options.logger,
    command: options.ingestCommand,
    timeoutMs: options.ingestTimeoutMs,
    // The outcome is an admin-visible event too: who started it is in `reingest.start`.
    onFinished: (status) =>
      options.store
        .audit({ at: now(), actor: 'hệ thống', action: `reingest.${status.state}`, detail: JSON.stringify({ startedAt: status.startedAt, error: status.error, totals: status.report?.totals }) })
        .catch((error: unknown) => options.logger.warn({ error: String(error) }, 'audit record not written')),
  });
  await runner.restore();
  return {
    listDocuments: () => folder.list(),
    addDocument: (upload, metadata, actor) => folder.add(upload, metadata, actor, now()),
    replaceDocument: (id, upload, metadata, actor) => folder.replace(id, upload, metadata, actor, now()),
    deleteDocument: (id) => folder.remove(id),
    startReingest: async (actor) => runner.start(actor),
    reingestStatus: () => runner.current(),
    settled: () => runner.settled(),
    close: () => runner.close(),
  };
}
