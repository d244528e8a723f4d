/**
 * Puts every new index build live in the running server, wherever it was built (admin console, `npm run ingest`
 * in another process): watches data/index/CURRENT with fs.watch, polls it as a fallback (network and container
 * file systems drop inotify events), loads the new build completely beside the live one, then swaps in one
 * assignment. A build that does not load is logged once and the old index keeps serving.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../../http/app-context';
import type { IndexHolder } from '../../services/index-holder';
import { currentIndexDirectory } from './index-store';

export interface IndexPointerWatcherOptions {
  indexDir: string;
  index: IndexHolder;
  /** Loads the build CURRENT names and swaps it into `index`; throws when the build does not load. */
  load(): Promise<void>;
  /** Poll interval in ms besides fs.watch; 0 turns the poll off. */
  pollMs: number;
  logger: Logger;
  onSwap?(details: { directory: string; ms: number }): void;
  onFailure?(details: { directory: string; error: string }): void;
}

export class IndexPointerWatcher {
  private queue: Promise<void> = Promise.resolve();
  private failed?: { directory: string | undefined; error: Error };
  private watcher?: FSWatcher;
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly options: IndexPointerWatcherOptions) {}

  start(): void {
    try {
      this.watcher = watch(this.options.indexDir, { persistent: false }, (_event, name) => {
        // The pointer is replaced by rename(), which Linux reports under the new name; some platforms give no name.
        if (!name || name === 'CURRENT') this.refreshQuietly();
      });
      this.watcher.on('error', (error) => {
        this.options.logger.warn({ error: String(error) }, 'index directory watch failed; the poll keeps looking for new builds');
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch (error) {
      // No index directory yet (first start without ingest): the poll finds the first build.
      this.options.logger.warn({ indexDir: this.options.indexDir, error: (error as Error).message }, 'cannot watch the index directory; polling only');
    }
    if (this.options.pollMs > 0) {
      this.timer = setInterval(() => this.refreshQuietly(), this.options.pollMs);
      this.timer.unref();
    }
  }

  close(): void {
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Loads the build CURRENT names unless it is live already. Calls run one after another, never two loads at once,
   * so an older build can never be swapped in over a newer one. Rejects when this call's load failed.
   */
  refresh(options: { force?: boolean } = {}): Promise<void> {
    const run = this.queue.then(() => this.loadIfChanged(options.force ?? false));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Settles when every refresh asked for so far has finished. */
  async settled(): Promise<void> {
    await this.queue;
  }

  private refreshQuietly(): void {
    // Failures were logged by loadIfChanged; a watch event or a poll has no one else to tell.
    this.refresh().catch(() => undefined);
  }

  private async loadIfChanged(force: boolean): Promise<void> {
    const directory = await currentIndexDirectory(this.options.indexDir);
    if (!force) {
      // Forced (at start) even without a pointer, so the load's own message says what is missing.
      if (!directory || directory === this.options.index.get()?.directory) return;
      // A build that already failed is not loaded again on every look; a caller waiting on it (the console's
      // re-ingest) still learns that it failed.
      if (this.failed && directory === this.failed.directory) throw this.failed.error;
    }
    const started = performance.now();
    try {
      await this.options.load();
      this.failed = undefined;
      this.options.onSwap?.({ directory: this.options.index.get()?.directory ?? '', ms: Math.round(performance.now() - started) });
    } catch (error) {
      this.failed = { directory, error: error as Error };
      const message = (error as Error).message;
      this.options.index.recordFailedBuild(directory ?? this.options.indexDir, message);
      const serving = this.options.index.get() ? 'the previous index keeps serving' : '/readyz answers 503 until `npm run ingest` succeeds';
      this.options.logger.error({ directory, error: message }, `index build not loaded; ${serving}`);
      this.options.onFailure?.({ directory: directory ?? this.options.indexDir, error: message });
      throw error;
    }
  }
}
