/** Structure-aware chunking of a plan: prose chunks under their heading path, one chunk per table row. */
import type { ChunkDraft, SourceEntry } from '../core/types';
import { tokenize } from '../text/tokenize';
import { parseFlattenedTable, isFlattenedTableStart } from './flattened-table';
import { formatPath, type Heading, HeadingTracker, recognizeHeading } from './heading-path';
import { cleanPlanLines, type PlanLine, unwrapLines } from './plan-lines';
import { splitLongText } from './split-long-text';
import { parseTabTable, type ParsedTable, tableRowDraft } from './table-rows';

export interface PlanChunkReport {
  tableRows: number;
  footnotes: number;
  pageNumbersDropped: number;
  headerRowsDropped: number;
  warnings: string[];
}

export interface ChunkBounds {
  minTokens: number;
  maxTokens: number;
}

const DEFAULT_BOUNDS: ChunkBounds = { minTokens: 150, maxTokens: 400 };
/** Dash items and below: the recipients under "Nơi nhận" are such items, and an annex title may follow them. */
const RECIPIENT_RANK = 5;
/** A signature's title line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC"): capitalised, yet no annex title. */
const SIGNATURE_TITLE = /^(?:(?:TM|KT|Q|TL|TUQ)\.|(?:PHÓ )?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)\b)/u;
/** The closing block opens with the concluding formula ("Trên đây là Kế hoạch …") or, without one, "Nơi nhận". */
const CLOSING_START = /^(?:nơi nhận|trên đây là (?:kế hoạch|quyết định|văn bản|hướng dẫn|công văn|báo cáo|chương trình|đề án))/iu;

interface Block {
  text: string;
  lineStart: number;
  lineEnd: number;
  tokens: number;
  heading?: Heading;
  path: Heading[];
  /** Opens the closing block (recipients, signature): it never shares a chunk with the last section's text. */
  closing?: boolean;
}

/** Chunks one plan (or any uploaded text document) after normalisation and letter-spacing repair. */
export function chunkPlan(text: string, source: SourceEntry, bounds: ChunkBounds = DEFAULT_BOUNDS): { chunks: ChunkDraft[]; report: PlanChunkReport } {
  const { lines, report: cleaning } = cleanPlanLines(text);
  const report: PlanChunkReport = { tableRows: 0, footnotes: cleaning.footnotes, pageNumbersDropped: cleaning.pageNumbersDropped, headerRowsDropped: cleaning.headerRowsDropped, warnings: [...cleaning.warnings] };
  const tracker = new HeadingTracker();
  const chunks: ChunkDraft[] = [];
  let prose: PlanLine[] = [];
  const flushProse = () => {
    if (prose.length === 0) return;
    const blocks = toBlocks(unwrapLines(prose), tracker, bounds, report);
    chunks.push(...groupBlocks(blocks, bounds).map((group) => proseDraft(group, source)));
    prose = [];
  };
  const addTable = (table: ParsedTable) => {
    const section = formatPath(tracker.headings().filter((heading) => heading.rank < 5));
    for (const row of table.rows) chunks.push(tableRowDraft(row, { source, section }));
    // The groups a table sorts its rows into ("I. Nâng cao nhận thức…", "II. …") are named once each, on the rows;
    // one passage lists them, so "which groups of tasks" finds a passage that answers.
    const groups = groupList(table);
    if (groups) chunks.push(groupListDraft(groups, table, section, source));
    report.tableRows += table.rows.length;
    report.headerRowsDropped += table.headerRowsDropped;
    report.warnings.push(...table.warnings);
  };
  for (let index = 0; index < lines.length; ) {
    const line = lines[index]!;
    if (line.text.includes('\t')) {
      flushProse();
      let end = index;
      while (end < lines.length && lines[end]!.text.includes('\t')) end++;
      addTable(parseTabTable(lines.slice(index, end)));
      index = end;
    } else if (isFlattenedTableStart(line.text)) {
      flushProse();
      const { table, end } = parseFlattenedTable(lines, index);
      addTable(table);
      index = Math.max(end, index + 1);
    } else {
      prose.push(line);
      index++;
    }
  }
  flushProse();
  return { chunks, report };
}

/** The opening of the passage that lists a table's groups; outlines skip it (the rows carry the groups). */
export const GROUP_LIST_PREFIX = 'Gồm các nhóm: ';

function groupListDraft(text: string, table: ParsedTable, section: string, source: SourceEntry): ChunkDraft {
  const draft: ChunkDraft = {
    docId: source.id,
    title: source.title,
    section,
    lineStart: table.rows[0]!.lineStart,
    lineEnd: table.rows[table.rows.length - 1]!.lineEnd,
    scope: source.scope,
    kind: 'text',
    text,
  };
  if (source.province) draft.province = source.province;
  if (source.url) draft.url = source.url;
  return draft;
}

