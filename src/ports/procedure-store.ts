/** ProcedureStore port: where the procedure records an import reads and writes live (knowledge/ on Node). */
import type { HandLink } from '../knowledge/import-procedure-pages';
import type { CatalogueRow } from '../knowledge/national-catalogue';
import type { ProcedureRecord } from '../knowledge/procedure-schema';

export interface ProcedureStore {
  /** Every valid record now in the knowledge base; invalid files are reported, never overwritten. */
  list(): Promise<{ records: ProcedureRecord[]; invalid: Array<{ path: string; message: string }> }>;
  /** Hand records linked to catalogue codes (knowledge/national-links.json). */
  links(): Promise<HandLink[]>;
  /** The national catalogue kept with the knowledge base, for official links. */
  catalogue(): Promise<CatalogueRow[]>;
  /** Writes created and updated records and removes superseded ones, all or nothing as far as the runtime allows. */
  write(records: readonly ProcedureRecord[], removed: readonly string[]): Promise<void>;
}
