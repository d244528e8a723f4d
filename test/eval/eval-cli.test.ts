/** `npm run eval` as a user meets it: a missing or malformed question file is one clear line and exit code 2. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runEval(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { cwd: ROOT, env: { ...process.env, INDEX_DIR: path.join(tmpdir(), 'no-index-here') } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run eval', () => {
  it('names a missing file on one line, in Vietnamese and English, with exit code 2 and no stack trace', async () => {
    const result = await runEval([path.join(tmpdir(), 'khong-co-tep.jsonl')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Không tìm thấy tệp câu hỏi / question file not found');
    expect(result.stderr).toContain('khong-co-tep.jsonl');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file and line of a malformed question', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'eval-cli-'));
    const file = path.join(directory, 'questions.jsonl');
    writeFileSync(file, '{"id":"q1","doc":"d","category":"c","question":"?","expect":"answer"}\n{not json\n');
    const result = await runEval([file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${file}:2`);
  });

  it('without a file reads the in-repo copies, and a missing index is one line too', async () => {
    const result = await runEval([]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Không nạp được chỉ mục / index not loaded');
  });
});
