/** Public shapes of the chat engine: request, result, dependencies and the events it reports for logs and metrics. */
import type { Scope } from '../core/types';
import type { FaqEntry } from '../knowledge/faq-schema';
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { RoutingEntry } from '../knowledge/routing-schema';
import type { ChatModel } from '../ports/chat-model';
import type { Citation, ProcedureCard } from '../protocol/chat-events';
import type { RetrieverPort } from '../ports/retriever';
import type { GuardIntervention } from './citation-guard';
import type { ConversationFocus } from './conversation-focus';
import type { PersonalDataKind } from './pii';
import type { OfficialChannel, RefusalReason } from './refusal';

export type { ConversationFocus } from './conversation-focus';
export type { RefusalReason, OfficialChannel } from './refusal';

export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface ChatRequest {
  message: string;
  scopes: Scope[];
  focus?: ConversationFocus;
  history?: ChatTurn[];
  /** Hard filters chosen by a signed-in user. */
  province?: string;
  docIds?: string[];
}

export interface AnswerOptions {
  signal?: AbortSignal;
  /** Guarded text as it is produced (generative engine). The final `answer` is authoritative. */
  onDelta?: (text: string) => void;
}

export interface ChatResult {
  answer: string;
  citations: Citation[];
  refused: boolean;
  refusalReason?: RefusalReason;
  procedure?: ProcedureCard;
  focus: ConversationFocus;
  engine: 'extractive' | 'generative';
  /** Why the generative engine was abandoned for the extractive answer (e.g. `llm_timeout`). */
  fallback?: string;
  guardInterventions: number;
  /** Retrieval coverage of the question, 0–1. */
  confidence: number;
  piiDetected: boolean;
  topProcedureId?: string;
}

export type EngineEvent =
  | { type: 'guard-intervention'; engine: 'extractive' | 'generative'; intervention: GuardIntervention }
  | { type: 'llm-fallback'; reason: string; message: string; provider: string; modelId: string }
  | { type: 'pii-masked'; kinds: PersonalDataKind[]; count: number }
  | { type: 'injection-blocked'; where: 'question' | 'passage'; chunkId?: string }
  | { type: 'refusal'; reason: RefusalReason; confidence: number };

export interface ChatEngineDeps {
  retriever: RetrieverPort;
  catalog?: ProcedureCatalog;
  /** FAQ and routing records: their composers answer from the record, not from rendered chunk text. */
  faq?: readonly FaqEntry[];
  routing?: readonly RoutingEntry[];
  channels: OfficialChannel[];
  chatModel?: ChatModel;
  llmTimeoutMs?: number;
  /** Retrieval coverage below which the engine refuses; see retrieval-confidence.ts. */
  confidenceThreshold?: number;
  onEvent?: (event: EngineEvent) => void;
}

export interface ChatEngine {
  answer(request: ChatRequest, options?: AnswerOptions): Promise<ChatResult>;
}
