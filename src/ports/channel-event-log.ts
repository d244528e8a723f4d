/** Channel event log port: which webhook events were already handled, so a redelivered event is answered once. */

export interface ChannelEventLog {
  /** Records the event; false when it was recorded before (a repeat to ignore). Atomic across processes. */
  claim(channel: string, eventId: string, receivedAt: string): Promise<boolean>;
  /** Forgets events received before the cut-off (only recent repeats matter); returns rows removed. */
  purgeBefore(cutoff: string): Promise<number>;
}
