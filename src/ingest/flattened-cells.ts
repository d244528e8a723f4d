/** Regroups the wrapped cell lines of one flattened table row into labelled columns. */
import type { PlanLine } from './plan-lines';

const AGENCY_START = /^(?:Sở|Công an|UBND|Ủy ban|Các sở|Các cơ quan|Văn phòng|Bộ|Bảo hiểm|Ban|Trung tâm|Thanh tra|Phòng|Giám đốc|Toàn thể|CQĐV|Ngân hàng|Thuế|Đài|Hội|Liên đoàn)(?![\p{L}\p{N}])/u;
/** Words after which an agency list obviously goes on ("Công an tỉnh; Sở" / "Khoa học và"). */
const OPEN_END = /(?:[,;]|(?<![\p{L}\p{N}])(?:và|các|của|với|Sở|Bộ|UBND|Văn|Ban|Nội|Khoa|học|tỉnh;)|\s-)$/u;
const MERGED_AGENCY = /\s(?=(?:Sở|Công an|UBND|Các sở)(?![\p{L}\p{N}]))/u;
const TRAILING_DEADLINE = /\s(?=(?:Năm 20\d\d|Nhiệm vụ thường xuyên|Theo lộ trình|Sau khi|Quý [IV]+)(?![\p{L}\p{N}]).{0,40}$)/u;

const STRONG_DEADLINE = /^(?:Nhiệm vụ thường xuyên|Nhiệm vụ$|Năm 20\d\d|Theo lộ trình|Sau khi|Quý [IV]+)/u;
const AGENCY_WIDTH = 20;
const PRODUCT_WIDTH = 28;

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
      // The tail of a row broken by a page resumes in the first column left open.
      continuation = true;
      column = Math.max(0, ORDER.findIndex((name) => cells[name].length === 0 || isOpen(name, cells[name])));
    }
    const before = cells[ORDER[column]!];
    const previous = before[before.length - 1] ?? '';
    if (before.length > 0 && shouldAdvance(ORDER[column]!, previous, text, continuation)) {
      column = nextColumn(ORDER[column]!, text, cells, continuation);
    }
    const name = ORDER[column]!;
    const parts = splitGlued(text, name, cells[name].length === 0 && !continuation);
    if (parts.length > 1) queue.splice(index + 1, 0, ...parts.slice(1).map((part) => ({ text: part, pageBreak: false })));
    cells[name].push(parts[0]!);
  }
  const names = columnLabels(labels);
  return ORDER.filter((name) => cells[name].length > 0).map((name) => [names[name], cells[name].join(' ')]);
}

function shouldAdvance(column: Column, previous: string, next: string, continuation: boolean): boolean {
  if (column === 'deadline') return false;
  if (column === 'task') return AGENCY_START.test(next) && next.length <= 26 && (!continuation || /\.$/u.test(previous));
  if (column === 'product' && STRONG_DEADLINE.test(next)) return true;
  // Agency cells wrap at about 18 characters: a longer line belongs to the next cell.
  if ((column === 'lead' || column === 'coord') && next.length > AGENCY_WIDTH && !MERGED_AGENCY.test(next)) return true;
  // After a page break, a line whose first word would have fitted on the previous line starts a new cell.
  if (continuation && column === 'product' && previous.length + 1 + (/^\S+/u.exec(next)?.[0].length ?? 0) <= PRODUCT_WIDTH) return true;
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
  if ((from === 'lead' || from === 'coord') && STRONG_DEADLINE.test(text) && !continuation) index = ORDER.indexOf('deadline');
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
  if (deadlineLabel && leadLabel && labels.indexOf(leadLabel) < labels.indexOf(deadlineLabel)) return assignProjectColumns(text, labels, contentLabel);
  const match = deadlineLabel && leadLabel ? DEADLINE_ANYWHERE.exec(text) : null;
  if (!match || !deadlineLabel || !leadLabel) return [[contentLabel, text]];
  const start = match.index + (match[0].startsWith(' ') ? 1 : 0);
  const content = text.slice(0, start).trim();
  const deadline = match[1]!.replace(/-$/u, '').replace(/^(20\d\d)-\s+/u, '$1-');
  let rest = text.slice(start + match[1]!.length).trim();
  let deadlineText = deadline;
  const yearTail = /^(20\d\d)\b\s*/u.exec(rest);
  if (match[1]!.endsWith('-') && yearTail) {
    deadlineText = `${deadline}-${yearTail[1]}`;
    rest = rest.slice(yearTail[0].length);
  } else if (/^xuyên(?!\p{L})/u.test(rest) || /^năm(?!\p{L})/u.test(rest)) rest = rest.replace(/^\S+\s*/u, '');
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

const PROJECT_TYPE = /\s(Dự án (?:mới|chuyển tiếp|khởi công mới))(?=\s|$)/u;

/** Project lists (004 appendix): content, agencies, project type, period, amounts, funding source. */
function assignProjectColumns(text: string, labels: string[], contentLabel: string): Array<[string, string]> {
  const label = (pattern: RegExp, fallback: string) => labels.find((candidate) => pattern.test(candidate)) ?? fallback;
  const agencyStart = /\s(?=Sở |Công an|UBND)/u.exec(text);
  const type = PROJECT_TYPE.exec(text);
  if (!agencyStart || !type || type.index < agencyStart.index) return [[contentLabel, text]];
  const agencies = text.slice(agencyStart.index, type.index).trim();
  const second = agencies.slice(3).search(/\s(?=Sở |Công an|UBND)/u);
  const result: Array<[string, string]> = [[contentLabel, text.slice(0, agencyStart.index).trim()]];
  result.push([label(/chủ trì/iu, 'Đơn vị chủ trì'), second >= 0 ? agencies.slice(0, second + 3).trim() : agencies]);
  if (second >= 0) result.push([label(/phối hợp/iu, 'Đơn vị phối hợp'), agencies.slice(second + 4).trim()]);
  result.push([label(/loại/iu, 'Loại dự án'), type[1]!]);
  const rest = text.slice(type.index + type[0].length).trim();
  const period = /^(20\d\d(?:\s*-\s*20\d\d)?)\s*/u.exec(rest);
  if (period) result.push([label(/thời gian/iu, 'Thời gian thực hiện'), period[1]!]);
  const tail = period ? rest.slice(period[0].length) : rest;
  const amounts = /^((?:[\d.]+\s*)+)(.*)$/u.exec(tail);
  if (amounts) {
    result.push(['Dự toán kinh phí (triệu đồng)', amounts[1]!.trim()]);
    if (amounts[2]!.trim()) result.push([label(/nguồn vốn/iu, 'Nguồn vốn'), amounts[2]!.trim()]);
  } else if (tail) result.push(['Thông tin khác', tail]);
  return result;
}
