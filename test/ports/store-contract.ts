/** Behaviour every Store adapter shares (sessions, messages, feedback, tokens, audit, retention); SQLite on Node, D1 in workerd. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store, StoredMessage } from '../../src/ports/store';

/** `create` must return an empty store each time. */
export function runStoreContract(name: string, create: () => Store | Promise<Store>, isUnavailable: (error: unknown) => boolean = () => false): void {
  describe(`${name} (Store contract)`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await create();
    });

    const message = (overrides: Partial<StoredMessage> & { messageId: string; createdAt: string }): StoredMessage => ({
      sessionId: 's1',
      role: 'user',
      text: `tin nhắn ${overrides.messageId}`,
      ...overrides,
    });

    describe('sessions and focus', () => {
      it('creates sessions idempotently and knows which exist', async () => {
        expect(await store.sessionExists('s1')).toBe(false);
        await store.createSession('s1', '2026-03-01T08:00:00.000Z');
        await store.createSession('s1', '2026-03-02T08:00:00.000Z');
        expect(await store.sessionExists('s1')).toBe(true);
        expect(await store.sessionExists('s2')).toBe(false);
      });

      it.each([
        [{ procedureId: 'thanh-lap-hoi', province: 'Lào Cai', topic: 'hội', docId: 'lao-cai-kh-350' }],
        [{ province: 'Khánh Hòa' }],
        [{}],
      ])('round-trips focus %j', async (focus) => {
        await store.createSession('s1', '2026-03-01T08:00:00.000Z');
        expect(await store.getFocus('s1')).toBeUndefined();
        await store.saveFocus('s1', focus);
        expect(await store.getFocus('s1')).toEqual(focus);
      });

      it('replaces the focus and ignores a focus for an unknown session', async () => {
        await store.createSession('s1', '2026-03-01T08:00:00.000Z');
        await store.saveFocus('s1', { province: 'Lào Cai' });
        await store.saveFocus('s1', { procedureId: 'cap-gplđ' });
        expect(await store.getFocus('s1')).toEqual({ procedureId: 'cap-gplđ' });
        await store.saveFocus('ghost', { province: 'Lào Cai' });
        expect(await store.getFocus('ghost')).toBeUndefined();
        expect(await store.sessionExists('ghost')).toBe(false);
      });
    });

    describe('messages', () => {
      it('returns the most recent messages in chronological order', async () => {
        for (const [index, at] of ['08:00', '08:01', '08:02', '08:03'].entries()) {
          await store.appendMessage(message({ messageId: `m${index}`, createdAt: `2026-03-01T${at}:00.000Z`, role: index % 2 ? 'assistant' : 'user' }));
        }
        await store.appendMessage(message({ sessionId: 's2', messageId: 'other', createdAt: '2026-03-01T09:00:00.000Z' }));
        expect((await store.recentMessages('s1', 3)).map((item) => item.messageId)).toEqual(['m1', 'm2', 'm3']);
        expect((await store.recentMessages('s1', 10)).map((item) => item.messageId)).toEqual(['m0', 'm1', 'm2', 'm3']);
        expect(await store.recentMessages('nobody', 5)).toEqual([]);
      });

      it('orders messages with the same timestamp by insertion', async () => {
        const at = '2026-03-01T08:00:00.000Z';
        for (const id of ['q', 'a', 'q2']) await store.appendMessage(message({ messageId: id, createdAt: at }));
        expect((await store.recentMessages('s1', 2)).map((item) => item.messageId)).toEqual(['a', 'q2']);
      });

      it('round-trips every optional field, keeping false apart from absent', async () => {
        const full = message({
          messageId: 'full',
          createdAt: '2026-03-01T08:00:00.000Z',
          role: 'assistant',
          text: 'Theo Kế hoạch… [1]',
          refused: false,
          refusalReason: 'none',
          confidence: 0.82,
          engine: 'extractive',
          fallback: 'llm_timeout',
          guardInterventions: 2,
          procedureId: 'thanh-lap-hoi',
          scope: 'public',
        });
        const bare = message({ messageId: 'bare', createdAt: '2026-03-01T08:01:00.000Z' });
        const refused = message({ messageId: 'refused', createdAt: '2026-03-01T08:02:00.000Z', role: 'assistant', refused: true });
        for (const item of [full, bare, refused]) await store.appendMessage(item);
        const stored = await store.recentMessages('s1', 10);
        expect(stored[0]).toEqual(full);
        expect(stored[1]).toEqual(bare);
        expect(stored[1]!.refused).toBeUndefined();
        expect(stored[2]!.refused).toBe(true);
      });

      it('replaces a message written twice with the same id', async () => {
        await store.appendMessage(message({ messageId: 'm', createdAt: '2026-03-01T08:00:00.000Z', text: 'nháp' }));
        await store.appendMessage(message({ messageId: 'm', createdAt: '2026-03-01T08:00:00.000Z', text: 'bản cuối' }));
        expect((await store.recentMessages('s1', 5)).map((item) => item.text)).toEqual(['bản cuối']);
      });

      it('lists messages since a time and by role', async () => {
        await store.appendMessage(message({ messageId: 'old', createdAt: '2026-02-01T00:00:00.000Z' }));
        await store.appendMessage(message({ messageId: 'new-user', createdAt: '2026-03-01T00:00:00.000Z' }));
        await store.appendMessage(message({ sessionId: 's2', messageId: 'new-bot', createdAt: '2026-03-02T00:00:00.000Z', role: 'assistant' }));
        const ids = (items: StoredMessage[]) => items.map((item) => item.messageId);
        expect(ids(await store.listMessages())).toEqual(['old', 'new-user', 'new-bot']);
        expect(ids(await store.listMessages({ since: '2026-03-01T00:00:00.000Z' }))).toEqual(['new-user', 'new-bot']);
        expect(ids(await store.listMessages({ role: 'assistant' }))).toEqual(['new-bot']);
        expect(ids(await store.listMessages({ since: '2026-02-15', role: 'user' }))).toEqual(['new-user']);
      });
    });

    describe('feedback, tokens and audit', () => {
      it('records feedback and lists it since a time', async () => {
        await store.recordFeedback({ sessionId: 's1', messageId: 'm1', rating: 'down', reason: 'sai số liệu', createdAt: '2026-03-02T00:00:00.000Z' });
        await store.recordFeedback({ sessionId: 's1', rating: 'up', createdAt: '2026-03-01T00:00:00.000Z' });
        expect(await store.listFeedback()).toEqual([
          { sessionId: 's1', messageId: undefined, rating: 'up', reason: undefined, createdAt: '2026-03-01T00:00:00.000Z' },
          { sessionId: 's1', messageId: 'm1', rating: 'down', reason: 'sai số liệu', createdAt: '2026-03-02T00:00:00.000Z' },
        ]);
        expect(await store.listFeedback({ since: '2026-03-01T12:00:00.000Z' })).toHaveLength(1);
      });

      it('creates tokens, finds them by hash, and revokes each once', async () => {
        const token = { id: 't1', name: 'Cán bộ một cửa', role: 'staff' as const, hash: 'a'.repeat(64), createdAt: '2026-03-01T00:00:00.000Z' };
        await store.createToken(token);
        await store.createToken({ ...token, id: 't2', name: 'Quản trị', role: 'admin', hash: 'b'.repeat(64), createdAt: '2026-03-02T00:00:00.000Z' });
        expect(await store.findTokenByHash('a'.repeat(64))).toEqual({ ...token, revokedAt: undefined });
        expect(await store.findTokenByHash('c'.repeat(64))).toBeUndefined();
        expect((await store.listTokens()).map((item) => item.id)).toEqual(['t1', 't2']);
        expect(await store.revokeToken('t1', '2026-03-03T00:00:00.000Z')).toBe(true);
        expect(await store.revokeToken('t1', '2026-03-04T00:00:00.000Z')).toBe(false);
        expect(await store.revokeToken('missing', '2026-03-04T00:00:00.000Z')).toBe(false);
        expect((await store.findTokenByHash('a'.repeat(64)))?.revokedAt).toBe('2026-03-03T00:00:00.000Z');
      });

      it('lists the audit log newest first, up to a limit', async () => {
        for (const [index, at] of ['2026-03-01', '2026-03-03', '2026-03-02'].entries()) {
          await store.audit({ at, actor: 'admin', action: `action-${index}`, detail: '{}' });
        }
        expect((await store.listAudit(2)).map((record) => record.at)).toEqual(['2026-03-03', '2026-03-02']);
        expect(await store.listAudit(10)).toHaveLength(3);
      });
    });

    describe('purgeBefore', () => {
      it('removes old messages, feedback and emptied old sessions, keeping the rest', async () => {
        await store.createSession('old', '2026-01-01T00:00:00.000Z');
        await store.createSession('mixed', '2026-01-01T00:00:00.000Z');
        await store.createSession('new', '2026-03-01T00:00:00.000Z');
        await store.appendMessage(message({ sessionId: 'old', messageId: 'o1', createdAt: '2026-01-01T00:00:00.000Z' }));
        await store.appendMessage(message({ sessionId: 'mixed', messageId: 'x1', createdAt: '2026-01-01T00:00:00.000Z' }));
        await store.appendMessage(message({ sessionId: 'mixed', messageId: 'x2', createdAt: '2026-03-01T00:00:00.000Z' }));
        await store.appendMessage(message({ sessionId: 'new', messageId: 'n1', createdAt: '2026-03-01T00:00:00.000Z' }));
        await store.recordFeedback({ sessionId: 'old', rating: 'up', createdAt: '2026-01-01T00:00:00.000Z' });
        await store.recordFeedback({ sessionId: 'new', rating: 'down', createdAt: '2026-03-01T00:00:00.000Z' });
        await store.audit({ at: '2026-01-01T00:00:00.000Z', actor: 'admin', action: 'token.create', detail: '{}' });

        // 2 messages + 1 feedback + 1 session
        expect(await store.purgeBefore('2026-02-01T00:00:00.000Z')).toBe(4);
        expect(await store.sessionExists('old')).toBe(false);
        expect(await store.sessionExists('mixed')).toBe(true);
        expect(await store.sessionExists('new')).toBe(true);
        expect((await store.listMessages()).map((item) => item.messageId)).toEqual(['x2', 'n1']);
        expect((await store.listFeedback()).map((item) => item.sessionId)).toEqual(['new']);
        expect(await store.listAudit(10)).toHaveLength(1);
        expect(await store.purgeBefore('2026-02-01T00:00:00.000Z')).toBe(0);
      });
    });

    describe('bindings, expiry and audience', () => {
      it('keeps the scope and owner a session was opened with, and never rebinds it', async () => {
        await store.createSession('bound', '2026-03-01T08:00:00.000Z', { scope: 'internal', owner: 'tok_staff' });
        await store.createSession('bound', '2026-03-02T08:00:00.000Z', { scope: 'public', owner: 'public' });
        expect(await store.getSession('bound')).toEqual({ id: 'bound', createdAt: '2026-03-01T08:00:00.000Z', scope: 'internal', owner: 'tok_staff', focus: undefined });
        await store.saveFocus('bound', { province: 'Lào Cai' });
        expect((await store.getSession('bound'))?.focus).toEqual({ province: 'Lào Cai' });
        await store.createSession('unbound', '2026-03-01T08:00:00.000Z');
        expect(await store.getSession('unbound')).toMatchObject({ scope: undefined, owner: undefined });
        expect(await store.getSession('missing')).toBeUndefined();
      });

      it('stores a token expiry and the audience of a message', async () => {
        await store.createToken({ id: 'te', name: 'Thời hạn', role: 'staff', hash: 'e'.repeat(64), createdAt: '2026-03-01T00:00:00.000Z', expiresAt: '2026-03-31T00:00:00.000Z' });
        expect((await store.findTokenByHash('e'.repeat(64)))?.expiresAt).toBe('2026-03-31T00:00:00.000Z');
        await store.appendMessage(message({ messageId: 'staff-q', createdAt: '2026-03-01T08:00:00.000Z', audience: 'staff', scope: 'internal' }));
        expect((await store.recentMessages('s1', 1))[0]).toMatchObject({ audience: 'staff', scope: 'internal' });
      });

      it('reports a duplicate token as an error that is not an availability problem', async () => {
        const token = { id: 'd1', name: 'x', role: 'staff' as const, hash: 'dup', createdAt: '2026-03-01T00:00:00.000Z' };
        await store.createToken(token);
        const error = await store.createToken({ ...token, id: 'd2' }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(Error);
        expect(isUnavailable(error)).toBe(false);
      });
    });
  });
}
