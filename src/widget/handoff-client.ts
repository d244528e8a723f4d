/** Talks to POST /api/handoff (open a ticket for this conversation) and GET /api/handoff/:code (has an officer answered?). */

export interface HandoffTicketView {
  code: string;
  status: 'open' | 'answered' | 'closed';
  answer?: string;
  /** The server's Vietnamese confirmation, shown as is (text only). */
  message?: string;
}

async function readTicket(response: Response): Promise<HandoffTicketView | string> {
  const body = (await response.json().catch(() => ({}))) as Partial<HandoffTicketView> & { error?: { message?: string } };
  if (!response.ok || typeof body.code !== 'string') return typeof body.error?.message === 'string' ? body.error.message : '';
  return body as HandoffTicketView;
}

/** The ticket, or the server's message (empty when the network failed) explaining why none was opened. */
export async function openHandoffTicket(apiOrigin: string, sessionId: string): Promise<HandoffTicketView | string> {
  try {
    return await readTicket(await fetch(`${apiOrigin}/api/handoff`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId }) }));
  } catch {
    return '';
  }
}

export async function pollHandoffTicket(apiOrigin: string, code: string, sessionId: string): Promise<HandoffTicketView | undefined> {
  try {
    const ticket = await readTicket(await fetch(`${apiOrigin}/api/handoff/${encodeURIComponent(code)}?sessionId=${encodeURIComponent(sessionId)}`));
    return typeof ticket === 'string' ? undefined : ticket;
  } catch {
    return undefined;
  }
}
