/** Time limits, fees and ways of filing from the rows of "Cách thức thực hiện", per channel and outcome. */
import { foldForMatching } from './abolished-bodies';
import type { FactBody } from './procedure-facts';
import type { Channel, ChannelKind, ProcedureRecord } from './procedure-schema';
import { isKnown } from './sourced';

const CHANNEL_TEXT: Record<ChannelKind, string> = { 'trực tiếp': 'trực tiếp', 'trực tuyến': 'trực tuyến', 'bưu chính': 'qua dịch vụ bưu chính' };
const ORDER: readonly ChannelKind[] = ['trực tiếp', 'trực tuyến', 'bưu chính'];

interface Group {
  value: string;
  outcome?: string;
  channels: ChannelKind[];
  /** The page's own sentence restating this time limit with the day the count starts from. */
  startsFrom?: string;
}

function groups(rows: readonly Channel[], pick: (row: Channel) => string | undefined, clause?: (row: Channel) => string | undefined): Group[] {
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const value = pick(row);
    if (!value) continue;
    const key = `${value}\u0000${row.outcome ?? ''}`;
    const group = byKey.get(key) ?? { value, ...(row.outcome ? { outcome: row.outcome } : {}), channels: [] };
    if (!group.channels.includes(row.channel)) group.channels.push(row.channel);
    const startsFrom = clause?.(row);
    if (startsFrom && !group.startsFrom) group.startsFrom = row.outcome ? withoutOutcome(startsFrom, row.outcome) : startsFrom;
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

/** The clause without the outcome it ends on ("… trong trường hợp không cấp"): the line already says it. */
function withoutOutcome(clause: string, outcome: string): string {
  const words = clause.split(/\s+/u);
  const tail = foldForMatching(outcome).replace(/[^\p{L}\p{N} ]/gu, '').split(' ');
  const folded = words.map((word) => foldForMatching(word).replace(/[^\p{L}\p{N}]/gu, ''));
  const at = words.length - tail.length;
  if (at <= 0 || folded.slice(at).join(' ') !== tail.join(' ')) return clause;
  const cut = folded[at - 1] === 'trong' ? at - 1 : at;
  return words.slice(0, cut).join(' ').replace(/[\s,;]+$/u, '');
}

// A sentence of the description longer than this is a paragraph about the channel, not the time limit restated.
const LONGEST_CLAUSE = 220;

/**
 * The channel description's sentence that restates the row's time limit ("03 ngày làm việc" for "3 ngày làm việc")
 * and says from when it counts ("kể từ ngày nhận đủ hồ sơ"): citizens need the starting day the table leaves out.
 * Cut at the first full stop or line break, so the sentence on how to file that often follows is not repeated.
 */
export function timeStartClause(time: string, description: string): string | undefined {
  const limit = /^(\d+)\s+(\S.*)$/u.exec(foldForMatching(time));
  if (!limit) return undefined;
  const [, count, unit] = limit;
  const restates = new RegExp(`(?<![\\d/.,])0*${Number(count)} ${unit!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d]| lam viec)`, 'u');
  const sentences = description.split(/\n|(?<=[^\d\s][.;])\s+|\s+-\s+/u).map((part) => part.replace(/^[\s\-–+•]+/u, '').replace(/[\s.;,]+$/u, ''));
  const restated = sentences.find((sentence) => {
    const folded = foldForMatching(sentence);
    return sentence.length <= LONGEST_CLAUSE && restates.test(folded) && /\b(ke|tinh) tu\b/.test(folded);
  });
  if (restated || Number(count) > 1) return restated;
  // A limit of one day that the page says is met at once ("ngay sau khi … hoàn thành Tờ khai"): that is the answer.
  const unwrapped = joinHardWraps(description).split(/\n|(?<=[^\d\s][.;])\s+/u).map((part) => part.trim().replace(/[\s.;,]+$/u, ''));
  return unwrapped.find((sentence) => sentence.length <= LONGEST_CLAUSE && /^(tra ket qua |duoc )?ngay (sau khi|khi|lap tuc|trong ngay)\b/.test(foldForMatching(sentence)));
}

/** A page's hard wrap inside a sentence ("Tờ khai\nđiện tử", "quốc gia\n(https://…)") joins the two lines. */
function joinHardWraps(text: string): string {
  return text.replace(/(?<=[^\s.:;!?])\n/gu, ' ');
}

function channelList(channels: readonly ChannelKind[]): string {
  return [...channels].sort((left, right) => ORDER.indexOf(left) - ORDER.indexOf(right)).map((channel) => CHANNEL_TEXT[channel]).join(', ');
}

function render(label: string, found: Group[], allChannels: readonly ChannelKind[]): string[] {
  const startsFrom = (group: Group) => (group.startsFrom ? `, cụ thể: “${group.startsFrom}”` : '');
  if (found.length === 1 && !found[0]!.outcome) return [`${label}: ${found[0]!.value}${startsFrom(found[0]!)}.`];
  return [
    `${label}:`,
    ...found.map((group) => {
      const outcome = group.outcome ? ` – ${group.outcome}` : '';
      const channels = group.channels.length < allChannels.length ? ` (nộp ${channelList(group.channels)})` : '';
      return `- ${group.value}${outcome}${channels}${startsFrom(group)}`;
    }),
  ];
}

const NO_TIME_LIMIT = /^khong quy dinh thoi (gian|han)\b/;

export interface ChannelFacts {
  time?: FactBody;
  fee?: FactBody;
  ways?: FactBody;
}

export function channelFacts(record: ProcedureRecord): ChannelFacts {
  if (!record.channels || !isKnown(record.channels)) return {};
  const { value: rows, source } = record.channels;
  const flagged = rows.some((row) => row.flagged);
  const allChannels = [...new Set(rows.map((row) => row.channel))];
  const stated = groups(rows, (row) => (row.time === 'unknown' ? undefined : row.time), (row) => (row.time === 'unknown' || row.description === 'unknown' ? undefined : timeStartClause(row.time, row.description)));
  // A row whose time cell is empty ("N/A") may say in its description that the law sets no time limit: that is the
  // answer to how long it takes, not an unknown.
  const times = stated.length > 0 ? stated : groups(rows, (row) => (row.description !== 'unknown' && NO_TIME_LIMIT.test(foldForMatching(row.description)) ? row.description.trim().replace(/[.\s]+$/u, '') : undefined));
  const fees = groups(rows, (row) => (row.fee === 'unknown' ? undefined : row.fee));
  const onlineLevel = isKnown(record.onlineLevel) && record.onlineLevel.value !== 'không' ? ` (dịch vụ công trực tuyến ${record.onlineLevel.value})` : '';
  const ways = [`Hình thức nộp hồ sơ: ${channelList(allChannels)}.`];
  if (allChannels.includes('trực tuyến') && onlineLevel) ways.push(`Nộp trực tuyến${onlineLevel}.`);
  // Where to file online, when a row names the portal or app ("qua Sàn giao dịch việc làm quốc gia … hoặc VNeID").
  const portal = portalClause(rows);
  if (portal) ways.push(`Theo cách thức thực hiện: ${portal}.`);
  if (!allChannels.includes('trực tuyến')) ways.push('Trang thủ tục chính thức không nêu hình thức nộp trực tuyến.');
  return {
    ...(times.length > 0 ? { time: { lines: render('Thời hạn giải quyết', times, allChannels), sources: [source], flagged } } : {}),
    ...(fees.length > 0 ? { fee: { lines: render('Phí, lệ phí', feesWithoutOutcome(fees), allChannels), sources: [source], flagged } } : {}),
    ways: { lines: ways, sources: [source] },
  };
}

// A portal, an app or an address to file on.
const PORTAL = /https?:\/\/|\bvneid\b|\bcong dich vu cong\b|\bsan giao dich viec lam\b|\bung dung\b|\bhe thong (thong tin|dich vu)\b/;

/** The first sentence of a row's description naming where to file online, cut at its first full stop. */
function portalClause(rows: readonly Channel[]): string | undefined {
  for (const row of rows) {
    if (row.description === 'unknown') continue;
    const unwrapped = joinHardWraps(row.description);
    const sentence = unwrapped.split(/(?<=[^\d\s][.;])\s+|\n/u).find((part) => PORTAL.test(foldForMatching(part)));
    if (sentence && sentence.length <= LONGEST_CLAUSE) return sentence.trim().replace(/[\s.;,]+$/u, '');
  }
  return undefined;
}

/** A fee does not change with the outcome; rows split by outcome would only repeat it. */
function feesWithoutOutcome(found: Group[]): Group[] {
  const byValue = new Map<string, Group>();
  for (const group of found) {
    const merged = byValue.get(group.value) ?? { value: group.value, channels: [] };
    for (const channel of group.channels) if (!merged.channels.includes(channel)) merged.channels.push(channel);
    byValue.set(group.value, merged);
  }
  return [...byValue.values()];
}
