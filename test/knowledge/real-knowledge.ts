/** Reads the repository's real knowledge/ directory for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledge, type KnowledgeFile } from '../../src/knowledge/load-knowledge';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');

export function loadRealKnowledge() {
  const files: KnowledgeFile[] = [];
  for (const folder of ['procedures', 'faq', 'routing']) {
    const directory = path.join(repositoryRoot, 'knowledge', folder);
    for (const name of readdirSync(directory).sort()) files.push({ path: `knowledge/${folder}/${name}`, text: readFileSync(path.join(directory, name), 'utf8') });
  }
  files.push({ path: 'knowledge/provinces.json', text: readFileSync(path.join(repositoryRoot, 'knowledge/provinces.json'), 'utf8') });
  return loadKnowledge(files);
}
