/** Holds the live index (retriever + engine) and swaps it in one assignment, so requests never see half a swap. */
import type { ChatEngine } from '../chat/chat-types';
import type { IndexManifest } from '../ingest/index-manifest';
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { Retriever } from '../search/retriever';

export interface LiveIndex {
  retriever: Retriever;
  engine: ChatEngine;
  catalog?: ProcedureCatalog;
  manifest: IndexManifest;
  directory: string;
  loadedAt: string;
}

export class IndexHolder {
  private live?: LiveIndex;
  private reason = 'chưa nạp chỉ mục';

  get(): LiveIndex | undefined {
    return this.live;
  }

  /** Why there is no index (shown by /readyz); empty once an index is live. */
  get unavailableReason(): string {
    return this.live ? '' : this.reason;
  }

  set(next: LiveIndex): void {
    this.live = next;
  }

  markUnavailable(reason: string): void {
    if (!this.live) this.reason = reason;
  }
}
