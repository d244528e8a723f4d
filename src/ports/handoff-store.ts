/** Hand-off port: tickets a citizen opens to reach an officer, holding the masked conversation (SQLite on Node, D1 on Workers). */

export type TicketStatus = 'open' | 'answered' | 'closed';

/** Where the citizen asked, and so where the officer's answer goes back. */
export type HandoffChannel = 'widget' | 'zalo';

export interface TranscriptTurn {
  role: 'user' | 'assistant';
  /** Already masked of personal data. */
  text: string;
  at: string;
}

export interface HandoffTicket {
  /** Short code the citizen can quote on the phone or at the counter (e.g. `NV-7K3F9Q`). */
  code: string;
  sessionId: string;
  channel: HandoffChannel;
  status: TicketStatus;
  /** The procedure the conversation was about, for analytics; absent when none was recognised. */
  topic?: string;
  transcript: TranscriptTurn[];
  /** The citizen's own words when asking for an officer, masked. */
  note?: string;
  /** Zalo only: the recipient, encrypted (never the clear user id), cleared when the ticket closes. */
  replyTo?: string;
  answer?: string;
  answeredBy?: string;
  createdAt: string;
  answeredAt?: string;
  closedAt?: string;
}

export interface HandoffStore {
  /** Inserts the ticket; false when its code is already taken (the caller draws another). */
  createTicket(ticket: HandoffTicket): Promise<boolean>;
  getTicket(code: string): Promise<HandoffTicket | undefined>;
  /** Newest first. */
  listTickets(options?: { status?: TicketStatus; limit?: number }): Promise<HandoffTicket[]>;
  /** The ticket of this conversation that is not closed yet, so asking twice does not open two. */
  pendingTicketFor(sessionId: string): Promise<HandoffTicket | undefined>;
  /** Records (or replaces) the officer's answer of a ticket that is not closed; false otherwise. */
  answerTicket(code: string, answer: string, answeredBy: string, at: string): Promise<boolean>;
  /** Closes the ticket and forgets its recipient; false when it was unknown or already closed. */
  closeTicket(code: string, at: string): Promise<boolean>;
  /** Hand-offs opened since `since`, counted by topic and channel. */
  countByTopic(since: string): Promise<Array<{ topic: string; channel: HandoffChannel; count: number }>>;
  /** Deletes tickets opened before the retention cut-off; returns rows removed. */
  purgeBefore(cutoff: string): Promise<number>;
}
