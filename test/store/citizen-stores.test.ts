/** The hand-off, channel-event and personal-data stores on SQLite (the D1 run is in test/workers/d1-store.test.ts). */
import { openSqliteDatabase } from '../../src/adapter/node/sqlite-database';
import { sqliteStoreOn } from '../../src/adapter/node/sqlite-store';
import { citizenStoresOn } from '../../src/store/citizen-stores';
import { runCitizenStoreContract } from '../ports/citizen-store-contract';

runCitizenStoreContract('SQLite', async () => {
  const database = openSqliteDatabase(':memory:');
  return { store: sqliteStoreOn(database), ...citizenStoresOn(database) };
});
