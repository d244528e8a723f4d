import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealKnowledge, repositoryRoot } from './real-knowledge';

describe('the real knowledge/ directory', () => {
  const knowledge = loadRealKnowledge();

  it('loads at least 40 valid records, the FAQ, routing and provinces without errors', () => {
    expect(knowledge.errors).toEqual([]);
    expect(knowledge.procedures.length).toBeGreaterThanOrEqual(40);
    expect(knowledge.faq.length).toBeGreaterThanOrEqual(4);
    expect(knowledge.routing.length).toBeGreaterThanOrEqual(3);
    expect(knowledge.provinces).toBeDefined();
  });

  it('routes religion questions to the Bộ Dân tộc và Tôn giáo line', () => {
    const religion = knowledge.routing.find((entry) => entry.keywords.includes('tôn giáo'));
    expect(religion?.currentBody).toContain('Sở Dân tộc và Tôn giáo');
  });

  const check = (...extra: string[]) => execFileSync(process.execPath, ['--import', 'tsx', path.join(repositoryRoot, 'scripts/knowledge-check.ts'), repositoryRoot, ...extra], { cwd: repositoryRoot, encoding: 'utf8' });

  it('passes scripts/knowledge-check.ts and prints coverage against the whole national catalogue', () => {
    const output = check('--today', '2026-12-07');
    expect(output).toContain('knowledge:check OK');
    expect(output).toContain('| Lĩnh vực | Danh mục | Đã biết | Có chi tiết chính thức | Hiện hành |');
    expect(output).toContain('| Cấp nộp hồ sơ | Danh mục |');
    // Every catalogue code is known, at least 100 with official detail.
    const total = output.match(/\| \*\*Tổng\*\* \| (\d+) \| (\d+) \| (\d+) \|/u)!;
    expect(Number(total[1])).toBe(229);
    expect(Number(total[2])).toBe(229);
    expect(Number(total[3])).toBeGreaterThanOrEqual(100);
  });

  it('flags the 2025 decentralisation caveats once their re-check date has passed', () => {
    const output = check('--today', '2027-03-02');
    expect(output).toMatch(/caveat|lưu ý hết hạn ngày 2027-03-01/u);
    expect(output).toContain('knowledge:check OK');
  });
});
