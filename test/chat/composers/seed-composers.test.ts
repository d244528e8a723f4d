/** The list, outline and table-row composers on the five seed plans (the shared test index), lines checked by the citation guard. */
import { describe, expect, it } from 'vitest';
import { guardCitations } from '../../../src/chat/citation-guard';
import type { Candidate, Composer } from '../../../src/chat/composers/composer';
import { listComposer } from '../../../src/chat/composers/list-composer';
import { sectionOutlineComposer } from '../../../src/chat/composers/section-outline-composer';
import { tableRowComposer, yearCells } from '../../../src/chat/composers/table-row-composer';
import { loadTestIndex } from '../../support/test-index';
import { contextOver } from './compose-fixture';

async function compose(composer: Composer, question: string): Promise<Candidate> {
  const { retriever } = await loadTestIndex();
  const [candidate] = await composer.compose(await contextOver(retriever, question));
  expect(candidate, question).toBeDefined();
  const passages = candidate!.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text }));
  expect(guardCitations(candidate!.answer, passages).answer).toBe(candidate!.answer);
  return candidate!;
}

describe('composers on the seed plans', () => {
  it('outlines what a plan gives one body under its implementation section, item by item', async () => {
    const candidate = await compose(sectionOutlineComposer, 'Kế hoạch 350 của Khánh Hòa giao Công an tỉnh những nhiệm vụ gì?');
    const lines = candidate.answer.split('\n');
    expect(lines[0]).toBe('2. Công an tỉnh [1]:');
    expect(lines.filter((line) => line.startsWith('- ')).length).toBe(4);
    expect(lines.at(-1)).toMatch(/^Xem thêm toàn văn tại tài liệu nguồn, mục “TỔ CHỨC THỰC HIỆN › Công an tỉnh” (\[\d\])+\.$/u);
  });

  it('lists every appendix task a body leads that is due in a year, from each plan that has one', async () => {
    const candidate = await compose(listComposer, 'Sở Nội vụ chủ trì những nhiệm vụ nào phải hoàn thành năm 2026?');
    const provinces = new Set(candidate.passages.map((chunk) => chunk.province));
    expect(provinces).toEqual(new Set(['Khánh Hòa', 'Lào Cai', 'Thái Nguyên']));
    expect(candidate.passages.every((chunk) => chunk.kind === 'table-row' && /Sở Nội vụ/u.test(Object.values(chunk.fields ?? {}).join(' ')))).toBe(true);
    expect(candidate.answer).not.toMatch(/bắt đầu triển khai từ năm 2026 \[/u);
  });

  it('pairs a budget row’s years with their amounts, placed by the table’s total', async () => {
    const candidate = await compose(tableRowComposer, 'Đắk Lắk dự kiến bao nhiêu kinh phí để hoàn thiện cơ sở dữ liệu ngành nội vụ?');
    expect(candidate.answer).toBe('Hoàn thiện cơ sở dữ liệu ngành nội vụ — kinh phí (triệu đồng): năm 2022: 1.000; năm 2023: 100; năm 2024: 100; năm 2025: 100 [1].');
  });

  it('places every amount of the seed budget table so that each year sums to the printed total', async () => {
    const { retriever } = await loadTestIndex();
    const rows = retriever.documentChunks('dak-lak-kh-cds-noi-vu-2021').filter((chunk) => chunk.kind === 'table-row' && yearCells(chunk).length > 0);
    const total = rows.find((chunk) => chunk.fields?.['Nội dung'] === 'Tổng cộng')!;
    const amount = (value: string) => Number(value.replace(/\./gu, ''));
    for (const { year, value } of yearCells(total)) {
      const sum = rows.filter((chunk) => chunk !== total).flatMap(yearCells).filter((cell) => cell.year === year).reduce((sum, cell) => sum + amount(cell.value), 0);
      expect(sum, year).toBe(amount(value));
    }
    expect(rows.some((chunk) => Object.keys(chunk.fields ?? {}).includes('Kinh phí dự kiến (triệu đồng)'))).toBe(false);
  });
});
