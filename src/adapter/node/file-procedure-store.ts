/** Node ProcedureStore over `<root>/knowledge/`: records as one JSON file each, written through a temporary file and renamed. */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadKnowledge } from '../../knowledge/load-knowledge';
import { parseCatalogue } from '../../knowledge/national-catalogue';
import { sourceSchema } from '../../knowledge/sourced';
import type { ProcedureStore } from '../../ports/procedure-store';

const linksSchema = z.object({ links: z.array(z.object({ id: z.string(), code: z.string(), keepFacts: z.boolean(), reason: z.string(), caveat: z.object({ text: z.string().min(1), source: sourceSchema }).optional() })) });

export function createFileProcedureStore(rootDir: string): ProcedureStore {
  const knowledgeDir = path.join(rootDir, 'knowledge');
  const directory = path.join(knowledgeDir, 'procedures');
  return {
    async list() {
      const names = (await readdir(directory).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
      const files = await Promise.all(names.map(async (name) => ({ path: `knowledge/procedures/${name}`, text: await readFile(path.join(directory, name), 'utf8') })));
      const knowledge = loadKnowledge(files);
      return { records: knowledge.procedures, invalid: knowledge.errors };
    },
    async links() {
      const text = await readFile(path.join(knowledgeDir, 'national-links.json'), 'utf8').catch(() => undefined);
      return text ? linksSchema.parse(JSON.parse(text)).links : [];
    },
    async catalogue() {
      const text = await readFile(path.join(knowledgeDir, 'national-catalogue.tsv'), 'utf8').catch(() => undefined);
      return text ? parseCatalogue(text).rows : [];
    },
    async write(records, removed) {
      await mkdir(directory, { recursive: true });
      // Every file is complete on disk before any replaces its predecessor.
      const staged = await Promise.all(
        records.map(async (record) => {
          const target = path.join(directory, `${record.id}.json`);
          const temporary = `${target}.${process.pid}.tmp`;
          await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`);
          return [temporary, target] as const;
        }),
      );
      for (const [temporary, target] of staged) await rename(temporary, target);
      for (const id of removed) await rm(path.join(directory, `${id}.json`), { force: true });
    },
  };
}
