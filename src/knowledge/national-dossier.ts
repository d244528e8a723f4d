/**
 * "Thành phần hồ sơ" of a national page → a dossier: nested "- / +" and "(7.1)" lines kept under
 * their item (alternatives when the item says "một trong"), `### ` sub-headings kept as separate
 * cases, garbled cells flagged. Fallback pages (flattened text) are read by their count markers.
 */
import { foldForMatching } from './abolished-bodies';
import { cleanCell, isGarbled, isNoInformation, tableCells } from './national-page';
import type { Dossier, DossierCase, DossierComponent, DossierLeaf } from './procedure-schema';

interface Row {
  name: string;
  originals: number | undefined;
  copies: number | undefined;
  attachment: boolean;
}

const FORM = /\b(Mẫu số\s*[0-9A-Za-z./-]+(?:\s+(?:tại\s+)?Phụ lục\s+[0-9IVXivx]+[a-z]?)?)/u;

function leafOf(row: Row): DossierLeaf {
  const flagged = isGarbled(row.name);
  // List punctuation at the end of a cell (";", ",") is layout, not part of the document's name.
  const name = cleanCell(row.name).replace(/^[-+•]\s*/u, '').replace(/[\s,;]+$/u, '').trim();
  const form = name.match(FORM)?.[1];
  const originals = row.originals ?? 0;
  const copies = row.copies ?? 0;
  const originalOrCopy = originals > 0 && copies > 0 ? 'bản chính hoặc bản sao' : originals > 0 ? 'bản chính' : copies > 0 ? 'bản sao' : 'unknown';
  const count = [originals > 0 ? `${originals} bản chính` : '', copies > 0 ? `${copies} bản sao` : ''].filter(Boolean).join(', ');
  return { name: name || '(không đọc được tên giấy tờ)', formNumber: form ?? 'unknown', copies: count || 'unknown', originalOrCopy, ...(flagged ? { flagged: true } : {}) };
}

const introducesList = (name: string) => /:\s*$/u.test(cleanCell(name));
const saysOneOf = (name: string) => /\bmot trong\b/.test(foldForMatching(name));

/** One cell holding its own list ("…, cụ thể: + A; + B"): the lines become the item's sub-items. */
function withInlineList(row: Row): DossierComponent {
  const parts = row.name.split(/\s+\+\s+(?=\p{Lu})/u);
  if (parts.length < 2 || !/:\s*$/u.test(parts[0]!)) return leafOf(row);
  const parent: DossierComponent = leafOf({ ...row, name: parts[0]! });
  const key = saysOneOf(parts[0]!) ? 'alternatives' : 'items';
  parent[key] = parts.slice(1).map((part) => leafOf({ ...row, name: part }));
  return parent;
}

/** Groups flat rows into items: nested lines join the item above when that item opens a list. */
export function groupRows(rows: readonly Row[]): DossierComponent[] {
  const components: DossierComponent[] = [];
  for (const row of rows) {
    const text = row.name.trim();
    const parent = components.at(-1);
    const subNumber = text.match(/^\((\d+)\.\d+\)/)?.[1];
    const dashed = /^[-+•]\s/u.test(text);
    const parentNumber = parent?.name.match(/^\((\d+)\)/)?.[1];
    const nests = parent && ((dashed && introducesList(parent.name)) || (subNumber !== undefined && subNumber === parentNumber));
    if (nests && parent) {
      const key = saysOneOf(parent.name) ? 'alternatives' : 'items';
      (parent[key] ??= []).push(leafOf(row));
      continue;
    }
    components.push(withInlineList(row));
  }
  return components;
}

function count(cell: string | undefined): number | undefined {
  const value = Number.parseInt(cell ?? '', 10);
  return Number.isFinite(value) ? value : undefined;
}

/** Rows of the markdown tables, split at `### ` headings (the first group has no heading). */
function tableGroups(lines: readonly string[]): Array<{ heading?: string; rows: Row[] }> {
  const groups: Array<{ heading?: string; rows: Row[] }> = [{ rows: [] }];
  for (const line of lines) {
    const heading = line.match(/^###\s+(.+?)\s*$/)?.[1];
    if (heading) {
      groups.push({ heading: cleanCell(heading), rows: [] });
      continue;
    }
    const cells = tableCells(line);
    if (!cells || cells[0] === 'Tên giấy tờ') continue;
    const [name = '', originals, copies, attachment] = cells;
    if (isNoInformation(name)) continue;
    groups.at(-1)!.rows.push({ name, originals: count(originals), copies: count(copies), attachment: !isNoInformation(attachment) });
  }
  return groups;
}

/** Fallback pages: "Bao gồm Tên giấy tờ Mẫu đơn, tờ khai Số lượng <tên> [tệp.docx] Bản chính: 1 - Bản sao: 0 …". */
function flattenedRows(text: string): Row[] {
  const body = text.replace(/^.*?Số lượng\s*/su, '');
  const rows: Row[] = [];
  const marker = /Bản chính:\s*(\d+)\s*-\s*Bản sao:\s*(\d+)/gu;
  let start = 0;
  for (const match of body.matchAll(marker)) {
    const raw = body.slice(start, match.index).trim();
    start = match.index + match[0].length;
    const attachment = /\S+\.(?:docx?|pdf|xlsx?)\b/iu.test(raw);
    const name = raw.replace(/\s*\S+\.(?:docx?|pdf|xlsx?)\s*$/iu, '').trim();
    if (name) rows.push({ name, originals: count(match[1]), copies: count(match[2]), attachment });
  }
  return rows;
}

export interface ParsedDossier {
  dossier: Dossier;
  flagged: boolean;
}

export function parseDossier(lines: readonly string[], flattened: boolean): ParsedDossier | undefined {
  const groups = flattened ? [{ rows: flattenedRows(lines.join(' ')) }] : tableGroups(lines);
  const shared = groupRows(groups[0]!.rows);
  const cases: DossierCase[] = groups.slice(1).map((group) => ({ heading: group.heading!, components: groupRows(group.rows) }));
  if (shared.length === 0 && cases.every((entry) => entry.components.length === 0)) return undefined;
  const all = [...shared, ...cases.flatMap((entry) => entry.components)];
  const flagged = all.some((component) => component.flagged || component.alternatives?.some((leaf) => leaf.flagged) || component.items?.some((leaf) => leaf.flagged));
  // A flattened capture may be cut at its end: the list is not known to be complete.
  const dossier: Dossier = { components: shared, complete: !flattened && !flagged, sets: 'unknown', ...(cases.length > 0 ? { cases } : {}) };
  return { dossier, flagged };
}