/** "Gồm các nhóm: I. …; II. …." for a table whose rows sit under two or more numbered groups; else undefined. */
export function groupList(table: ParsedTable): string | undefined {
  const groups: string[] = [];
  for (const row of table.rows) {
    const group = row.group;
    if (!group?.label || !group.text.trim()) continue;
    const line = `${group.label}. ${group.text.replace(/\s+/gu, ' ').trim().replace(/[.;:,]+$/u, '')}`;
    if (groups[groups.length - 1] !== line) groups.push(line);
  }
  return new Set(groups).size >= 2 ? `${GROUP_LIST_PREFIX}${groups.join('; ')}.` : undefined;
}

function countTokens(text: string): number {
  return tokenize(text).length;
}

function toBlocks(lines: PlanLine[], tracker: HeadingTracker, bounds: ChunkBounds, report: PlanChunkReport): Block[] {
  const blocks: Block[] = [];
  // The concluding formula and "Nơi nhận" below it are one closing block; an annex after it is a new part.
  let closingOpen = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let text = line.text.trim();
    const closing = !closingOpen && CLOSING_START.test(text);
    if (closing) closingOpen = true;
    if (/^nơi nhận/iu.test(text)) tracker.closeFrom(0); // the closing block belongs to no section
    let heading = recognizeHeading(text) ?? (line.markdownLevel !== undefined ? markdownHeading(text, line.markdownLevel) : undefined);
    // After the signature (and the recipients' dash list), a capitalised title ("DANH MỤC DỰ ÁN…") opens an annex.
    if (!heading && tracker.headings().every((open) => open.rank >= RECIPIENT_RANK) && index > 0 && isCapitalised(text) && text.length >= 15 && !SIGNATURE_TITLE.test(text)) {
      heading = { kind: 'appendix', rank: 0, text, isItem: false };
    }
    const next = lines[index + 1];
    if (heading?.kind === 'appendix' && text.length < 20 && next && isCapitalised(next.text)) {
      // "Phụ lục" + "DANH MỤC CÁC NHIỆM VỤ…": one heading.
      text = `${text}: ${next.text.trim()}`;
      heading.text = text;
      line.lineEnd = next.lineEnd;
      index++;
    }
    if (heading) tracker.open(heading);
    if (heading?.rank === 0) closingOpen = false;
    const path = tracker.headings();
    const pieces = countTokens(text) > bounds.maxTokens ? splitLongText(line, text, bounds.maxTokens, report.warnings) : [{ text, lineStart: line.lineStart, lineEnd: line.lineEnd }];
    pieces.forEach((piece, pieceIndex) => {
      const block: Block = { ...piece, tokens: countTokens(piece.text), path };
      if (heading && pieceIndex === 0) block.heading = heading;
      if (closing && pieceIndex === 0) block.closing = true;
      blocks.push(block);
    });
  }
  return blocks;
}

function markdownHeading(text: string, level: number): Heading {
  return { kind: 'number', rank: Math.min(level, 4), text, isItem: false };
}

function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Whether a block opens a new section strongly enough to end the running chunk. */
function startsSection(block: Block, currentTokens: number, bounds: ChunkBounds): boolean {
  if (block.closing) return true;
  if (!block.heading) return false;
  if (block.heading.rank <= 1) return true;
  if (block.heading.isItem) return currentTokens >= bounds.maxTokens * 0.75;
  return currentTokens >= bounds.minTokens;
}

function groupBlocks(blocks: Block[], bounds: ChunkBounds): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let tokens = 0;
  const flush = () => {
    // A heading never ends a chunk: it moves on with the text it introduces.
    const carried: Block[] = [];
    while (current.length > 1 && current[current.length - 1]!.heading && !current[current.length - 1]!.heading!.isItem) carried.unshift(current.pop()!);
    if (current.length > 0) groups.push(current);
    current = carried;
    tokens = carried.reduce((sum, block) => sum + block.tokens, 0);
  };
  for (const block of blocks) {
    if (current.length > 0 && (tokens + block.tokens > bounds.maxTokens || startsSection(block, tokens, bounds))) flush();
    current.push(block);
    tokens += block.tokens;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function commonPath(blocks: Block[]): Heading[] {
  let common = blocks[0]!.path;
  for (const block of blocks.slice(1)) {
    let length = 0;
    while (length < common.length && length < block.path.length && common[length] === block.path[length]) length++;
    common = common.slice(0, length);
  }
  // A bullet is a path step only for what is nested under it, not for itself.
  const last = common[common.length - 1];
  if (last && last.rank >= 5 && blocks[0]!.heading === last) common = common.slice(0, -1);
  return common;
}

function proseDraft(blocks: Block[], source: SourceEntry): ChunkDraft {
  const draft: ChunkDraft = {
    docId: source.id,
    title: source.title,
    section: formatPath(commonPath(blocks)),
    lineStart: blocks[0]!.lineStart,
    lineEnd: blocks[blocks.length - 1]!.lineEnd,
    scope: source.scope,
    kind: 'text',
    text: blocks.map((block) => block.text).join('\n'),
  };
  if (source.province) draft.province = source.province;
  if (source.url) draft.url = source.url;
  return draft;
}
