/** Regroups the wrapped cell lines of one flattened table row into labelled columns. */
import type { PlanLine } from './plan-lines';
import { DEADLINE_START } from './table-rows';

const AGENCY_START = /^(?:Sở|Công an|UBND|Ủy ban|Các sở|Các cơ quan|Văn phòng|Bộ|Bảo hiểm|Ban|Trung tâm|Thanh tra|Phòng|Giám đốc|Toàn thể|CQĐV|Ngân hàng|Thuế|Đài|Hội|Liên đoàn)\b/u;
/** Words after which an agency list obviously goes on ("Công an tỉnh; Sở" / "Khoa học và"). */
const OPEN_END = /(?:[,;]|\b(?:và|các|của|với|Sở|Bộ|UBND|Văn|Ban|Nội|Khoa|học|tỉnh;)|\s-)$/u;
const MERGED_AGENCY = /\s(?=(?:Sở|Công an|UBND|Các sở)\b)/u;
const TRAILING_DEADLINE = /\s(?=(?:Năm 20\d\d|Nhiệm vụ thường xuyên|Theo lộ trình|Sau khi|Quý [IV]+)\b.{0,40}$)/u;

type Column = 'task' | 'lead' | 'coord' | 'product' | 'deadline';
const ORDER: Column[] = ['task', 'lead', 'coord', 'product', 'deadline'];

/** Maps the five standard columns to the table's own labels (in header order). */
function columnLabels(labels: string[]): Record<Column, string> {
  const find = (pattern: RegExp, fallback: string) => labels.find((label) => pattern.test(label)) ?? fallback;
  return {
    task: find(/nhiệm vụ|nội dung/iu, 'Nhiệm vụ'),
    lead: find(/chủ trì/iu, 'Cơ quan chủ trì'),
    coord: find(/phối hợp/iu, 'Cơ quan phối hợp'),
    product: find(/sản phẩm/iu, 'Sản phẩm đầu ra'),
    deadline: find(/thời (?:gian|hạn)/iu, 'Thời gian hoàn thành'),
  };
}

function startsNewCell(previous: string, next: string): boolean {
  return /^\p{Lu}/u.test(next) && !OPEN_END.test(previous.trim());
}

/** Splits lines where the PDF glued two cells together ("Sở Nội vụ Công an tỉnh"). */
function splitGlued(text: string, column: Column, isFirst: boolean): string[] {
  if (column === 'task' && isFirst) {
    const match = /^(.*\S)\s+(Sở Nội vụ|Sở [\p{Lu}][\p{L} ]+)$/u.exec(text);
    if (match && match[1]!.length > 10) return [match[1]!, match[2]!];
  }
  if (column === 'lead' || (column === 'task' && AGENCY_START.test(text))) {
    const at = text.slice(3).search(MERGED_AGENCY);
    if (at >= 0 && !/[,;]$/u.test(text.slice(0, at + 3).trim())) return [text.slice(0, at + 3).trim(), text.slice(at + 4).trim()];
  }
  if (column === 'product') {
    const at = text.search(TRAILING_DEADLINE);
    if (at > 0) return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  }
  return [text];
}

/**
 * Five-column task rows (000): cells follow each other in column order, each wrapped
 * over short lines. A new cell starts on a capitalised line after a line that does not
 * leave the previous cell open; a row broken by a page restarts from the first column
 * that was still open.
 */
export function assignFlowColumns(lines: PlanLine[], labels: string[]): Array<[string, string]> {
  const cells: Record<Column, string[]> = { task: [], lead: [], coord: [], product: [], deadline: [] };
  let column = 0;
  let continuation = false;
  const queue = lines.map((line) => ({ text: line.text.trim(), pageBreak: line.pageBreakBefore === true }));
  for (let index = 0; index < queue.length; index++) {
    const { text, pageBreak } = queue[index]!;
    if (pageBreak && index > 0) {
      continuation = true;
      column = 0;
    }
    const name = ORDER[column]!;
    const current = cells[name];
    const previous = current[current.length - 1] ?? '';
    const parts = splitGlued(text, name, current.length === 0 && !continuation);
    if (parts.length > 1) {
      queue.splice(index + 1, 0, ...parts.slice(1).map((part) => ({ text: part, pageBreak: false })));
    }
    const part = parts[0]!;
    if (current.length > 0 && shouldAdvance(name, previous, part, continuation)) {
      column = nextColumn(name, part, cells, continuation);
    } else if (continuation && current.length > 0 && !isOpen(name, current)) {
      column = nextColumn(name, part, cells, continuation);
    }
    cells[ORDER[column]!].push(part);
  }
  const names = columnLabels(labels);
  return ORDER.filter((name) => cells[name].length > 0).map((name) => [names[name], cells[name].join(' ')]);
}

