/** All retrieval chunks of the validated knowledge base: procedures, FAQ and routing. */
import type { ChunkDraft } from '../core/types';
import { faqToChunkDrafts, routingToChunkDrafts } from './faq-chunks';
import type { Knowledge } from './load-knowledge';
import { procedureToChunkDrafts } from './procedure-chunks';

export function knowledgeToChunkDrafts(knowledge: Pick<Knowledge, 'procedures' | 'faq' | 'routing'>): ChunkDraft[] {
  return [...knowledge.procedures.flatMap(procedureToChunkDrafts), ...knowledge.faq.flatMap(faqToChunkDrafts), ...knowledge.routing.flatMap(routingToChunkDrafts)];
}
