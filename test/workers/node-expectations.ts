/** What the Node side computes before the workerd tests: the packed index and the Node answers to compare against. */

export interface NodeExpectation {
  id: string;
  question: string;
  /** Chunk ids of the Node Retriever's top 5 (public scope). */
  topFive: string[];
  /** The Node chat engine's extractive answer. */
  answer: string;
  refused: boolean;
}

export interface PackedIndex {
  build: string;
  key: string;
  /** The gzipped archive, base64 so it crosses into workerd through vitest's provide/inject. */
  archiveBase64: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packedIndex: PackedIndex;
    nodeExpectations: NodeExpectation[];
  }
}
