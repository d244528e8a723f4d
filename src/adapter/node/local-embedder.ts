/** Embedder running a transformers.js ONNX model from a local directory, never from the network. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** env.localModelPath is global, so loads run one at a time to keep each one's directory in place. */
let loadQueue: Promise<unknown> = Promise.resolve();

type Extractor = (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ tolist(): unknown }>;

export function createLocalEmbedder(options: LocalEmbedderOptions = {}): Embedder {
  const modelDir = resolve(options.modelDir ?? 'models');
  const modelId = options.modelId ?? DEFAULT_LOCAL_MODEL_ID;
  const modelPath = join(modelDir, modelId);
  const isE5 = /(^|[/-])e5([-/]|$)/i.test(modelId);
  const queryPrefix = options.queryPrefix ?? (isE5 ? 'query: ' : '');
  const passagePrefix = options.passagePrefix ?? (isE5 ? 'passage: ' : '');
  const batchSize = Math.max(1, options.batchSize ?? 16);
  const dtype = options.dtype ?? 'fp32';
  let loading: Promise<Extractor> | undefined;
  let dimensions: number | undefined;

  async function load(): Promise<Extractor> {
    const expected = ['config.json', 'tokenizer.json', `onnx/${ONNX_FILES[dtype]}`];
    const missing = expected.filter((file) => !existsSync(join(modelPath, file)));
    if (missing.length > 0) {
      throw new EmbedderUnavailableError(
        `Local embedding model "${modelId}" not found: expected ${expected.join(', ')} in ${modelPath} (missing ${missing.join(', ')}). ` +
          `Copy the model files there, point EMBEDDING_MODEL_DIR elsewhere, or set EMBEDDER=none for lexical-only search.`,
      );
    }
    // Imported here so that merely importing this module does not load onnxruntime.
    const { env, pipeline } = await import('@huggingface/transformers');
    // Global switches: this process only ever loads models from disk.
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = modelDir;
    try {
      return (await pipeline('feature-extraction', modelId, { device: 'cpu', dtype })) as unknown as Extractor;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new EmbedderUnavailableError(`Local embedding model "${modelId}" in ${modelPath} failed to load: ${reason}`, { cause: error });
    }
  }

  async function embed(texts: string[], prefix: string): Promise<number[][]> {
    if (texts.length === 0) return [];
    if (!loading) {
      const loaded = loadQueue.then(load);
      loadQueue = loaded.catch(() => undefined);
      // A failed load is forgotten so that files copied in later are picked up on the next call.
      loading = loaded.catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    }
    const extractor = await loading;
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const batch = texts.slice(start, start + batchSize).map((text) => prefix + text);
      const output = await extractor(batch, { pooling: 'mean', normalize: true });
      vectors.push(...(output.tolist() as number[][]));
    }
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
