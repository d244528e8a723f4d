/** Personal data port: everything held about one conversation, to export or erase on the data subject's request. */
import type { HandoffTicket } from './handoff-store';
import type { FeedbackRecord, SessionRecord, StoredMessage } from './store';

export interface PersonalDataExport {
  sessions: SessionRecord[];
  messages: StoredMessage[];
  feedback: FeedbackRecord[];
  tickets: HandoffTicket[];
}

export interface ErasedCounts {
  sessions: number;
  messages: number;
  feedback: number;
  tickets: number;
}

export interface PersonalDataStore {
  exportSession(sessionId: string): Promise<PersonalDataExport>;
  /** Deletes the conversation, its messages, feedback and tickets in one transaction. */
  eraseSession(sessionId: string): Promise<ErasedCounts>;
}
