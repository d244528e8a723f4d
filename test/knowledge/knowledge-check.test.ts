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

  it('passes scripts/knowledge-check.ts', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(repositoryRoot, 'scripts/knowledge-check.ts'), repositoryRoot], { cwd: repositoryRoot, encoding: 'utf8' });
    expect(output).toContain('knowledge:check OK');
    expect(output).toContain('| Lĩnh vực |');
  });
});
