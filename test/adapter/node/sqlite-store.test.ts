/** SQLite Store adapter: the shared Store contract, migrations, durability and unavailable writes. */

import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/adapter/node/sqlite-store';
import { StoreUnavailableError, type Store } from '../../../src/ports/store';
import { runStoreContract } from '../../ports/store-contract';

let directory: string;
let file: string;
let store: Store;
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'sqlite-store-'));
  file = path.join(directory, 'nested', 'assistant.db');
  store = openSqliteStore(file);
});
afterEach(async () => {
  await store.close().catch(() => undefined);
  chmodSync(directory, 0o755);
  rmSync(directory, { recursive: true, force: true });
});

runStoreContract('SQLite store', () => openSqliteStore(':memory:'), (error) => error instanceof StoreUnavailableError);

describe('durability and failures', () => {
  it('keeps data across close and reopen', async () => {
    await store.createSession('s1', '2026-03-01T00:00:00.000Z');
    await store.appendMessage({ sessionId: 's1', messageId: 'm', role: 'user', text: 'tin nhắn', createdAt: '2026-03-01T00:00:00.000Z' });
    await store.close();
    store = openSqliteStore(file);
    expect(await store.sessionExists('s1')).toBe(true);
    expect(await store.recentMessages('s1', 1)).toHaveLength(1);
  });

  it('works in memory', async () => {
    const memory = openSqliteStore(':memory:');
    await memory.createSession('s', '2026-03-01T00:00:00.000Z');
    expect(await memory.sessionExists('s')).toBe(true);
    await memory.close();
  });

  it('turns a write blocked by another writer into StoreUnavailableError and writes nothing', async () => {
    await store.close();
    store = openSqliteStore(file, { busyTimeoutMs: 50 });
    const other = new Database(file);
    try {
      other.exec('BEGIN EXCLUSIVE');
      const error = await store.createSession('blocked', '2026-03-01T00:00:00.000Z').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).code).toBe('store_unavailable');
      expect((error as StoreUnavailableError).message).toContain('SQLITE_BUSY');
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.sessionExists('blocked')).toBe(false);
    await store.createSession('after', '2026-03-01T00:00:00.000Z');
    expect(await store.sessionExists('after')).toBe(true);
  });

  // chmod cannot stop root from writing, so this case only runs as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('turns a write to a read-only database file into StoreUnavailableError', async () => {
    await store.createSession('s1', '2026-03-01T00:00:00.000Z');
    await store.close();
    chmodSync(file, 0o444);
    store = openSqliteStore(file);
    expect(await store.sessionExists('s1')).toBe(true);
    const error = await store.createSession('s2', '2026-03-01T00:00:00.000Z').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain('SQLITE_READONLY');
  });
});

describe('migrations', () => {
  it('brings a database made by the first schema up to date, keeping its rows, and applies each file once', async () => {
    await store.close();
    const legacyFile = path.join(directory, 'legacy.db');
    const legacy = new Database(legacyFile);
    legacy.exec(readFileSync(new URL('../../../migrations/0001_init.sql', import.meta.url), 'utf8'));
    legacy.prepare('INSERT INTO tokens VALUES (?, ?, ?, ?, ?, NULL)').run('old', 'Cán bộ cũ', 'staff', 'f'.repeat(64), '2026-01-01T00:00:00.000Z');
    legacy.close();
    store = openSqliteStore(legacyFile);
    expect(await store.findTokenByHash('f'.repeat(64))).toMatchObject({ id: 'old', expiresAt: undefined });
    await store.createSession('new', '2026-03-01T00:00:00.000Z', { scope: 'public', owner: 'public' });
    await store.close();
    store = openSqliteStore(legacyFile);
    expect(await store.getSession('new')).toMatchObject({ scope: 'public', owner: 'public' });
    const check = new Database(legacyFile, { readonly: true });
    const applied = (check.prepare('SELECT name FROM schema_migrations ORDER BY name').all() as { name: string }[]).map((row) => row.name);
    check.close();
    expect(applied).toEqual(readdirSync(new URL('../../../migrations/', import.meta.url)).filter((name) => name.endsWith('.sql')).sort());
  });
});
