/** Our Embedder port as LangChain `Embeddings`, so LangChain vector stores (HNSWLib…) embed with the configured model. */
import { Embeddings } from '@langchain/core/embeddings';
import type { Embedder } from '../ports/embedder';

export class EmbedderEmbeddings extends Embeddings {
  constructor(readonly embedder: Embedder) {
    // Our adapters decide their own retries (a missing model must fail at once, not six times).
    super({ maxRetries: 0 });
  }

  embedDocuments(documents: string[]): Promise<number[][]> {
    return this.embedder.embedDocuments(documents);
  }

  embedQuery(document: string): Promise<number[]> {
    return this.embedder.embedQuery(document);
  }
}
