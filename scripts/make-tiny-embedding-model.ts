/** Writes a tiny BERT-shaped ONNX embedding model with a Vietnamese syllable WordPiece tokenizer, so the real local embedder runs offline in tests. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import onnxProto from 'onnx-proto';
import { terms } from '../src/text/tokenize';

const { onnx } = onnxProto;
const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

export interface TinyEmbeddingModelOptions {
  dimensions?: number;
  seed?: number;
}

/**
 * Syllables as the BERT pre-tokenizer will see them: our `terms`, split again at
 * punctuation, because BertPreTokenizer cuts `350/qđ-ttg` where `terms` keeps it whole.
 */
export function vocabularyFromTexts(texts: string[]): string[] {
  const syllables = new Set<string>();
  for (const text of texts) {
    for (const term of terms(text.normalize('NFC'))) {
      for (const piece of term.split(/[^\p{L}\p{N}]+/u)) if (piece) syllables.add(piece);
    }
  }
  return [...syllables].sort();
}

/** Writes config.json, tokenizer files and onnx/model.onnx (+ a quantized-name copy) into `dir`. */
export async function makeTinyEmbeddingModel(dir: string, vocabulary: string[], options: TinyEmbeddingModelOptions = {}): Promise<void> {
  const dimensions = options.dimensions ?? 32;
  const tokens = [...SPECIAL_TOKENS, ...new Set(vocabulary.map((word) => word.normalize('NFC').toLowerCase()))].filter(
    (token, index, all) => all.indexOf(token) === index,
  );
  const model = onnx.ModelProto.encode(buildGraph(tokens.length, dimensions, options.seed ?? 42)).finish();
  await mkdir(join(dir, 'onnx'), { recursive: true });
  await Promise.all([
    writeFile(join(dir, 'onnx', 'model.onnx'), model),
    // transformers.js 2 loads the quantized name by default; 4 on Node loads model.onnx.
    writeFile(join(dir, 'onnx', 'model_quantized.onnx'), model),
    writeJson(join(dir, 'tokenizer.json'), tokenizerJson(tokens)),
    writeJson(join(dir, 'tokenizer_config.json'), {
      tokenizer_class: 'BertTokenizer',
      do_lower_case: true,
      strip_accents: false,
      model_max_length: 512,
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      mask_token: '[MASK]',
    }),
    writeJson(join(dir, 'config.json'), {
      model_type: 'bert',
      architectures: ['BertModel'],
      hidden_size: dimensions,
      num_hidden_layers: 1,
      num_attention_heads: 1,
      intermediate_size: dimensions,
      vocab_size: tokens.length,
      type_vocab_size: 2,
      max_position_embeddings: 512,
      pad_token_id: 0,
    }),
  ]);
}

/** last_hidden_state = (word[input_ids] + type[token_type_ids]) * attention_mask: every input BERT receives is used. */
function buildGraph(vocabularySize: number, dimensions: number, seed: number): InstanceType<typeof onnx.ModelProto> {
  const random = mulberry32(seed);
  const words = new Float32Array(vocabularySize * dimensions);
  for (let index = 0; index < words.length; index++) words[index] = random() * 2 - 1;
  // Special tokens appear in every text; shrinking them keeps them from pulling all vectors together.
  for (let index = 0; index < SPECIAL_TOKENS.length * dimensions; index++) words[index]! *= 0.05;
  // Zero type embeddings: the input is consumed without adding an offset shared by all tokens.
  const types = new Float32Array(2 * dimensions);
  const int64 = onnx.TensorProto.DataType.INT64;
  const float = onnx.TensorProto.DataType.FLOAT;
  const tokenInput = (name: string) => valueInfo(name, int64, ['batch_size', 'sequence_length']);
  const graph = onnx.GraphProto.create({
    name: 'tiny-bert',
    input: [tokenInput('input_ids'), tokenInput('attention_mask'), tokenInput('token_type_ids')],
    output: [valueInfo('last_hidden_state', float, ['batch_size', 'sequence_length', dimensions])],
    initializer: [
      floatTensor('word_embeddings', [vocabularySize, dimensions], words),
      floatTensor('token_type_embeddings', [2, dimensions], types),
      onnx.TensorProto.create({ name: 'last_axis', dims: [1], dataType: int64, int64Data: [-1] }),
    ],
    node: [
      node('Gather', ['word_embeddings', 'input_ids'], ['word_vectors']),
      node('Gather', ['token_type_embeddings', 'token_type_ids'], ['type_vectors']),
      node('Add', ['word_vectors', 'type_vectors'], ['token_vectors']),
      node('Cast', ['attention_mask'], ['mask_float'], [onnx.AttributeProto.create({ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: float })]),
      node('Unsqueeze', ['mask_float', 'last_axis'], ['mask_column']),
      node('Mul', ['token_vectors', 'mask_column'], ['last_hidden_state']),
    ],
  });
  return onnx.ModelProto.create({ irVersion: 8, producerName: 'make-tiny-embedding-model', opsetImport: [{ domain: '', version: 13 }], graph });
}

function node(opType: string, input: string[], output: string[], attribute: InstanceType<typeof onnx.AttributeProto>[] = []) {
  return onnx.NodeProto.create({ opType, input, output, name: output[0], attribute });
}

function valueInfo(name: string, elemType: number, shape: (string | number)[]) {
  const dim = shape.map((size) => (typeof size === 'string' ? { dimParam: size } : { dimValue: size }));
  return onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: { dim } } } });
}

function floatTensor(name: string, dims: number[], values: Float32Array) {
  const rawData = new Uint8Array(values.length * 4);
  const view = new DataView(rawData.buffer);
  values.forEach((value, index) => view.setFloat32(index * 4, value, true)); // ONNX raw data is little-endian
  return onnx.TensorProto.create({ name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData });
}

function tokenizerJson(tokens: string[]) {
  const id = (token: string) => tokens.indexOf(token);
  const special = (token: string) => ({ SpecialToken: { id: token, type_id: 0 } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({ id: id(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    // strip_accents false: Vietnamese tone marks distinguish syllables (thủ, thu, thú).
    normalizer: { type: 'Sequence', normalizers: [{ type: 'NFC' }, { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true }] },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]')],
      pair: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]'), { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((token) => [token, { id: token, ids: [id(token)], tokens: [token] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(tokens.map((token, index) => [token, index])) },
  };
}

function writeJson(path: string, value: unknown): Promise<void> {
  return writeFile(path, `${JSON.stringify(value, null, 1)}\n`);
}

/** Small seeded generator so the weights, and therefore test rankings, never change between runs. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads every seeds/*.txt file; the syllables they use become the vocabulary. */
export async function seedVocabulary(seedsDir: string): Promise<string[]> {
  const files = (await readdir(seedsDir)).filter((file) => file.endsWith('.txt')).sort();
  return vocabularyFromTexts(await Promise.all(files.map((file) => readFile(join(seedsDir, file), 'utf8'))));
}

// Usage: node --import tsx scripts/make-tiny-embedding-model.ts <model dir> [seeds dir]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, seedsDir = 'seeds'] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: make-tiny-embedding-model.ts <model dir> [seeds dir]');
    process.exit(1);
  }
  const vocabulary = await seedVocabulary(seedsDir);
  await makeTinyEmbeddingModel(dir, vocabulary);
  console.log(`Wrote a ${vocabulary.length}-syllable tiny embedding model to ${dir}`);
}
