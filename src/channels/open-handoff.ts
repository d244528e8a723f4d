/** Opens a hand-off ticket for a conversation (widget or Zalo): a short code, the masked transcript, the topic it was about. */
import { maskPersonalData } from '../chat/pii';
import type { HandoffChannel, HandoffStore, HandoffTicket } from '../ports/handoff-store';
import type { Store } from '../ports/store';

// No 0/O, 1/I/L: a code read out on the phone or typed from a screenshot must survive it.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const TRANSCRIPT_TURNS = 20;

export function newTicketCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `NV-${[...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('')}`;
}

export interface OpenHandoffRequest {
  sessionId: string;
  channel: HandoffChannel;
  note?: string;
  replyTo?: string;
  at: Date;
}

/** The open ticket of this conversation if there is one (asking twice opens one ticket), else a new one. */
export async function openHandoff(stores: { store: Store; handoffs: HandoffStore }, request: OpenHandoffRequest): Promise<HandoffTicket> {
  const pending = await stores.handoffs.pendingTicketFor(request.sessionId);
  if (pending?.status === 'open') return pending;
  const [turns, session] = await Promise.all([stores.store.recentMessages(request.sessionId, TRANSCRIPT_TURNS), stores.store.getSession(request.sessionId)]);
  const topic = session?.focus?.procedureId ?? [...turns].reverse().find((turn) => turn.procedureId)?.procedureId;
  const base = {
    sessionId: request.sessionId,
    channel: request.channel,
    status: 'open' as const,
    topic,
    // Stored turns are masked already; the note is the citizen's fresh text.
    transcript: turns.filter((turn) => turn.scope !== 'internal').map((turn) => ({ role: turn.role, text: turn.text, at: turn.createdAt })),
    note: request.note ? maskPersonalData(request.note).text : undefined,
    replyTo: request.replyTo,
    createdAt: request.at.toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const ticket: HandoffTicket = { ...base, code: newTicketCode() };
    if (await stores.handoffs.createTicket(ticket)) return ticket;
  }
  throw new Error('no free ticket code after 5 draws');
}

export function handoffConfirmation(code: string): string {
  return `Yêu cầu gặp cán bộ của Quý vị đã được chuyển tới bộ phận tiếp nhận. Mã phiếu: ${code}. Cán bộ sẽ trả lời Quý vị tại đây; Quý vị có thể dùng mã này khi liên hệ trực tiếp.`;
}
