/** Reads the repository's real knowledge/ directory for tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_FILES, KNOWLEDGE_FOLDERS, loadKnowledge, type KnowledgeFile } from '../../src/knowledge/load-knowledge';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');

export function loadRealKnowledge() {
  const files: KnowledgeFile[] = [];
  for (const folder of KNOWLEDGE_FOLDERS) {
    const directory = path.join(repositoryRoot, 'knowledge', folder);
    for (const name of readdirSync(directory).sort()) files.push({ path: `knowledge/${folder}/${name}`, text: readFileSync(path.join(directory, name), 'utf8') });
  }
  for (const name of KNOWLEDGE_FILES) if (existsSync(path.join(repositoryRoot, name))) files.push({ path: name, text: readFileSync(path.join(repositoryRoot, name), 'utf8') });
  return loadKnowledge(files);
}
