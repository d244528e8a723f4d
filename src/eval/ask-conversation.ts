/**
 * Asks an eval question the way a browser session asks it through POST /api/chat: earlier turns first, in one
 * conversation, each turn seeing the focus the previous answer saved and the last stored messages (masked, as
 * the store keeps them); only the last answer is returned for scoring.
 */
import type { ChatEngine, ChatResult, ChatTurn, ConversationFocus } from '../chat/chat-types';
import { maskPersonalData } from '../chat/pii';
import type { Scope } from '../core/types';
import { scopesFor } from '../http/app-context';
import { HISTORY_MESSAGES } from '../http/routes/chat-routes';

/** The scopes the route grants: internal is asked as a signed-in staff user asks it, public as an anonymous page. */
export function scopesForEval(scope: Scope): Scope[] {
  return scope === 'internal' ? scopesFor({ role: 'staff' }, 'internal') : scopesFor({ role: 'public' }, undefined);
}

export async function askInConversation(engine: ChatEngine, turns: readonly string[], scope: Scope): Promise<ChatResult> {
  if (!turns.length) throw new Error('askInConversation needs at least one turn');
  const scopes = scopesForEval(scope);
  const stored: ChatTurn[] = [];
  let focus: ConversationFocus | undefined;
  let result: ChatResult | undefined;
  for (const message of turns) {
    const history = stored.slice(-HISTORY_MESSAGES);
    result = await engine.answer({ message, scopes, focus, history });
    stored.push({ role: 'user', text: maskPersonalData(message).text }, { role: 'assistant', text: maskPersonalData(result.answer).text });
    // The route stores the focus as JSON and reads it back on the next turn; the round trip is part of the contract.
    const saved = JSON.stringify(result.focus) as string | undefined;
    focus = saved === undefined ? undefined : (JSON.parse(saved) as ConversationFocus);
  }
  return result!;
}
