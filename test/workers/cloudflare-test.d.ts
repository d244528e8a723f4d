/** The parts of `cloudflare:test` these tests use, typed without @cloudflare/workers-types (whose globals clash with the DOM lib). */
declare module 'cloudflare:test' {
  import type { D1Binding, KvBinding } from '../../src/adapter/workers/bindings';

  export const env: { DB: D1Binding; INDEX: KvBinding; TEST_MIGRATIONS: { name: string; queries: string[] }[] } & Record<string, unknown>;
  export const SELF: { fetch(input: string | Request, init?: RequestInit): Promise<Response> };
  export function applyD1Migrations(db: D1Binding, migrations: { name: string; queries: string[] }[], migrationsTableName?: string): Promise<void>;
}
