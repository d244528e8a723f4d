import { describe, expect, it } from 'vitest';
import { findProcedure, namedProcedure } from '../../src/chat/procedure-focus';
import type { Chunk, SearchHit } from '../../src/core/types';
import { createProcedureCatalog, type ProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import type { ProcedureRecord } from '../../src/knowledge/procedure-schema';
import { known, syntheticRecord } from './procedure-records';

function record(id: string, name: string, status: ProcedureRecord['status'], aliases: string[] = []): ProcedureRecord {
  return syntheticRecord({ id, name, aliases, status });
}
function chunk(id: string, title: string): Chunk {
  return { id, docId: `procedure:${id}`, title, section: `Thủ tục › ${title}`, lineStart: 0, lineEnd: 0, scope: 'public', kind: 'procedure', procedureId: id, text: `Thủ tục ${title}.`, fields: {} };
}

const OLD = record('cchn-2011', 'Cấp, cấp lại chứng chỉ hành nghề lưu trữ (theo Luật Lưu trữ 2011)', 'outdated');
const NEW = record('cchn', 'Cấp, cấp lại Chứng chỉ hành nghề lưu trữ', 'uncertain');
const MAI_TANG = record('mai-tang', 'Giải quyết chế độ mai táng phí đối với dân công hoả tuyến', 'current', ['mai táng phí dân công hỏa tuyến']);
const catalog: ProcedureCatalog = { records: [OLD, NEW, MAI_TANG], lookup: () => undefined, card: (known) => ({ id: known.id, name: known.name, fields: [] }) };
const CHUNKS = [chunk(OLD.id, OLD.name), chunk(NEW.id, NEW.name), chunk(MAI_TANG.id, MAI_TANG.name)];
const hit = (target: Chunk, score: number): SearchHit => ({ chunk: target, score }) as SearchHit;
const resolved = { retrievalText: '', provinceFromFocus: false, usedFocus: false };

describe('findProcedure', () => {
  it('takes a current record over the outdated namesake at the top of the passages', () => {
    const question = 'xin chứng chỉ hành nghề mất bao lâu';
    const found = findProcedure({ question, named: undefined, resolved, followUp: false, hits: [hit(CHUNKS[0]!, 2), hit(CHUNKS[1]!, 1)], aspects: [], catalog });
    expect(found?.record.id).toBe('cchn');
  });

  it('keeps the conversation’s procedure on a follow-up that names none', () => {
    const found = findProcedure({ question: 'còn lệ phí thì sao?', named: undefined, resolved: { ...resolved, procedureId: 'mai-tang' }, followUp: true, hits: [], aspects: [], catalog });
    expect(found?.record.id).toBe('mai-tang');
  });

  it('reads the aspect without the words of the name', () => {
    const question = 'Mai táng phí dân công hoả tuyến nộp ở đâu?';
    const named = namedProcedure(question, catalog);
    const found = findProcedure({ question, named, resolved, followUp: false, hits: [], aspects: [], catalog });
    expect(found?.aspects).toEqual(['submitWhere']);
    expect(found?.carried).toBe(true);
  });
});

describe('a guessed record that knows none of the aspects asked', () => {
  const HOAT_DONG = syntheticRecord({ id: 'hoat-dong', name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động đo đạc bản đồ', implementingAgency: known('Sở Thử nghiệm') });
  const CAP_LAI = syntheticRecord({ id: 'cap-lai', name: 'Cấp lại chứng chỉ đo đạc viên đối với trường hợp bị mất', conditions: known('Chứng chỉ cũ bị mất.') });
  const CAP = syntheticRecord({ id: 'cap', name: 'Cấp chứng chỉ đo đạc viên', conditions: known('Có 02 năm kinh nghiệm đo đạc.') });
  const siblings = createProcedureCatalog([HOAT_DONG, CAP_LAI, CAP]);
  const hits = [HOAT_DONG, CAP_LAI, CAP].map((sibling, index) => hit(chunk(sibling.id, sibling.name), 3 - index));
  const question = 'Muốn làm đo đạc viên trong hoạt động đo đạc bản đồ thì cần điều kiện gì?';

  it('gives way to the retrieved sibling that knows them, the tighter name first', () => {
    const found = findProcedure({ question, named: undefined, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: siblings });
    expect(found?.record.id).toBe('cap');
  });

  it('stays when the question names it in full, or when nothing is asked', () => {
    const named = { record: HOAT_DONG, phrase: ' cap giay chung nhan du dieu kien hoat dong do dac ban do ' };
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: siblings })?.record.id).toBe('hoat-dong');
    expect(findProcedure({ question: 'giấy chứng nhận hoạt động đo đạc bản đồ', named: undefined, resolved, followUp: false, hits, aspects: [], catalog: siblings })?.record.id).toBe('hoat-dong');
  });
});
