/** Runs `scripts/ingest.ts` in a child process (a crash or a long build cannot stall the server), then swaps the new index in. */
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../http/app-context';
import type { IngestReport } from '../../ingest/index-manifest';
import type { ReingestStatus } from '../../ports/admin-service';
import { writeFileAtomically } from './upload-folder';

export const CODE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface ReingestRunnerOptions {
  dataDir: string;
  /** The server's environment (ROOT_DIR, DATA_DIR, INDEX_DIR, EMBEDDER…); the child must build what the server loads. */
  environment: Record<string, string | undefined>;
  /** Loads the freshly committed build and swaps it in (RunningServer.reload). */
  reload(): Promise<void>;
  logger: Logger;
  /** Arguments after `node` (default `--import tsx scripts/ingest.ts`); tests point it at a failing script. */
  command?: string[];
  timeoutMs?: number;
  onFinished?(status: ReingestStatus): Promise<void> | void;
}

const TAIL_BYTES = 8 * 1024;

export class ReingestRunner {
  private status: ReingestStatus = { state: 'idle' };
  private child?: ChildProcess;
  private running?: Promise<void>;
  private readonly statusPath: string;

  constructor(private readonly options: ReingestRunnerOptions) {
    this.statusPath = path.join(options.dataDir, 'reingest-status.json');
  }

  /** Restores the last status; a run cut short by a restart is reported as failed, not as running forever. */
  async restore(): Promise<void> {
    try {
      const saved = JSON.parse(await fs.readFile(this.statusPath, 'utf8')) as ReingestStatus;
      this.status = saved.state === 'running' ? { ...saved, state: 'failed', error: 'Máy chủ đã khởi động lại khi đang nạp lại dữ liệu; chỉ mục cũ vẫn được dùng.' } : saved;
    } catch {
      this.status = { state: 'idle' };
    }
  }

  current(): ReingestStatus {
    return { ...this.status };
  }

  start(actor: string): { started: boolean; status: ReingestStatus } {
    if (this.status.state === 'running') return { started: false, status: this.current() };
    this.status = { state: 'running', startedAt: new Date().toISOString(), requestedBy: actor, report: this.status.report };
    void this.persist();
    this.running = this.run().catch((error: unknown) => this.options.logger.error({ error: String(error) }, 're-ingest bookkeeping failed'));
    return { started: true, status: this.current() };
  }

  /** Resolves when the current run (if any) has finished, including the swap. */
  async settled(): Promise<void> {
    await this.running;
  }

  async close(): Promise<void> {
    this.child?.kill('SIGTERM');
    await this.running;
  }

  private async run(): Promise<void> {
    let outcome: { error?: string; report?: IngestReport };
    try {
      await this.spawnIngest();
      const report = JSON.parse(await fs.readFile(path.join(this.options.dataDir, 'ingest-report.json'), 'utf8')) as IngestReport;
      try {
        await this.options.reload();
        outcome = { report };
      } catch (error) {
        outcome = { report, error: `Đã dựng chỉ mục mới nhưng không nạp được (${(error as Error).message}); chỉ mục cũ vẫn đang được dùng.` };
      }
    } catch (error) {
      outcome = { error: (error as Error).message };
    }
    this.status = {
      ...this.status,
      state: outcome.error ? 'failed' : 'succeeded',
      finishedAt: new Date().toISOString(),
      report: outcome.report ?? this.status.report,
      error: outcome.error,
    };
    this.options.logger.info({ state: this.status.state, error: this.status.error }, 're-ingest finished');
    await this.persist();
    await this.options.onFinished?.(this.current());
  }

  private spawnIngest(): Promise<void> {
    const args = this.options.command ?? ['--import', 'tsx', path.join(CODE_ROOT, 'scripts/ingest.ts')];
    const environment = Object.fromEntries(Object.entries(this.options.environment).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return new Promise((resolve, reject) => {
      // cwd is the code checkout so `--import tsx` resolves; the data paths come from the environment.
      const child = spawn(process.execPath, args, { cwd: CODE_ROOT, env: environment, stdio: ['ignore', 'ignore', 'pipe'] });
      this.child = child;
      let tail = '';
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (chunk: string) => {
        tail = (tail + chunk).slice(-TAIL_BYTES);
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), this.options.timeoutMs ?? 30 * 60_000);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`Không chạy được tiến trình nạp dữ liệu (${error.message}).`));
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        this.child = undefined;
        if (code === 0) return resolve();
        const why = failureLine(tail) ?? (signal ? `tiến trình bị dừng (${signal})` : `mã thoát ${code}`);
        reject(new Error(`Nạp lại dữ liệu thất bại: ${why}. Chỉ mục cũ vẫn đang được dùng.`));
      });
    });
  }

  private async persist(): Promise<void> {
    await fs.mkdir(this.options.dataDir, { recursive: true });
    await writeFileAtomically(this.statusPath, JSON.stringify(this.status)).catch((error: unknown) => this.options.logger.warn({ error: String(error) }, 're-ingest status not saved'));
  }
}

/** The ingest script ends a failure with one `Ingest failed: …` line; otherwise the last line says most. */
function failureLine(stderr: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const lines = stderr.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').split(/[\r\n]+/).map((line) => line.trim()).filter(Boolean);
  const failed = lines.find((line) => line.startsWith('Ingest failed:'));
  return (failed ?? lines[lines.length - 1])?.slice(0, 500);
}
