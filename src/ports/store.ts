/** Store port: sessions, messages, feedback, API tokens and the audit log (SQLite on Node, D1 on Workers). */

export type Role = 'staff' | 'admin';

export type Audience = 'public' | 'staff';

/** What a conversation is bound to: a session id presented under another scope or owner starts afresh. */
export interface SessionBinding {
  scope: string;
  /** `public` for anonymous callers, else the token id. */
  owner: string;
}

export interface SessionRecord extends Partial<SessionBinding> {
  id: string;
  createdAt: string;
  focus?: ConversationFocusRecord;
}

export interface ConversationFocusRecord {
  procedureId?: string;
  province?: string;
  topic?: string;
  docId?: string;
  /** What the last question asked for (facts, procedure aspects, a section as a whole), for a bare follow-up. */
  wants?: string[];
  aspects?: string[];
  overview?: string[];
  question?: string;
  passageId?: string;
}

export interface StoredMessage {
  sessionId: string;
  messageId: string;
  role: 'user' | 'assistant';
  /** Already masked of personal data by the caller. */
  text: string;
  createdAt: string;
  refused?: boolean;
  refusalReason?: string;
  confidence?: number;
  engine?: string;
  fallback?: string;
  guardInterventions?: number;
  procedureId?: string;
  scope?: string;
  /** Who asked: the public widget and API, or staff with a token (analytics split on it). */
  audience?: Audience;
}

export interface FeedbackRecord {
  sessionId: string;
  messageId?: string;
  rating: 'up' | 'down';
  reason?: string;
  createdAt: string;
}

export interface TokenRecord {
  id: string;
  name: string;
  role: Role;
  hash: string;
  createdAt: string;
  /** Tokens without one never expire. */
  expiresAt?: string;
  revokedAt?: string;
}

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  detail: string;
}

export interface Store {
  /** Creates the session once; a second call with the same id changes nothing (not even its binding). */
  createSession(sessionId: string, createdAt: string, binding?: SessionBinding): Promise<void>;
  getSession(sessionId: string): Promise<SessionRecord | undefined>;
  sessionExists(sessionId: string): Promise<boolean>;
  getFocus(sessionId: string): Promise<ConversationFocusRecord | undefined>;
  saveFocus(sessionId: string, focus: ConversationFocusRecord): Promise<void>;
  appendMessage(message: StoredMessage): Promise<void>;
  recentMessages(sessionId: string, limit: number): Promise<StoredMessage[]>;
  listMessages(options?: { since?: string; role?: 'user' | 'assistant' }): Promise<StoredMessage[]>;
  recordFeedback(feedback: FeedbackRecord): Promise<void>;
  listFeedback(options?: { since?: string }): Promise<FeedbackRecord[]>;
  createToken(token: TokenRecord): Promise<void>;
  findTokenByHash(hash: string): Promise<TokenRecord | undefined>;
  listTokens(): Promise<TokenRecord[]>;
  revokeToken(id: string, at: string): Promise<boolean>;
  audit(record: AuditRecord): Promise<void>;
  listAudit(limit: number): Promise<AuditRecord[]>;
  /** Deletes conversations and feedback older than the retention cut-off; returns rows removed. */
  purgeBefore(cutoff: string): Promise<number>;
  close(): Promise<void>;
}

/** A write the store could not make (disk full, database busy): callers answer 503, nothing half-written. */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
