import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/chat-engine';
import { analyzeQuestion } from '../../src/chat/question-analysis';
import { passageSentences } from '../../src/chat/sentence-scoring';
import type { Chunk } from '../../src/core/types';
import { Retriever } from '../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';
import { CHANNELS } from './chat-fixture';

const common = { docId: 'plan-hg', title: 'Kế hoạch chuyển đổi số (Hà Giang)', province: 'Hà Giang', lineStart: 1, lineEnd: 1, scope: 'public' as const };

const row = (id: string, number: string, fields: Record<string, string>): Chunk => ({
  ...common,
  id,
  kind: 'table-row',
  section: `Phụ lục › II. Dữ liệu › ${number}`,
  text: `${Object.entries(fields).map(([label, value]) => `${label}: ${value}.`).join('\n')}\n(${Object.values(fields).join(' | ')})`,
  fields,
});

const CHUNKS: Chunk[] = [
  row('row-ai', '3', { 'Tên nhiệm vụ': 'Ứng dụng trí tuệ nhân tạo (AI) trong tra cứu hồ sơ khen thưởng', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Sở Khoa học và Công nghệ', 'Thời gian hoàn thành': 'Năm 2027' }),
  row('row-project', '4', { 'Nội dung, nhiệm vụ': 'Xây dựng kho lưu trữ số tập trung', 'Loại dự án': 'Dự án mới', 'Dự toán kinh phí (triệu đồng)': '2.150' }),
  {
    ...common,
    id: 'organisation',
    kind: 'text',
    section: 'IV. TỔ CHỨC THỰC HIỆN',
    text: '3. Sở Tài chính\n- Chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí thực hiện Kế hoạch hằng năm.\n4. Công an tỉnh\n- Bảo đảm an ninh mạng cho các hệ thống thông tin ngành Nội vụ.',
  },
];

const engine = () => createChatEngine({ retriever: new Retriever({ chunks: CHUNKS, thesaurus: EMPTY_THESAURUS }), channels: CHANNELS });
const ask = (message: string) => engine().answer({ message, scopes: ['public'] });

describe('table-row answers', () => {
  it('answers the asked column from the row fields, with its label', async () => {
    const result = await ask('Nhiệm vụ ứng dụng trí tuệ nhân tạo tra cứu hồ sơ khen thưởng do cơ quan nào phối hợp?');
    expect(result.answer).toContain('Cơ quan phối hợp: Sở Khoa học và Công nghệ [1]');
    const deadline = await ask('Ứng dụng trí tuệ nhân tạo tra cứu hồ sơ khen thưởng hoàn thành khi nào?');
    expect(deadline.answer).toContain('Thời gian hoàn thành: Năm 2027');
  });

  it('reads "AI" as artificial intelligence, not "ai" (who), and adds no unasked agency column', async () => {
    expect(analyzeQuestion('Hà Giang ứng dụng AI vào tra cứu hồ sơ thế nào?', () => []).wants).not.toContain('agency');
    const result = await ask('Hà Giang ứng dụng AI vào tra cứu hồ sơ khen thưởng như thế nào?');
    expect(result.answer).toContain('Ứng dụng trí tuệ nhân tạo (AI) trong tra cứu hồ sơ khen thưởng');
    expect(result.answer).not.toContain('Cơ quan chủ trì');
  });

  it('answers "loại dự án gì" and "kinh phí bao nhiêu" from the project row', async () => {
    const result = await ask('Kho lưu trữ số tập trung là loại dự án gì, kinh phí bao nhiêu?');
    expect(result.answer).toContain('Dự án mới');
    expect(result.answer).toContain('2.150');
  });

  it('never shows the "(a | b | c)" cells line as a sentence', () => {
    const single: Chunk = { ...CHUNKS[0]!, fields: { 'Tên nhiệm vụ': 'Ứng dụng trí tuệ nhân tạo' } };
    expect(passageSentences(single).some((sentence) => sentence.text.includes(' | '))).toBe(false);
  });

  it('heads a bullet with bodies named together in one heading line', () => {
    const listed: Chunk = { ...CHUNKS[2]!, id: 'bodies', fields: undefined, text: '5. Các sở, ban ngành; UBND các xã, phường\n- Định kỳ hằng quý báo cáo tiến độ gửi Sở Nội vụ.' };
    expect(passageSentences(listed).map((sentence) => sentence.text)).toEqual(['Các sở, ban ngành; UBND các xã, phường: Định kỳ hằng quý báo cáo tiến độ gửi Sở Nội vụ.']);
  });

  it('gives a bullet its agency heading when it only mentions another agency mid-sentence', async () => {
    const result = await ask('Ai tham mưu bố trí kinh phí thực hiện Kế hoạch hằng năm ở Hà Giang?');
    expect(result.answer).toMatch(/^Sở Tài chính: Chủ trì, phối hợp với Sở Nội vụ/u);
  });
});
