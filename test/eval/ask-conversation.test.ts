/** The eval runner asks multi-turn questions as the chat route does: earlier turns first, focus and history carried. */
import { describe, expect, it } from 'vitest';
import type { ChatEngine, ChatRequest, ChatResult } from '../../src/chat/chat-types';
import { askInConversation, scopesForEval } from '../../src/eval/ask-conversation';
import { HISTORY_MESSAGES } from '../../src/http/routes/chat-routes';

function recordingEngine(): { engine: ChatEngine; requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  const engine: ChatEngine = {
    async answer(request) {
      requests.push(structuredClone(request));
      const turn = requests.length;
      const result: ChatResult = {
        answer: `trả lời ${turn}`,
        citations: [],
        refused: false,
        focus: { topic: `chủ đề ${turn}`, province: turn === 1 ? 'Lào Cai' : undefined },
        engine: 'extractive',
        guardInterventions: 0,
        confidence: 1,
        piiDetected: false,
      };
      return result;
    },
  };
  return { engine, requests };
}

describe('askInConversation', () => {
  it('asks every turn in order and returns the last answer', async () => {
    const { engine, requests } = recordingEngine();
    const result = await askInConversation(engine, ['câu một', 'câu hai', 'câu ba'], 'public');
    expect(requests.map((request) => request.message)).toEqual(['câu một', 'câu hai', 'câu ba']);
    expect(result.answer).toBe('trả lời 3');
  });

  it('passes the previous focus (as stored: JSON, undefined fields dropped) and the earlier messages', async () => {
    const { engine, requests } = recordingEngine();
    await askInConversation(engine, ['câu một', 'câu hai'], 'public');
    expect(requests[0]!.focus).toBeUndefined();
    expect(requests[0]!.history).toEqual([]);
    expect(requests[1]!.focus).toEqual({ topic: 'chủ đề 1', province: 'Lào Cai' });
    expect(requests[1]!.history).toEqual([
      { role: 'user', text: 'câu một' },
      { role: 'assistant', text: 'trả lời 1' },
    ]);
  });

  it('keeps only as many recent messages as the route reads, and masks personal data as the store does', async () => {
    const { engine, requests } = recordingEngine();
    const turns = ['số điện thoại của tôi là 0912345678', 'b', 'c', 'd', 'e'];
    await askInConversation(engine, turns, 'public');
    const last = requests.at(-1)!;
    expect(last.history).toHaveLength(HISTORY_MESSAGES);
    expect(last.history!.at(-1)).toEqual({ role: 'assistant', text: 'trả lời 4' });
    expect(JSON.stringify(requests[1]!.history)).not.toContain('0912345678');
  });

  it('asks internal questions with the scopes a signed-in staff user gets, public ones with public only', async () => {
    const { engine, requests } = recordingEngine();
    await askInConversation(engine, ['a'], 'internal');
    await askInConversation(engine, ['b'], 'public');
    expect(requests[0]!.scopes).toEqual(['public', 'internal']);
    expect(requests[1]!.scopes).toEqual(['public']);
    expect(scopesForEval('internal')).toEqual(['public', 'internal']);
  });
});
