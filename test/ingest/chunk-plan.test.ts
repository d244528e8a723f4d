import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChunkDraft, SourceEntry } from '../../src/core/types';
import { chunkPlan } from '../../src/ingest/chunk-plan';
import { recognizeHeading } from '../../src/ingest/heading-path';
import { normalizeText } from '../../src/text/normalize';
import { tokenize } from '../../src/text/tokenize';

const sources = (JSON.parse(readFileSync('knowledge/sources.json', 'utf8')) as { sources: SourceEntry[] }).sources;
const texts = sources.map((source) => normalizeText(readFileSync(source.file, 'utf8')));
const repairModule = new URL('../../src/text/repair-letter-spacing.ts', import.meta.url);
const hasRepair = existsSync(repairModule);
const repair = hasRepair
  ? ((await import(repairModule.href)) as { createLetterSpacingRepairer: (clean: string[]) => (text: string) => { text: string } }).createLetterSpacingRepairer(texts.slice(1))
  : undefined;

const results = sources.map((source, index) => chunkPlan(index === 0 && repair ? repair(texts[0]!).text : texts[index]!, source));
const chunksOf = (index: number) => results[index]!.chunks;
const rows = (index: number) => chunksOf(index).filter((chunk) => chunk.kind === 'table-row');
/** A line that continues a sentence: lower-case start and not a list item such as "a)". */
const continuesSentence = (line: string) => /^\p{Ll}/u.test(line) && !recognizeHeading(line);
const field = (chunk: ChunkDraft, pattern: RegExp) => Object.entries(chunk.fields ?? {}).find(([label]) => pattern.test(label))?.[1];

