/** An engine over synthetic procedure records (and routing entries), built the way ingest builds the knowledge chunks. */
import { createChatEngine } from '../../src/chat/chat-engine';
import type { ChatResult } from '../../src/chat/chat-types';
import { withChunkIds } from '../../src/ingest/chunk-id';
import { knowledgeToChunkDrafts } from '../../src/knowledge/knowledge-chunks';
import type { ProcedureRecord } from '../../src/knowledge/procedure-schema';
import { routingEntrySchema, type RoutingEntry } from '../../src/knowledge/routing-schema';
import { Retriever } from '../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';
import { CHANNELS } from './chat-fixture';
import { fixtureCatalog } from './procedure-records';

export function procedureEngine(records: ProcedureRecord[], routing: RoutingEntry[] = []): (message: string) => Promise<ChatResult> {
  const chunks = withChunkIds(knowledgeToChunkDrafts({ procedures: records, faq: [], routing }));
  const engine = createChatEngine({ retriever: new Retriever({ chunks, thesaurus: EMPTY_THESAURUS }), catalog: fixtureCatalog(records), routing, channels: CHANNELS });
  return (message) => engine.answer({ message, scopes: ['public'] });
}

/** A referral entry: the topic's keywords send the citizen to another body. */
export function referralEntry(id: string, keywords: string[], currentBody: string): RoutingEntry {
  return routingEntrySchema.parse({
    id,
    topic: keywords.join(', '),
    keywords,
    formerBody: 'Sở Nội vụ',
    currentBody,
    effectiveFrom: 'unknown',
    answer: `Việc này do ${currentBody} giải quyết; Quý vị vui lòng liên hệ ${currentBody}.`,
    referral: true,
    answerSources: ['nguon-chuyen'],
    sources: [{ id: 'nguon-chuyen', title: 'Văn bản thử nghiệm', url: 'https://dichvucong.gov.vn/chuyen', kind: 'portal' }],
    verifiedAt: '2026-11-20',
  });
}
