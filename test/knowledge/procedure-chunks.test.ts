import { describe, expect, it } from 'vitest';
import { knowledgeToChunkDrafts } from '../../src/knowledge/knowledge-chunks';
import { procedureToChunkDrafts } from '../../src/knowledge/procedure-chunks';
import { sampleRecord } from './fixtures';
import { loadRealKnowledge } from './real-knowledge';

describe('procedureToChunkDrafts', () => {
  const chunks = procedureToChunkDrafts(sampleRecord());

  it('makes overview, dossier, time-fee-result and legal-basis chunks', () => {
    expect(chunks.map((chunk) => chunk.section)).toEqual([
      'Thủ tục › Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam › Tổng quan',
      'Thủ tục › Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam › Hồ sơ',
      'Thủ tục › Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam › Thời hạn, phí, kết quả',
      'Thủ tục › Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam › Căn cứ pháp lý',
    ]);
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({ docId: 'procedure:cap-giay-phep-lao-dong', kind: 'procedure', procedureId: 'cap-giay-phep-lao-dong', scope: 'public', lineStart: 0, lineEnd: 0, url: 'https://vanban.chinhphu.vn/?docid=214840&pageid=27160' });
      expect(chunk.text).toContain('Thông tin đọc từ nguồn ngày 23/11/2026.');
    }
  });

  it('writes labelled prose with "chưa có thông tin" for unknown fields', () => {
    const timeChunk = chunks[2]!;
    expect(timeChunk.text).toContain('Thời hạn giải quyết: 10 ngày làm việc.');
    expect(timeChunk.text).toContain('Phí, lệ phí: chưa có thông tin.');
    expect(chunks[0]!.text).toContain('Nơi tiếp nhận: chưa có thông tin.');
  });

  it('chunks the whole real knowledge base, FAQ and routing included', () => {
    const drafts = knowledgeToChunkDrafts(loadRealKnowledge());
    expect(drafts.filter((chunk) => chunk.kind === 'faq').length).toBeGreaterThanOrEqual(4);
    const religion = drafts.find((chunk) => chunk.kind === 'routing' && chunk.text.includes('tôn giáo'));
    expect(religion?.text).toContain('Sở Dân tộc và Tôn giáo');
  });

  it('gives a catalogue-only record its four passages (unknown said as such), a per-case dossier one chunk per case, an internal procedure staff scope', () => {
    const drafts = knowledgeToChunkDrafts(loadRealKnowledge()).filter((chunk) => chunk.kind === 'procedure');
    const sections = (id: string) => drafts.filter((chunk) => chunk.procedureId === id).map((chunk) => chunk.section.split(' › ').slice(2).join(' › '));
    expect(sections('thu-tuc-thanh-lap-hoi-cap-tinh-1-012929')).toEqual(['Tổng quan', 'Hồ sơ', 'Thời hạn, phí, kết quả', 'Căn cứ pháp lý']);
    const permit = sections('cap-giay-phep-lao-dong');
    expect(permit.filter((section) => section.startsWith('Hồ sơ › ')).length).toBeGreaterThanOrEqual(5);
    expect(drafts.filter((chunk) => chunk.procedureId === 'tang-co-thi-dua-ubnd-tinh').every((chunk) => chunk.scope === 'internal')).toBe(true);
    // Links in chunks are national pages, never a province's portal.
    expect(drafts.every((chunk) => !chunk.url || /(^|\.)(dichvucong\.gov\.vn|chinhphu\.vn)$/.test(new URL(chunk.url).hostname))).toBe(true);
  });
});
