/** Reads the repository's real knowledge/ directory for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EVERYDAY_PHRASES_PATH } from '../../src/knowledge/everyday-phrases';
import { loadKnowledge, type KnowledgeFile } from '../../src/knowledge/load-knowledge';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');

export function loadRealKnowledge() {
  const files: KnowledgeFile[] = [];
  for (const folder of ['procedures', 'faq', 'routing']) {
    const directory = path.join(repositoryRoot, 'knowledge', folder);
    for (const name of readdirSync(directory).sort()) files.push({ path: `knowledge/${folder}/${name}`, text: readFileSync(path.join(directory, name), 'utf8') });
  }
  for (const name of ['knowledge/provinces.json', EVERYDAY_PHRASES_PATH]) files.push({ path: name, text: readFileSync(path.join(repositoryRoot, name), 'utf8') });
  return loadKnowledge(files);
}
