/** Ingest progress: a redrawn bar on a terminal, one line per stage otherwise. */

export interface Progress {
  stage(label: string): void;
  tick(done: number, total: number, label?: string): void;
  warn(message: string): void;
  done(summary: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = Boolean(stream.isTTY);
  let current = '';
  const clear = () => {
    if (interactive) stream.write('\r\x1b[2K');
  };
  return {
    stage(label) {
      clear();
      current = label;
      stream.write(`• ${label}\n`);
    },
    tick(done, total, label) {
      if (!interactive) return;
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : width;
      clear();
      stream.write(`  [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label ?? current}`.slice(0, (stream.columns ?? 100) - 1));
      if (done >= total) stream.write('\n');
    },
    warn(message) {
      clear();
      stream.write(`⚠ ${message}\n`);
    },
    done(summary) {
      clear();
      stream.write(`✓ ${summary}\n`);
    },
  };
}

export const silentProgress: Progress = { stage() {}, tick() {}, warn() {}, done() {} };