describe('chunkPlan on the seed plans', () => {
  it.each(sources.map((source, index) => [source.file, index] as const))('%s: table rows and bounded chunks', (_file, index) => {
    const { chunks, report } = results[index]!;
    expect(report.tableRows).toBeGreaterThan(0);
    expect(rows(index)).toHaveLength(report.tableRows);
    for (const chunk of chunks) {
      expect(tokenize(chunk.text).length).toBeLessThanOrEqual(450);
      expect(chunk.docId).toBe(sources[index]!.id);
      expect(chunk.lineStart).toBeGreaterThanOrEqual(1);
      expect(chunk.lineEnd).toBeGreaterThanOrEqual(chunk.lineStart);
    }
  });

  it.each(sources.map((source, index) => [source.file, index] as const))('%s: prose chunks never end mid-sentence', (_file, index) => {
    const prose = chunksOf(index).filter((chunk) => chunk.kind === 'text');
    prose.slice(1).forEach((chunk, position) => {
      const previous = prose[position]!;
      if (/[\p{L}\d]$/u.test(previous.text)) expect(continuesSentence(chunk.text), chunk.text.slice(0, 60)).toBe(false);
    });
    for (const chunk of prose) for (const line of chunk.text.split('\n').slice(1)) expect(continuesSentence(line), line.slice(0, 60)).toBe(false);
  });

  it.skipIf(!hasRepair)('000 Phụ lục IV.11 (chatbot) is one row with its agencies and deadline', () => {
    const row = rows(0).find((chunk) => chunk.text.includes('Trợ lý ảo (Chatbot)'))!;
    expect(row.section).toMatch(/IV\. .* › 11$/u);
    expect(row.text).toContain('tự động 24/7');
    expect(field(row, /chủ trì/u)).toBe('Sở Nội vụ');
    expect(field(row, /phối hợp/u)).toBe('Công an tỉnh; Sở Khoa học và Công nghệ; các sở, ban, ngành; UBND các xã, phường, đặc khu');
    expect(field(row, /thời gian/iu)).toBe('Nhiệm vụ thường xuyên đến năm 2030');
  });

  it.skipIf(!hasRepair)('000 Phụ lục VIII (civil-servant assistant) is one row with its agencies and deadline', () => {
    const row = rows(0).find((chunk) => chunk.text.includes('Trợ lý ảo công chức'))!;
    expect(row.section).toMatch(/VIII\. Ứng dụng trí tuệ nhân tạo/u);
    expect(field(row, /chủ trì/u)).toBe('Sở Nội vụ');
    expect(field(row, /phối hợp/u)).toBe('Sở Khoa học và Công nghệ');
    expect(field(row, /thời gian/iu)).toBe('Nhiệm vụ thường xuyên');
    expect(field(row, /sản phẩm/iu)).toBe('Nền tảng Trợ lý ảo được triển khai, sử dụng');
  });

  it('000 appendix rows broken by a page keep every column', () => {
    const row = rows(0).find((chunk) => /› II\. .* › 3$/u.test(chunk.section))!;
    expect(field(row, /nhiệm vụ/iu)).toMatch(/và tích hợp vào Hệ thống Từ điển dữ liệu dùng chung quốc gia .* toàn hệ thống\.$/u);
    expect(field(row, /phối hợp/u)).toBe('Sở Khoa học và Công nghệ; Công an tỉnh; các sở, ban, ngành; UBND các xã, phường, đặc khu');
    expect(field(row, /thời gian/iu)).toBe('Sau khi Bộ Nội vụ ban hành');
    expect(rows(0).filter((chunk) => / › (?:I|II|III|IV|V|VI|VII|VIII|IX)\. /u.test(chunk.section))).toHaveLength(43);
  });

  it('001 appendix IV.11 (chatbot) is one row with its agencies and deadline', () => {
    const row = rows(1).find((chunk) => chunk.text.includes('Chatbot'))!;
    expect(row.section).toMatch(/IV\. .* › 11$/u);
    expect(field(row, /chủ trì/u)).toBe('Sở Nội vụ');
    expect(field(row, /phối hợp/u)).toMatch(/Sở Khoa học và Công nghệ/u);
    expect(field(row, /thời (?:gian|hạn)/iu)).toBe('Nhiệm vụ thường xuyên đến năm 2030');
  });

  it('002 rows broken across a page are joined and the <b> group rows become headings', () => {
    const row = rows(2).find((chunk) => chunk.section.endsWith(' › 12'))!;
    expect(row.text).toContain('huấn luyện an toàn, vệ sinh lao động');
    expect(row.text).toContain('động và các hệ thống báo cáo thống kê theo quy định');
    expect(row.section).toMatch(/III\. Xây dựng, vận hành các cơ sở dữ liệu/u);
    expect(chunksOf(2).some((chunk) => chunk.text.includes('<b>') || chunk.text.includes('**'))).toBe(false);
  });

  it('003 repeated header rows are gone and footnotes are attached', () => {
    const { report } = results[3]!;
    expect(report.headerRowsDropped).toBeGreaterThanOrEqual(3);
    expect(report.footnotes).toBe(2);
    expect(chunksOf(3).some((chunk) => chunk.text.includes('chưa đạt (Chú thích 1: Tỷ lệ dân số trưởng thành'))).toBe(true);
    expect(chunksOf(3).some((chunk) => chunk.text.includes('^['))).toBe(false);
    const indicator = rows(3).find((chunk) => chunk.text.includes('Báo cáo định kỳ'))!;
    expect(field(indicator, /nội dung/iu)).toMatch(/Hệ thống báo cáo của tỉnh và kết nối/u);
    expect(field(indicator, /mục tiêu/iu)).toBe('100%');
    expect(rows(3).some((chunk) => /^(?:TT|Lĩnh vực)$/u.test(Object.values(chunk.fields ?? {})[0] ?? ''))).toBe(false);
  });

  it('004 hard-wrapped lines are unwrapped and the flattened tables become rows', () => {
    const prose = chunksOf(4).find((chunk) => chunk.text.includes('Kế hoạch số 2429/KH-UBND'))!;
    expect(prose.text).toContain('Kế hoạch số 2429/KH-UBND ngày 29/03/2019 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 17/NQ-CP');
    const religion = rows(4).find((chunk) => chunk.text.includes('dữ liệu tôn giáo'))!;
    expect(religion.fields).toMatchObject({ 'Thời gian': '2022', 'Đơn vị chủ trì': 'Ban Tôn giáo', 'Đơn vị phối hợp': 'Văn phòng' });
    const budget = rows(4).find((chunk) => chunk.text.includes('Mua sắm máy vi tính mới'))!;
    expect(budget.fields).toMatchObject({ 'Kinh phí 2021 (triệu đồng)': '310' });
  });

  it('keeps heading paths, starting a chunk with the heading right above it', () => {
    const target = chunksOf(2).find((chunk) => chunk.text.includes('i) Nâng cao chất lượng phục vụ'))!;
    expect(target.section.startsWith('II. MỤC TIÊU › 2. Mục tiêu cụ thể đến 2030')).toBe(true);
    const leadAgency = chunksOf(0).find((chunk) => chunk.text.includes('a) Triển khai, hướng dẫn, đôn đốc'))!;
    expect(leadAgency.text).toMatch(/Sở Nội vụ\na\) Triển khai, hướng dẫn, đôn đốc các cơ quan, đơn vị/u);
    expect(leadAgency.section).toMatch(/^IV\. TỔ CHỨC THỰC HIỆN/u);
  });

  it('turns unrecognised text into paragraph chunks', () => {
    const upload: SourceEntry = { id: 'upload', file: 'x.txt', title: 'Tải lên', issuer: 'x', scope: 'internal' };
    const { chunks, report } = chunkPlan('Một đoạn văn thường.\n\nĐoạn thứ hai.', upload);
    expect(chunks.map((chunk) => [chunk.kind, chunk.section, chunk.text])).toEqual([['text', '', 'Một đoạn văn thường.\nĐoạn thứ hai.']]);
    expect(report.tableRows).toBe(0);
  });
});

