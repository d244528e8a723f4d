/** Node file access to a repository's knowledge/ folder, for readKnowledgeFiles. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeAccess } from '../../knowledge/load-knowledge';

export function nodeKnowledgeAccess(rootDir: string): KnowledgeAccess {
  return {
    list: (folder) => readdir(path.join(rootDir, folder)).catch(() => []),
    read: (file) => readFile(path.join(rootDir, file), 'utf8').catch(() => undefined),
  };
}
