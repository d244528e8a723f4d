/** Procedure questions: a card (time, fee, documents, where, online, legal basis) and a short answer citing the record. */
import type { Chunk } from '../core/types';
import type { ProcedureCard } from '../protocol/chat-events';
import { foldDiacritics } from '../text/fold';
import { withMarker } from './extractive-answer';
import { caveatOn } from './procedure-caveat';
import type { PassageNumbering } from './passage-numbering';
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import { wordCount } from './sentence-split';
import { trimSentence } from './sentence-trim';

// Alternatives in order of preference, the first known one answers.
const FIELD_LABELS: Partial<Record<ProcedureAspect, RegExp | RegExp[]>> = {
  fee: /phi|le phi/,
  processingTime: /thoi han giai quyet/,
  submitWhere: /noi tiep nhan/,
  agency: [/co quan thuc hien/, /noi tiep nhan/],
  dossier: /thanh phan ho so/,
  online: /truc tuyen/,
  steps: /trinh tu/,
  legalBasis: /can cu phap ly/,
  eligibility: /doi tuong/,
  result: /ket qua/,
};

const OVERVIEW_LABELS = [/co quan thuc hien/, /thoi han giai quyet/, /phi|le phi/];
const UNKNOWN = 'chưa có thông tin';
const VALUE_WORDS = 40;
// Item names only, so a whole short dossier fits.
const LIST_WORDS = 45;
const ITEM_WORDS = 20;

function foldLabel(label: string): string {
  return foldDiacritics(label).toLowerCase();
}

/** Card built from the procedure's chunks alone, when no catalog is loaded. */
export function cardFromChunks(chunks: Chunk[]): ProcedureCard | undefined {
  const first = chunks[0];
  if (!first?.procedureId) return undefined;
  const fields: ProcedureCard['fields'] = [];
  for (const chunk of chunks) for (const [label, value] of Object.entries(chunk.fields ?? {})) fields.push({ label, value: value || UNKNOWN });
  const verified = first.text.match(/Ngày kiểm tra: ([^.]+)/)?.[1];
  return { id: first.procedureId, name: first.title, fields, ...(first.url ? { url: first.url } : {}), ...(verified ? { verifiedAt: verified } : {}) };
}

const ASKED_FIELDS = 2;
// A second field said when known and different: "cơ quan nào giải quyết?" adds where the file is handed in;
// "nộp ở đâu?" with no receiving office on record adds the deciding agency after saying so.
const ALSO_WHEN_KNOWN: Partial<Record<ProcedureAspect, RegExp>> = { agency: /noi tiep nhan/, submitWhere: /co quan thuc hien/ };
const ONLY_AFTER_UNKNOWN: ReadonlySet<ProcedureAspect> = new Set(['submitWhere']);
const UNCERTAIN = /chua chac chan|uncertain|can doi chieu/;
const OUTDATED = /loi thoi|het hieu luc|outdated|khong con ap dung/;

/**
 * One or two sentences on what was asked (hồ sơ, thời hạn, lệ phí, nơi nộp, trực tuyến, căn cứ), unknowns said
 * as such, then the date the record was checked with its official page, and a caution when it is not current.
 */
export function composeProcedureAnswer(name: string, chunks: Chunk[], fields: readonly ProcedureAspect[], numbering: PassageNumbering, card?: ProcedureCard): string | undefined {
  const asked = fields.slice(0, ASKED_FIELDS);
  const labelled = asked.map((field) => FIELD_LABELS[field]).filter((labels) => labels !== undefined);
  const wanted = labelled.length > 0 ? labelled : OVERVIEW_LABELS;
  const sentences: string[] = [];
  const said: string[] = [];
  const only = asked.length === 1 ? asked[0] : undefined;
  const knownFirst = only && ONLY_AFTER_UNKNOWN.has(only) ? [FIELD_LABELS[only] ?? []].flat().some((pattern) => isKnownValue(findField(chunks, pattern)?.value ?? '')) : false;
  const also = only && !knownFirst ? ALSO_WHEN_KNOWN[only] : undefined;
  for (const patterns of [...wanted, ...(also ? [also] : [])]) {
    const candidates = (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) => findField(chunks, pattern)).filter((found) => found !== undefined);
    // Of the alternatives ("Nơi tiếp nhận", "Nộp hồ sơ", "Cơ quan thực hiện"), the first that is known answers.
    const found = candidates.find((candidate) => isKnownValue(candidate.value)) ?? candidates[0];
    if (!found || said.includes(found.value)) continue;
    if (patterns === also && !isKnownValue(found.value)) continue;
    said.push(found.value);
    const value = listItems(found.value).length > 0 ? shortList(found.value) : trimSentence(found.value || UNKNOWN, { maxWords: VALUE_WORDS, queryTerms: [], weight: () => 0 });
    const lead = sentences.length === 0 ? `Thủ tục “${name}” — ${found.label}` : found.label;
    sentences.push(withMarker(`${lead}: ${value.replace(/[.;]+$/, '')}`, numbering.number(found.chunk)));
  }
  if (sentences.length === 0) return undefined;
  // One aspect asked and the record does not know it: its own caveat on that aspect, if any, says what is known.
  const unknownOnly = only && !said.some(isKnownValue) ? caveatOn(only, chunks, numbering) : undefined;
  if (unknownOnly) sentences.push(unknownOnly);
  const checked = verification(chunks, card, numbering);
  return [...sentences, ...(checked ? [checked] : []), ...caution(chunks, card)].join(' ');
}