describe('chunkPlan: the closing block and the list of a table\'s groups', () => {
  const source: SourceEntry = { id: 'mau', file: 'mau.txt', title: 'Kế hoạch mẫu', issuer: 'UBND tỉnh', scope: 'public' };
  const text = [
    'I. NHIỆM VỤ',
    '1. Sở Văn hóa',
    '- Chủ trì tổ chức lễ hội số hóa di sản.',
    '2. Các doanh nghiệp viễn thông',
    '- Bảo đảm đường truyền cho các điểm tra cứu.',
    'Trên đây là Kế hoạch mẫu của tỉnh; trong quá trình thực hiện có vướng mắc, báo cáo Ủy ban nhân dân tỉnh./.',
    'Nơi nhận:',
    '- Các sở, ngành;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Lê Văn Nam',
    'DANH MỤC NHIỆM VỤ KÈM THEO KẾ HOẠCH',
    'STT\tNhiệm vụ\tCơ quan chủ trì',
    'I\tSố hóa di sản\t',
    '1\tSố hóa hiện vật bảo tàng\tSở Văn hóa',
    '2\tSố hóa sắc phong\tSở Văn hóa',
    'II\tĐào tạo\t',
    '3\tBồi dưỡng kỹ năng số cho thuyết minh viên\tSở Du lịch',
  ].join('\n');
  const { chunks } = chunkPlan(text, source);

  it('starts the closing block at the concluding formula, apart from the last section', () => {
    const closing = chunks.find((chunk) => chunk.text.startsWith('Trên đây là'))!;
    expect(closing.text).toContain('Nơi nhận:');
    expect(closing.text).toContain('Lê Văn Nam');
    expect(closing.section).toBe('');
    const last = chunks.find((chunk) => chunk.text.includes('Bảo đảm đường truyền'))!;
    expect(last.text).not.toContain('Nơi nhận');
  });

  it('keeps a signature title out of the annex titles, and opens the annex after it', () => {
    expect(chunks.some((chunk) => chunk.section.startsWith('TM.'))).toBe(false);
    const row = chunks.find((chunk) => chunk.kind === 'table-row' && chunk.text.includes('sắc phong'))!;
    expect(row.section.startsWith('DANH MỤC NHIỆM VỤ KÈM THEO KẾ HOẠCH')).toBe(true);
  });

  it('lists the groups of a table once, in one passage', () => {
    const list = chunks.filter((chunk) => chunk.text.startsWith('Gồm các nhóm: '));
    expect(list.map((chunk) => chunk.text)).toEqual(['Gồm các nhóm: I. Số hóa di sản; II. Đào tạo.']);
    expect(list[0]!.kind).toBe('text');
  });
});
