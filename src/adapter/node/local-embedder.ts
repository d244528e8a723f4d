/**
 * Embedder over LangChain's `HuggingFaceTransformersEmbeddings` (transformers.js), running an ONNX
 * model from a local directory and never from the network.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PretrainedOptions } from '@huggingface/transformers';
import { HuggingFaceTransformersEmbeddings } from '@langchain/community/embeddings/huggingface_transformers';
import { EmbedderUnavailableError, type Embedder } from '../../ports/embedder';

export interface LocalEmbedderOptions {
  /** Holds one folder per model id (`<modelDir>/Xenova/multilingual-e5-small/config.json`). Default `./models`. */
  modelDir?: string;
  modelId?: string;
  /** Defaults to e5's `query: ` / `passage: ` when the model id names e5, else none. */
  queryPrefix?: string;
  passagePrefix?: string;
  batchSize?: number;
  /** Which ONNX file to run; `q8` picks `onnx/model_quantized.onnx`, a quarter the size. */
  dtype?: LocalModelDtype;
}

export type LocalModelDtype = keyof typeof ONNX_FILES;

const ONNX_FILES = {
  fp32: 'model.onnx',
  fp16: 'model_fp16.onnx',
  q8: 'model_quantized.onnx',
  int8: 'model_int8.onnx',
  uint8: 'model_uint8.onnx',
  q4: 'model_q4.onnx',
} as const;

export const DEFAULT_LOCAL_MODEL_ID = 'Xenova/multilingual-e5-small';

export function createLocalEmbedder(options: LocalEmbedderOptions = {}): Embedder {
  const modelDir = resolve(options.modelDir ?? 'models');
  const modelId = options.modelId ?? DEFAULT_LOCAL_MODEL_ID;
  const modelPath = join(modelDir, modelId);
  const isE5 = /(^|[/-])e5([-/]|$)/i.test(modelId);
  const queryPrefix = options.queryPrefix ?? (isE5 ? 'query: ' : '');
  const passagePrefix = options.passagePrefix ?? (isE5 ? 'passage: ' : '');
  const dtype = options.dtype ?? 'fp32';
  let embeddings: HuggingFaceTransformersEmbeddings | undefined;
  let loaded = false;
  let dimensions: number | undefined;

  function open(): HuggingFaceTransformersEmbeddings {
    const expected = ['config.json', 'tokenizer.json', `onnx/${ONNX_FILES[dtype]}`];
    const missing = expected.filter((file) => !existsSync(join(modelPath, file)));
    if (missing.length > 0) {
      throw new EmbedderUnavailableError(
        `Local embedding model "${modelId}" not found: expected ${expected.join(', ')} in ${modelPath} (missing ${missing.join(', ')}). ` +
          `Copy the model files there, point EMBEDDING_MODEL_DIR elsewhere, or set EMBEDDER=none for lexical-only search.`,
      );
    }
    return new HuggingFaceTransformersEmbeddings({
      // An absolute path is not a hub id, so transformers.js reads the files from it and never
      // consults the global env.localModelPath: several model directories can load side by side.
      model: modelPath,
      // device and dtype are pipeline options that LangChain's type leaves out; it passes them on as given.
      pretrainedOptions: { local_files_only: true, device: 'cpu', dtype } as PretrainedOptions,
      batchSize: Math.max(1, options.batchSize ?? 16),
      // Texts are embedded as given (headings are joined with a newline on purpose).
      stripNewLines: false,
      // A missing or corrupt model must fail at once, not after six back-offs.
      maxRetries: 0,
    });
  }

  async function embed(texts: string[], prefix: string): Promise<number[][]> {
    if (texts.length === 0) return [];
    embeddings ??= open();
    const current = embeddings;
    let vectors: number[][];
    try {
      vectors = await current.embedDocuments(texts.map((text) => prefix + text));
    } catch (error) {
      if (loaded) throw error;
      // A failed load is forgotten so that files copied in later are picked up on the next call.
      if (embeddings === current) embeddings = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new EmbedderUnavailableError(`Local embedding model "${modelId}" in ${modelPath} failed to load: ${reason}`, { cause: error });
    }
    loaded = true;
    dimensions ??= vectors[0]?.length;
    return vectors;
  }

  return {
    provider: 'transformers.js',
    modelId,
    get dimensions() {
      return dimensions;
    },
    embedDocuments: (texts) => embed(texts, passagePrefix),
    async embedQuery(text) {
      const [vector] = await embed([text], queryPrefix);
      return vector!;
    },
  };
}