function isKnownValue(value: string): boolean {
  return Boolean(value.trim()) && !/^chưa có thông tin/iu.test(value.trim());
}

/**
 * The items of a numbered list value ("1. Đơn …; 2. Dự thảo …"), split where the next number starts, so a
 * semicolon inside an item stays in it; the trailing "Số bộ hồ sơ: …" belongs to no item.
 */
function listItems(value: string): string[] {
  if (!/^\s*1[.)]\s/u.test(value)) return [];
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const [index, char] of [...value].entries()) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    const nextItem = char === ';' && depth === 0 && /^\s*\d{1,2}[.)]\s/u.test([...value].slice(index + 1, index + 6).join(''));
    if (nextItem) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current.replace(/\s*\(danh mục có thể chưa đầy đủ\)/u, '').replace(/\s*Số bộ hồ sơ:.*$/su, ''));
  return items.map((item) => item.replace(/^\s*\d{1,2}[.)]\s+/u, '').trim()).filter(Boolean);
}

/**
 * What names an item: the text before its first top-level semicolon or colon (what follows lists cases), without
 * bracketed details (form, copies); a name still long stops at its first comma.
 */
function itemName(item: string): string {
  let depth = 0;
  let name = '';
  for (const char of item) {
    if (char === '(') depth++;
    if (depth === 0 && (char === ';' || char === ':')) break;
    if (depth === 0) name += char;
    if (char === ')') depth = Math.max(0, depth - 1);
  }
  const cleaned = name.replace(/\s+/g, ' ').replace(/\s+([,.;])/g, '$1').trim() || item;
  return wordCount(cleaned) > ITEM_WORDS && cleaned.includes(',') ? cleaned.slice(0, cleaned.indexOf(',')) : cleaned;
}

/** As many whole item names as fit, then how many more there are: a list cut mid-item misleads. */
function shortList(value: string): string {
  const items = listItems(value).map(itemName);
  const kept: string[] = [];
  let words = 0;
  for (const item of items) {
    const count = wordCount(item);
    if (kept.length > 0 && words + count > LIST_WORDS) break;
    kept.push(item);
    words += count;
  }
  const rest = items.length - kept.length;
  const list = rest > 0 ? `${kept.join('; ')}; và ${spelledCount(rest)} giấy tờ khác (xem thẻ thủ tục)` : kept.join('; ');
  // "Nộp mấy bộ?" is part of the dossier question; said only when the record knows it.
  const sets = value.match(/Số bộ hồ sơ: ([^.;]+)$/u)?.[1]?.trim();
  const partial = value.includes('(danh mục có thể chưa đầy đủ)') ? ' (danh mục có thể chưa đầy đủ)' : '';
  return `${list}${partial}${sets && isKnownValue(sets) ? `; số bộ hồ sơ: ${sets}` : ''}`;
}

// Spelled out: a count the answer computes is not a number its passage states.
function spelledCount(count: number): string {
  return ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'][count] ?? 'các';
}

/** "Thông tin kiểm tra ngày …; xem trang chính thức: … [n]." citing the passage that states the date. */
function verification(chunks: Chunk[], card: ProcedureCard | undefined, numbering: PassageNumbering): string | undefined {
  const dated = chunks.map((chunk) => ({ chunk, date: chunk.text.match(/Ngày kiểm tra: (\d{1,2}\/\d{1,2}\/\d{4})/u)?.[1] })).filter((entry) => entry.date);
  const url = card?.url ?? chunks.find((chunk) => chunk.url)?.url;
  const cited = new Set(numbering.passages.map((chunk) => chunk.id));
  const source = dated.find((entry) => url && entry.chunk.url === url) ?? dated.find((entry) => cited.has(entry.chunk.id)) ?? dated[0];
  if (!source) return url ? `Xem trang chính thức: ${url}` : undefined;
  const link = url ? `; xem trang chính thức: ${url}` : '';
  return withMarker(`Thông tin kiểm tra ngày ${source.date}${link}`, numbering.number(source.chunk));
}

function caution(chunks: Chunk[], card: ProcedureCard | undefined): string[] {
  const status = foldLabel(card?.status ?? chunks.map((chunk) => chunk.text.match(/Tình trạng thông tin: ([^.]+)/u)?.[1]).find(Boolean) ?? '');
  if (OUTDATED.test(status)) return ['Lưu ý: thông tin về thủ tục này có thể đã lỗi thời, Quý vị vui lòng đối chiếu trang chính thức hoặc hỏi nơi tiếp nhận hồ sơ.'];
  if (UNCERTAIN.test(status)) return ['Lưu ý: thông tin về thủ tục này chưa được xác nhận đầy đủ, Quý vị vui lòng đối chiếu trang chính thức hoặc hỏi nơi tiếp nhận hồ sơ.'];
  return [];
}

function findField(chunks: Chunk[], pattern: RegExp): { label: string; value: string; chunk: Chunk } | undefined {
  for (const chunk of chunks) {
    for (const [label, value] of Object.entries(chunk.fields ?? {})) if (pattern.test(foldLabel(label))) return { label, value, chunk };
    const steps = pattern.source.includes('trinh tu') ? chunk.text.match(/Trình tự thực hiện: (.+?)(?= Tình trạng thông tin:|$)/s)?.[1] : undefined;
    if (steps) return { label: 'Trình tự thực hiện', value: steps, chunk };
  }
  return undefined;
}
