/** `npm run user:add -- --role staff|admin --name "…"`: creates an API token and prints it once. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readNodeSettings } from '../src/adapter/node/config';
import { openSqliteStore } from '../src/adapter/node/sqlite-store';
import { createUserToken, newUserSchema } from '../src/services/user-tokens';

const { values } = parseArgs({ options: { role: { type: 'string' }, name: { type: 'string' } }, strict: true });
const parsed = newUserSchema.safeParse(values);
if (!parsed.success) {
  console.error('Usage: npm run user:add -- --role staff|admin --name "Họ tên / bộ phận"');
  process.exit(2);
}
const settings = readNodeSettings();
const store = openSqliteStore(path.join(settings.dataDir, 'assistant.db'));
try {
  const created = await createUserToken(store, parsed.data);
  console.error(`Created ${created.record.role} token ${created.record.id} for "${created.record.name}". It is shown only once; store it safely:`);
  console.log(created.token);
} finally {
  await store.close();
}