function shouldAdvance(column: Column, previous: string, next: string, continuation: boolean): boolean {
  if (column === 'deadline') return false;
  if (column === 'task') return AGENCY_START.test(next) && next.length <= 26 && (!continuation || /\.$/u.test(previous));
  if (continuation && column !== 'product' && !AGENCY_START.test(next) && next.length > 20) return true;
  return startsNewCell(previous, next);
}

function isOpen(column: Column, lines: string[]): boolean {
  const last = lines[lines.length - 1] ?? '';
  if (column === 'task') return !/\.$/u.test(last);
  if (column === 'deadline') return true;
  return OPEN_END.test(last);
}

function nextColumn(from: Column, text: string, cells: Record<Column, string[]>, continuation: boolean): number {
  let index = ORDER.indexOf(from) + 1;
  if (from === 'lead' && !AGENCY_START.test(text)) index++; // no coordinating agency
  if ((from === 'lead' || from === 'coord') && DEADLINE_START.test(text) && !continuation) index = ORDER.indexOf('deadline');
  if (continuation) {
    while (index < ORDER.length - 1 && cells[ORDER[index]!].length > 0 && !isOpen(ORDER[index]!, cells[ORDER[index]!])) index++;
  }
  return Math.min(index, ORDER.length - 1);
}

const DEADLINE_ANYWHERE = /(?:^|\s)(\d{1,2}\/20\d\d|20\d\d\s*-\s*20\d\d|20\d\d-?|Thường xuyên|Hàng năm|Hằng năm)(?=\s|$)/u;
const AGENCY_WORD = /^(?:Văn|Phòng|Thanh|Ban|CQĐV|Toàn|Giám|Sở)$/u;

/**
 * Rows whose cells share lines (004): the content runs up to the first deadline; the
 * agencies follow; a trailing run of numbers fills year or amount columns.
 */
export function assignPatternColumns(lines: PlanLine[], labels: string[]): Array<[string, string]> {
  const text = lines.map((line) => line.text.trim()).join(' ').replace(/\s+/gu, ' ').trim();
  if (!text) return [];
  const contentLabel = labels[0] ?? 'Nội dung';
  const years = labels.filter((label) => /^20\d\d$/u.test(label));
  if (years.length > 0) {
    const raw = lines.map((line) => line.text).join(' ');
    const tail = /((?:\s+[\d.]+)+)\s*$/u.exec(` ${raw}`);
    const content = tail ? raw.slice(0, raw.length - tail[1]!.length + 1).trim() : raw.trim();
    const amounts = tail ? tail[1]!.trim().split(/\s+/u) : [];
    const result: Array<[string, string]> = [[contentLabel, content]];
    if (amounts.length === years.length) years.forEach((year, index) => result.push([`Kinh phí ${year} (triệu đồng)`, amounts[index]!]));
    else if (amounts.length > 0) result.push(['Kinh phí dự kiến (triệu đồng)', amounts.join(' ')]);
    return result.filter(([, value]) => value);
  }
  const deadlineLabel = labels.find((label) => /thời gian/iu.test(label));
  const leadLabel = labels.find((label) => /chủ trì/iu.test(label));
  const match = deadlineLabel && leadLabel ? DEADLINE_ANYWHERE.exec(text) : null;
  if (!match || !deadlineLabel || !leadLabel) {
    const agency = /\s(Sở|Công an|UBND)\b/u.exec(text);
    if (!agency) return [[contentLabel, text]];
    return [[contentLabel, text.slice(0, agency.index).trim()], ['Thông tin khác', text.slice(agency.index).trim()]];
  }
  const start = match.index + (match[0].startsWith(' ') ? 1 : 0);
  const content = text.slice(0, start).trim();
  const deadline = match[1]!.replace(/-$/u, '');
  let rest = text.slice(start + match[1]!.length).trim();
  let deadlineText = deadline;
  const yearTail = /^(20\d\d)\b\s*/u.exec(rest);
  if (match[1]!.endsWith('-') && yearTail) {
    deadlineText = `${deadline}-${yearTail[1]}`;
    rest = rest.slice(yearTail[0].length);
  } else if (/^xuyên\b/u.test(rest) || /^năm\b/u.test(rest)) rest = rest.replace(/^\S+\s*/u, '');
  const words = rest.split(' ').filter(Boolean);
  const agencies: string[] = [];
  words.forEach((word, index) => {
    const previousWord = words[index - 1] ?? '';
    if (index === 0 || (AGENCY_WORD.test(word) && previousWord !== 'đốc' && !/[,&]$/u.test(previousWord))) agencies.push(word);
    else agencies[agencies.length - 1] += ` ${word}`;
  });
  const coordLabel = labels.find((label) => /phối hợp/iu.test(label)) ?? 'Đơn vị phối hợp';
  const result: Array<[string, string]> = [[contentLabel, content], [deadlineLabel, deadlineText]];
  if (agencies[0]) result.push([leadLabel, agencies[0]]);
  if (agencies.length > 1) result.push([coordLabel, agencies.slice(1).join(' ')]);
  return result.filter(([, value]) => value);
}
