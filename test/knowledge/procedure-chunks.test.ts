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
      expect(chunk.text).toContain('Ngày kiểm tra: 23/11/2026');
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
});
