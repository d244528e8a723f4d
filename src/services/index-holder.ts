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

/** A newer build that did not load; the live one keeps serving and /readyz says why. */
export interface FailedBuild {
  directory: string;
  error: string;
  at: string;
}

export class IndexHolder {
  private live?: LiveIndex;
  private reason = 'chưa nạp chỉ mục';
  private failed?: FailedBuild;

  get(): LiveIndex | undefined {
    return this.live;
  }

  /** Why there is no index (shown by /readyz); empty once an index is live. */
  get unavailableReason(): string {
    return this.live ? '' : this.reason;
  }

  /** The last build that failed to load after the live one was swapped in, if any. */
  get failedBuild(): FailedBuild | undefined {
    return this.failed;
  }

  /** Swaps in a fully loaded index: requests already running keep the one they took, later ones get this. */
  set(next: LiveIndex): void {
    this.live = next;
    this.failed = undefined;
  }

  markUnavailable(reason: string): void {
    if (!this.live) this.reason = reason;
  }

  recordFailedBuild(directory: string, error: string, at: Date = new Date()): void {
    this.failed = { directory, error, at: at.toISOString() };
    this.markUnavailable(error);
  }
}
