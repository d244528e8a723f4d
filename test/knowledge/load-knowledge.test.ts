import { describe, expect, it } from 'vitest';
import { knowledgeFileKind, loadKnowledge, readKnowledgeFiles } from '../../src/knowledge/load-knowledge';
import { sampleRecord } from './fixtures';

describe('loadKnowledge', () => {
  it('reports a broken file by name and still loads the others', () => {
    const knowledge = loadKnowledge([
      { path: 'knowledge/procedures/good.json', text: JSON.stringify(sampleRecord()) },
      { path: 'knowledge/procedures/broken.json', text: '{ "id": ' },
      { path: 'knowledge/procedures/invalid.json', text: JSON.stringify({ ...sampleRecord({ id: 'khac' }), fees: { value: 'Không' } }) },
      { path: 'knowledge/sources.json', text: '{}' },
    ]);
    expect(knowledge.procedures.map((record) => record.id)).toEqual(['cap-giay-phep-lao-dong']);
    expect(knowledge.errors.map((error) => error.path)).toEqual(['knowledge/procedures/broken.json', 'knowledge/procedures/invalid.json']);
    expect(knowledge.errors[1]?.message).toContain('fees');
  });

  it('reports duplicate ids', () => {
    const text = JSON.stringify(sampleRecord());
    const knowledge = loadKnowledge([{ path: 'knowledge/procedures/a.json', text }, { path: 'knowledge/procedures/b.json', text }]);
    expect(knowledge.procedures).toHaveLength(1);
    expect(knowledge.errors[0]?.path).toBe('knowledge/procedures/b.json');
  });

  it('classifies files by folder', () => {
    expect(knowledgeFileKind('knowledge/faq/x.json')).toBe('faq');
    expect(knowledgeFileKind('knowledge/routing/x.json')).toBe('routing');
    expect(knowledgeFileKind('knowledge/provinces.json')).toBe('provinces');
    expect(knowledgeFileKind('knowledge/sources.json')).toBeUndefined();
  });

  it('reads the record folders in name order, then the single files that exist', async () => {
    const disk: Record<string, string> = { 'knowledge/procedures/b.json': 'B', 'knowledge/procedures/a.json': 'A', 'knowledge/everyday-phrases.json': 'P' };
    const files = await readKnowledgeFiles({
      list: async (folder) => Object.keys(disk).filter((file) => file.startsWith(`${folder}/`)).map((file) => file.slice(folder.length + 1)),
      read: async (file) => disk[file],
    });
    expect(files.map((file) => file.path)).toEqual(['knowledge/procedures/a.json', 'knowledge/procedures/b.json', 'knowledge/everyday-phrases.json']);
  });
});
