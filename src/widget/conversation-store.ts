/** Keeps the conversation in sessionStorage so it survives navigation between portal pages. */
import type { Citation, ProcedureCard } from '../protocol/chat-events';

export interface StoredMessage {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  citations: Citation[];
  procedure?: ProcedureCard;
  messageId?: string;
  refused?: boolean;
  status: 'streaming' | 'done' | 'failed';
  /** Shown instead of the answer when the request failed (server message or network error). */
  errorText?: string;
  /** The question a failed answer belongs to, for the retry button. */
  question?: string;
  rating?: 'up' | 'down';
  /** A notice (hand-off confirmation, an officer's answer): shown as text, without sources or feedback. */
  notice?: boolean;
}

export interface ConversationState {
  sessionId?: string;
  /** The hand-off ticket of this conversation, polled until an officer answers. */
  handoff?: { code: string; answered?: boolean };
  open: boolean;
  messages: StoredMessage[];
}

const messageLimit = 60;

export function loadConversation(key: string): ConversationState {
  try {
    const raw = sessionStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<ConversationState>) : {};
    const messages = Array.isArray(parsed.messages) ? parsed.messages : [];
    // An answer that was streaming when the visitor navigated away cannot resume: offer a retry.
    for (const message of messages) if (message.status === 'streaming') message.status = 'failed';
    const handoff = typeof parsed.handoff?.code === 'string' ? { code: parsed.handoff.code, answered: parsed.handoff.answered === true } : undefined;
    return { sessionId: typeof parsed.sessionId === 'string' ? parsed.sessionId : undefined, handoff, open: parsed.open === true, messages };
  } catch {
    return { open: false, messages: [] };
  }
}

export function saveConversation(key: string, state: ConversationState): void {
  try {
    sessionStorage.setItem(key, JSON.stringify({ ...state, messages: state.messages.slice(-messageLimit) }));
  } catch {
    // Storage may be full or disabled (private mode, sandboxed frames): the chat still works.
  }
}
