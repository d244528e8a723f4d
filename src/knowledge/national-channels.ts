/**
 * "Cách thức thực hiện" of a national page → one channel row per channel and outcome. A row
 * repeated for the same channel with another time limit is a split by outcome ("trường hợp không
 * cấp"); descriptions cut mid-sentence or carrying a neighbouring cell's text are flagged.
 */
import { cleanCell, isGarbled, isNoInformation, tableCells } from './national-page';
import type { Channel, ChannelKind } from './procedure-schema';

const KIND: Record<string, ChannelKind> = { 'trực tiếp': 'trực tiếp', 'trực tuyến': 'trực tuyến', 'dịch vụ bưu chính': 'bưu chính' };

interface RawRow {
  channel: ChannelKind;
  time: string;
  fee: string;
  description: string;
}

/**
 * A cell that carries a neighbouring cell's text: a lower-case fragment, a `<br>`, then exactly
 * what another row of the table says. The fragment is dropped and the row flagged.
 */
function neighbourFragment(description: string, others: readonly string[]): { rest: string; fragment: string } | undefined {
  const split = description.search(/<br\s*\/?>/iu);
  if (split < 0) return undefined;
  const head = description.slice(0, split).trim();
  const rest = description.slice(split).replace(/^<br\s*\/?>/iu, '').trim();
  return /^\p{Ll}/u.test(head) && others.some((other) => other.trim() === rest) ? { rest, fragment: head } : undefined;
}

/** A flattened capture stops at a length limit: a text without a closing mark was cut. */
function endsCut(text: string): boolean {
  return !/[.;:)”"!?]\s*$/u.test(text.trim());
}

/** The outcome a split row is for, read from its own description ("… trong trường hợp không cấp …"). */
function outcomeOf(description: string): string | undefined {
  const match = description.match(/(?:trong\s+)?trường hợp\s+([^.;<]+?)(?:[.;<]|$)/iu);
  if (!match) return undefined;
  return `trường hợp ${match[1]!.replace(/\s+/g, ' ').trim()}`.slice(0, 160);
}

function tableRows(lines: readonly string[]): RawRow[] {
  const rows: RawRow[] = [];
  for (const line of lines) {
    const cells = tableCells(line);
    if (!cells || cells[0] === 'Hình thức nộp') continue;
    const channel = KIND[(cells[0] ?? '').toLowerCase()];
    if (!channel) continue;
    rows.push({ channel, time: cells[1] ?? '', fee: cells[2] ?? '', description: cells.slice(3).join(' | ') });
  }
  return rows;
}

/** Fallback pages: "Trực tiếp 15 Ngày làm việc Phí: 600000 Đồng <mô tả> Dịch vụ bưu chính 15 …". */
function flattenedRows(text: string): RawRow[] {
  const pattern = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)\s+(\d+(?:[.,]\d+)?\s+(?:Ngày làm việc|Ngày|Tháng|Giờ))\s*((?:Lệ phí|Phí)\s*:\s*[\d.,]+\s*Đồng)?\s*(?:Xem chi tiết)?\s*/gu;
  const matches = [...text.matchAll(pattern)];
  return matches.map((match, index) => {
    const end = matches[index + 1]?.index ?? text.length;
    return {
      channel: KIND[match[1]!.toLowerCase()]!,
      time: match[2]!.replace(/Ngày/u, 'ngày'),
      fee: match[3] ?? '',
      description: text.slice(match.index + match[0].length, end).trim(),
    };
  });
}

function formatFee(fee: string): string {
  // The amount stays as the official page writes it ("Phí: 600000 Đồng"): a citizen comparing the answer with the
  // page, or searching for it, finds the same words; only the spacing is tidied.
  return fee.replace(/\s+/gu, ' ').trim();
}

export interface ParsedChannels {
  channels: Channel[];
  flagged: boolean;
  /** The tail of a fee cell the capture pushed into a description ("…định tại … Luật Phí và lệ phí …"), as published. */
  cutFee?: string;
}

export function parseChannels(lines: readonly string[], flattened: boolean): ParsedChannels | undefined {
  const raw = flattened ? flattenedRows(lines.join(' ')) : tableRows(lines);
  if (raw.length === 0) return undefined;
  const timesByChannel = new Map<ChannelKind, Set<string>>();
  for (const row of raw) timesByChannel.set(row.channel, (timesByChannel.get(row.channel) ?? new Set()).add(row.time));
  const split = [...timesByChannel.values()].some((times) => times.size > 1);
  let flagged = false;
  const channels: Channel[] = [];
  const seen = new Set<string>();
  const descriptions = raw.map((row) => row.description);
  let cutFee: string | undefined;
  for (const row of raw) {
    const neighbour = isNoInformation(row.description) ? undefined : neighbourFragment(row.description, descriptions);
    const repaired = neighbour?.rest;
    // Of the four cells only the fee speaks of phí: a fragment that does is the cut fee cell.
    if (neighbour && /(?<!\p{L})(?:lệ phí|phí)(?!\p{L})/iu.test(neighbour.fragment)) cutFee ??= cleanCell(neighbour.fragment).replace(/\s*Đồng\s*$/u, '').trim();
    const text = repaired ?? row.description;
    // A flattened capture ends where the page was cut: its last description may not be whole.
    const cut = repaired !== undefined || isGarbled(text) || (flattened && row === raw.at(-1) && endsCut(text));
    const description = isNoInformation(text) ? 'unknown' : cleanCell(text);
    const outcome = split && description !== 'unknown' ? outcomeOf(description) : undefined;
    const channel: Channel = {
      channel: row.channel,
      time: isNoInformation(row.time) ? 'unknown' : row.time,
      fee: isNoInformation(row.fee) ? 'unknown' : formatFee(row.fee),
      description: description === '' ? 'unknown' : description,
      ...(outcome ? { outcome } : {}),
      ...(cut ? { flagged: true } : {}),
    };
    flagged ||= cut;
    const key = JSON.stringify([channel.channel, channel.time, channel.fee, channel.outcome]);
    if (seen.has(key)) continue;
    seen.add(key);
    channels.push(channel);
  }
  return { channels, flagged, ...(cutFee ? { cutFee } : {}) };
}

/** The processing time in one line: each distinct time with its outcome when rows split by outcome. */
export function summariseTime(channels: readonly Channel[]): string | undefined {
  const parts: string[] = [];
  // A flagged row's cells may belong to a neighbour: the others speak for it when they can.
  const clean = channels.filter((channel) => !channel.flagged);
  for (const channel of clean.length > 0 ? clean : channels) {
    if (channel.time === 'unknown') continue;
    const part = channel.outcome ? `${channel.time} (${channel.outcome})` : channel.time;
    if (!parts.includes(part)) parts.push(part);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export function summariseFee(channels: readonly Channel[]): string | undefined {
  const fees = [...new Set(channels.map((channel) => channel.fee).filter((fee) => fee !== 'unknown'))];
  return fees.length > 0 ? fees.join('; ') : undefined;
}
