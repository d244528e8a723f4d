/**
 * An engine over the repository's real knowledge base (procedures, answers, routing; no plans), built the way
 * ingest builds its passages: for answers that depend on how the real records rank against each other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createChatEngine } from '../../src/chat/chat-engine';
import type { ChatResult } from '../../src/chat/chat-types';
import { withChunkIds } from '../../src/ingest/chunk-id';
import { knowledgeToChunkDrafts } from '../../src/knowledge/knowledge-chunks';
import { createProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import { Retriever } from '../../src/search/retriever';
import { createThesaurus, thesaurusFileSchema } from '../../src/search/thesaurus';
import { loadRealKnowledge, repositoryRoot } from '../knowledge/real-knowledge';
import { CHANNELS } from './chat-fixture';

let ask: ((message: string) => Promise<ChatResult>) | undefined;

/** Asks the public assistant over the real knowledge base (built once per test file). */
export function askRealKnowledge(message: string): Promise<ChatResult> {
  if (!ask) {
    const knowledge = loadRealKnowledge();
    const thesaurus = createThesaurus(thesaurusFileSchema.parse(JSON.parse(readFileSync(path.join(repositoryRoot, 'knowledge/thesaurus.json'), 'utf8'))));
    const chunks = withChunkIds(knowledgeToChunkDrafts({ procedures: knowledge.procedures, faq: knowledge.faq, routing: knowledge.routing }));
    const engine = createChatEngine({ retriever: new Retriever({ chunks, thesaurus }), catalog: createProcedureCatalog(knowledge.procedures), faq: knowledge.faq, routing: knowledge.routing, channels: CHANNELS });
    ask = (text) => engine.answer({ message: text, scopes: ['public'] });
  }
  return ask(message);
}
