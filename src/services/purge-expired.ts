/** Retention on both runtimes: conversations, feedback and hand-off tickets older than the retention period, and handled webhook events older than a day. */
import type { Store } from '../ports/store';
import type { CitizenStores } from '../store/citizen-stores';

const DAY_MS = 86_400_000;

/** Rows removed; the caller logs it (and a failure, to retry at the next run). */
export async function purgeExpired(stores: { store: Store } & Partial<CitizenStores>, options: { retentionDays: number; now?: Date }): Promise<number> {
  const now = (options.now ?? new Date()).getTime();
  const cutoff = new Date(now - options.retentionDays * DAY_MS).toISOString();
  const counts = await Promise.all([
    stores.store.purgeBefore(cutoff),
    stores.handoffs?.purgeBefore(cutoff) ?? 0,
    // Repeats matter only within the 5-minute acceptance window; a day is ample.
    stores.channelEvents?.purgeBefore(new Date(now - DAY_MS).toISOString()) ?? 0,
  ]);
  return counts.reduce((total, count) => total + count, 0);
}
