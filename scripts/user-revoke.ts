/** `node --import tsx scripts/user-revoke.ts --id tok_…` revokes a token; with `--list` prints the tokens (never their secrets). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readNodeSettings } from '../src/adapter/node/config';
import { openSqliteStore } from '../src/adapter/node/sqlite-store';
import { revokeUserToken, tokenState } from '../src/services/user-tokens';

const { values } = parseArgs({ options: { id: { type: 'string' }, list: { type: 'boolean' } }, strict: true });
if (!values.list && !/^tok_[0-9a-f]{12}$/.test(values.id ?? '')) {
  console.error('Usage: node --import tsx scripts/user-revoke.ts --id tok_xxxxxxxxxxxx   (or --list)');
  process.exit(2);
}
const settings = readNodeSettings();
const store = openSqliteStore(path.join(settings.dataDir, 'assistant.db'));
try {
  if (values.list) {
    for (const token of await store.listTokens()) console.log(`${token.id}\t${token.role}\t${tokenState(token)}\t${token.name}`);
  } else if (await revokeUserToken(store, { id: values.id! })) {
    console.log(`Token ${values.id} revoked.`);
  } else {
    console.error(`No active token ${values.id}.`);
    process.exitCode = 1;
  }
} finally {
  await store.close();
}
