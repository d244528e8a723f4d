/** Time limits, fees and ways of filing from the rows of "Cách thức thực hiện", per channel and outcome. */
import type { FactBody } from './procedure-facts';
import type { Channel, ChannelKind, ProcedureRecord } from './procedure-schema';
import { isKnown } from './sourced';

const CHANNEL_TEXT: Record<ChannelKind, string> = { 'trực tiếp': 'trực tiếp', 'trực tuyến': 'trực tuyến', 'bưu chính': 'qua dịch vụ bưu chính' };
const ORDER: readonly ChannelKind[] = ['trực tiếp', 'trực tuyến', 'bưu chính'];

interface Group {
  value: string;
  outcome?: string;
  channels: ChannelKind[];
}

function groups(rows: readonly Channel[], pick: (row: Channel) => string | undefined): Group[] {
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const value = pick(row);
    if (!value) continue;
    const key = `${value}\u0000${row.outcome ?? ''}`;
    const group = byKey.get(key) ?? { value, ...(row.outcome ? { outcome: row.outcome } : {}), channels: [] };
    if (!group.channels.includes(row.channel)) group.channels.push(row.channel);
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

function channelList(channels: readonly ChannelKind[]): string {
  return [...channels].sort((left, right) => ORDER.indexOf(left) - ORDER.indexOf(right)).map((channel) => CHANNEL_TEXT[channel]).join(', ');
}

function render(label: string, found: Group[], allChannels: readonly ChannelKind[]): string[] {
  if (found.length === 1 && !found[0]!.outcome) return [`${label}: ${found[0]!.value}.`];
  return [
    `${label}:`,
    ...found.map((group) => {
      const outcome = group.outcome ? ` – ${group.outcome}` : '';
      const channels = group.channels.length < allChannels.length ? ` (nộp ${channelList(group.channels)})` : '';
      return `- ${group.value}${outcome}${channels}`;
    }),
  ];
}

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
  const times = groups(rows, (row) => (row.time === 'unknown' ? undefined : row.time));
  const fees = groups(rows, (row) => (row.fee === 'unknown' ? undefined : row.fee));
  const onlineLevel = isKnown(record.onlineLevel) && record.onlineLevel.value !== 'không' ? ` (dịch vụ công trực tuyến ${record.onlineLevel.value})` : '';
  const ways = [`Hình thức nộp hồ sơ: ${channelList(allChannels)}.`];
  if (allChannels.includes('trực tuyến') && onlineLevel) ways.push(`Nộp trực tuyến${onlineLevel}.`);
  if (!allChannels.includes('trực tuyến')) ways.push('Trang thủ tục chính thức không nêu hình thức nộp trực tuyến.');
  return {
    ...(times.length > 0 ? { time: { lines: render('Thời hạn giải quyết', times, allChannels), sources: [source], flagged } } : {}),
    ...(fees.length > 0 ? { fee: { lines: render('Phí, lệ phí', feesWithoutOutcome(fees), allChannels), sources: [source], flagged } } : {}),
    ways: { lines: ways, sources: [source] },
  };
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
