/** The hand-off, channel-event and personal-data stores over one SqlDatabase, as the app's optional dependencies. */
import type { ChannelEventLog } from '../ports/channel-event-log';
import type { HandoffStore } from '../ports/handoff-store';
import type { PersonalDataStore } from '../ports/personal-data-store';
import type { SqlDatabase } from '../ports/sql-database';
import { createSqlChannelEventLog, createSqlHandoffStore } from './sql-handoff-store';
import { createSqlPersonalDataStore } from './sql-personal-data-store';

export interface CitizenStores {
  handoffs: HandoffStore;
  channelEvents: ChannelEventLog;
  personalData: PersonalDataStore;
}

export function citizenStoresOn(database: SqlDatabase): CitizenStores {
  return { handoffs: createSqlHandoffStore(database), channelEvents: createSqlChannelEventLog(database), personalData: createSqlPersonalDataStore(database) };
}
