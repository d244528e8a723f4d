/** `npm run user:add -- --role staff|admin --name "…" [--expires-in 30d]`: creates an API token and prints it once. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readNodeSettings } from '../src/adapter/node/config';
import { openSqliteStore } from '../src/adapter/node/sqlite-store';
import { createUserToken, newUserSchema } from '../src/services/user-tokens';

const { values } = parseArgs({ options: { role: { type: 'string' }, name: { type: 'string' }, 'expires-in': { type: 'string' } }, strict: true });
const input = { role: values.role, name: values.name, expiresIn: values['expires-in'] };
const parsed = newUserSchema.safeParse(input);
if (!parsed.success) {
  console.error(`${parsed.error.issues.map((issue) => `--${issue.path.join('.').replace('expiresIn', 'expires-in')}: ${issue.message}`).join('; ')}`);
  console.error('Usage: npm run user:add -- --role staff|admin --name "Họ tên / bộ phận" [--expires-in 90m|12h|30d|26w]');
  process.exit(2);
}
const settings = readNodeSettings();
const store = openSqliteStore(path.join(settings.dataDir, 'assistant.db'));
try {
  const created = await createUserToken(store, { role: parsed.data.role, name: parsed.data.name, expiresIn: input.expiresIn });
  const lifetime = created.record.expiresAt ? `, valid until ${created.record.expiresAt}` : '';
  console.error(`Created ${created.record.role} token ${created.record.id} for "${created.record.name}"${lifetime}. It is shown only once; store it safely:`);
  console.log(created.token);
} finally {
  await store.close();
}
