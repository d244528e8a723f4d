/** In-memory BM25 index over folded unigrams+bigrams, marked unigrams and heading terms, with scope masks. */
import type { Chunk, Scope } from '../core/types';
import { analyzeText } from './analyze';
import { DEFAULT_BM25, inverseDocumentFrequency, type Bm25Parameters } from './bm25';
import { FAMILY_COUNT, passageFamily } from './passage-family';
import type { Thesaurus } from './thesaurus';

/**
 * `folded`: the passage with its heading path; `marked`: its tone-marked syllables; `heading`: the heading path
 * alone, so a question naming a section ("giải pháp", a procedure's name) meets the passages under that heading
 * even when their own text never repeats it.
 */
export type FieldName = 'folded' | 'marked' | 'heading';
export const FIELD_NAMES: readonly FieldName[] = ['folded', 'marked', 'heading'];

export interface WeightedTerm {
  term: string;
  field: FieldName;
  weight: number;
  /** Counts toward query coverage (distinct content syllables of the question). */
  coverage?: boolean;
}

/** A term in more than this share of passages only re-scores passages rarer terms found. */
const COMMON_TERM_FRACTION = 0.03;
const COMMON_TERM_MIN_DOCUMENTS = 500;

/** How strongly a passage that covers few of the question's syllables is discounted (0 = off). */
export const DEFAULT_COVERAGE_EXPONENT = 0;

interface Postings {
  documents: Int32Array;
  frequencies: Uint16Array;
}

interface FieldIndex {
  postings: Map<string, Postings>;
  lengths: Float32Array;
  /** Average length within each passage family (see passage-family.ts). */
  averageLengths: number[];
  /** BM25 length normalisation per document, k1·(1 − b + b·len/avg of its family), precomputed for the hot loop. */
  norms: Float32Array;
  /** Document frequency of a term within each family, counted on first use. */
  familyFrequencies: Map<string, Uint32Array>;
}

/**
 * How term statistics are pooled: `family` scores each passage with its family's average length and an idf that
 * also heeds its family (familyInverseDocumentFrequency); `global` pools the whole corpus (classic BM25).
 */
export type TermStatistics = 'family' | 'global';

/** What a field holds, for serialisation (see lexical-snapshot.ts). */
export interface LexicalFieldData {
  postings: Map<string, Postings>;
  lengths: Float32Array;
}

const NO_FAMILY_FREQUENCY: ArrayLike<number> = new Uint32Array(FAMILY_COUNT);

const SCOPE_CODE: Record<Scope, number> = { public: 1, internal: 2 };

export class LexicalIndex {
  readonly size: number;
  private readonly scopeCodes: Uint8Array;
  /** Family of each document, and how many documents each family holds. */
  private readonly families: Uint8Array;
  private readonly familySizes: number[];
  private scratch: Float64Array;
  private coverageScratch: Float64Array;

  private constructor(
    readonly chunkIds: string[],
    scopes: Scope[],
    families: Uint8Array,
    private readonly fields: Record<FieldName, FieldIndex>,
    private readonly parameters: Bm25Parameters,
  ) {
    this.size = chunkIds.length;
    this.families = families;
    this.familySizes = familyCounts(families);
    this.scopeCodes = Uint8Array.from(scopes, (scope) => SCOPE_CODE[scope]);
    this.scratch = new Float64Array(this.size);
    this.coverageScratch = new Float64Array(this.size);
  }

  static build(chunks: Chunk[], thesaurus: Thesaurus, parameters: Bm25Parameters = DEFAULT_BM25, statistics: TermStatistics = 'family'): LexicalIndex {
    const builders = Object.fromEntries(FIELD_NAMES.map((name) => [name, new Map()])) as Record<FieldName, Map<string, { documents: number[]; frequencies: number[] }>>;
    const lengths = Object.fromEntries(FIELD_NAMES.map((name) => [name, new Float32Array(chunks.length)])) as Record<FieldName, Float32Array>;
    chunks.forEach((chunk, documentIndex) => {
      const analyzed = analyzeText(`${chunk.text}\n${chunk.section}${chunk.keywords ? `\n${chunk.keywords}` : ''}`, thesaurus);
      addDocument(builders.folded, documentIndex, analyzed.foldedTerms);
      addDocument(builders.marked, documentIndex, analyzed.markedTerms);
      lengths.folded[documentIndex] = analyzed.folded.length;
      lengths.marked[documentIndex] = analyzed.folded.length;
      const heading = analyzeText(chunk.section, thesaurus);
      addDocument(builders.heading, documentIndex, heading.foldedTerms);
      lengths.heading[documentIndex] = heading.folded.length;
    });
    const pack = (name: FieldName): LexicalFieldData => {
      const postings = new Map<string, Postings>();
      for (const [term, list] of builders[name]) postings.set(term, { documents: Int32Array.from(list.documents), frequencies: Uint16Array.from(list.frequencies) });
      return { postings, lengths: lengths[name] };
    };
    return LexicalIndex.fromData(chunks, { folded: pack('folded'), marked: pack('marked'), heading: pack('heading') }, parameters, statistics);
  }

  static fromData(
    chunks: Chunk[],
    fields: Record<FieldName, LexicalFieldData>,
    parameters: Bm25Parameters = DEFAULT_BM25,
    statistics: TermStatistics = 'family',
  ): LexicalIndex {
    // Global statistics are the one-family case: every passage in family 0.
    const families = Uint8Array.from(chunks, (chunk) => (statistics === 'family' ? passageFamily(chunk.kind) : 0));
    const sizes = familyCounts(families);
    const complete = (data: LexicalFieldData): FieldIndex => {
      const totals = new Array<number>(FAMILY_COUNT).fill(0);
      data.lengths.forEach((length, document) => (totals[families[document]!]! += length));
      const averageLengths = totals.map((total, family) => (sizes[family]! ? total / sizes[family]! : 0));
      const { k1, b } = parameters;
      const norms = Float32Array.from(data.lengths, (length, document) => k1 * (1 - b + (b * length) / Math.max(averageLengths[families[document]!]!, 1e-9)));
      return { ...data, averageLengths, norms, familyFrequencies: new Map() };
    };
    const completed = { folded: complete(fields.folded), marked: complete(fields.marked), heading: complete(fields.heading) };
    return new LexicalIndex(chunks.map((chunk) => chunk.id), chunks.map((chunk) => chunk.scope), families, completed, parameters);
  }

  fieldData(name: FieldName): LexicalFieldData {
    return { postings: this.fields[name].postings, lengths: this.fields[name].lengths };
  }

  get bm25Parameters(): Bm25Parameters {
    return this.parameters;
  }

  documentFrequency(term: string, field: FieldName = 'folded'): number {
    return this.fields[field].postings.get(term)?.documents.length ?? 0;
  }

  /** A term's idf for each family's passages (see familyInverseDocumentFrequency). */
  familyIdf(term: string, field: FieldName = 'folded'): number[] {
    const counts = this.familyFrequency(term, field);
    const pooled = inverseDocumentFrequency(this.size, this.documentFrequency(term, field));
    return this.familySizes.map((size, family) => familyInverseDocumentFrequency(pooled, size, counts[family]!));
  }

  /** Passages per family, in family order. */
  get familyPassageCounts(): readonly number[] {
    return this.familySizes;
  }

  /** Family of a passage by its index. */
  familyOf(documentIndex: number): number {
    return this.families[documentIndex]!;
  }

  /** How many passages of each family contain a term. */
  familyFrequency(term: string, field: FieldName = 'folded'): ArrayLike<number> {
    const index = this.fields[field];
    const postings = index.postings.get(term);
    // Only indexed terms are cached, so questions full of unknown words cannot grow the cache.
    if (!postings) return NO_FAMILY_FREQUENCY;
    let counts = index.familyFrequencies.get(term);
    if (!counts) {
      counts = new Uint32Array(FAMILY_COUNT);
      for (const document of postings.documents) counts[this.families[document]!]!++;
      index.familyFrequencies.set(term, counts);
    }
    return counts;
  }

  /** Folded unigram vocabulary (for typo tolerance and tone restoration). */
  vocabulary(): IterableIterator<string> {
    return this.fields.folded.postings.keys();
  }

  /**
   * Scores every in-scope document; out-of-scope documents are never accumulated, so they
   * cannot reach a result list. `boost` multiplies a document's score (province preference).
   */
  search(
    query: WeightedTerm[],
    options: { k: number; scopes: Scope[]; boost?: (documentIndex: number) => number; coverageExponent?: number },
  ): { index: number; score: number }[] {
    const allowed = options.scopes.reduce((mask, scope) => mask | SCOPE_CODE[scope], 0);
    const scores = this.scratch;
    const covered = this.coverageScratch;
    const touched: number[] = [];
    let coverageTotal = 0;
    // Rarest terms first; a very common term then only adds to passages the rarer ones found.
    // Its idf is small, so a passage matching nothing else could not reach the top k anyway,
    // and skipping it keeps a query on 100k chunks from touching most of the corpus.
    const ordered = query
      .map((item) => ({ item, postings: this.fields[item.field].postings.get(item.term) }))
      .sort((left, right) => (left.postings?.documents.length ?? 0) - (right.postings?.documents.length ?? 0));
    const exponent = options.coverageExponent ?? DEFAULT_COVERAGE_EXPONENT;
    const commonAbove = Math.max(COMMON_TERM_MIN_DOCUMENTS, this.size * COMMON_TERM_FRACTION);
    for (const { item, postings } of ordered) {
      const { field, weight, coverage } = item;
      const index = this.fields[field];
      const idf = inverseDocumentFrequency(this.size, postings?.documents.length ?? 0);
      if (coverage) coverageTotal += weight * idf;
      if (!postings || weight === 0) continue;
      const documents = postings.documents;
      const frequencies = postings.frequencies;
      const norms = index.norms;
      const families = this.families;
      // bm25TermScore with its per-term constant hoisted: factor[family] · tf / (tf + norm[document]).
      const factors = this.familyIdf(item.term, field).map((familyIdf) => weight * familyIdf * (this.parameters.k1 + 1));
      // Coverage only matters when it is weighed (exponent > 0): otherwise skip its bookkeeping.
      const coverageWeight = coverage && exponent > 0 ? weight * idf : 0;
      const accumulate = (document: number, position: number) => {
        const frequency = frequencies[position]!;
        scores[document] = scores[document]! + (factors[families[document]!]! * frequency) / (frequency + norms[document]!);
        if (coverageWeight) covered[document] = covered[document]! + coverageWeight;
      };
      if (touched.length > 0 && documents.length > commonAbove) {
        // A common term only re-scores passages already found: look each one up in its postings
        // (sorted) when that is cheaper than walking them all.
        if (touched.length * Math.log2(documents.length) < documents.length) {
          for (const document of touched) {
            const position = binarySearch(documents, document);
            if (position >= 0) accumulate(document, position);
          }
        } else {
          for (let position = 0; position < documents.length; position++) {
            if (scores[documents[position]!] !== 0) accumulate(documents[position]!, position);
          }
        }
        continue;
      }
      for (let position = 0; position < documents.length; position++) {
        const document = documents[position]!;
        if ((this.scopeCodes[document]! & allowed) === 0) continue;
        if (scores[document] === 0) touched.push(document);
        accumulate(document, position);
      }
    }
    const results: { index: number; score: number }[] = [];
    for (const document of touched) {
      // A coordination factor: passages that answer more of the question's distinct words rank higher.
      const coverage = coverageTotal > 0 ? Math.min(1, covered[document]! / coverageTotal) : 1;
      const score = scores[document]! * (options.boost ? options.boost(document) : 1) * Math.pow(coverage, exponent);
      scores[document] = 0;
      covered[document] = 0;
      results.push({ index: document, score });
    }
    return topK(results, options.k);
  }
}

/**
 * A term counts as rare for a passage only when it is rare both in the whole corpus and among the passages of
 * the passage's own family: a word every plan repeats gets the low idf of the plans even though the records never
 * use it, and a plan word that strays into one record does not get the records' high idf.
 */
export function familyInverseDocumentFrequency(pooledIdf: number, familySize: number, familyFrequency: number): number {
  return Math.min(pooledIdf, inverseDocumentFrequency(familySize, familyFrequency));
}

function familyCounts(families: Uint8Array): number[] {
  const counts = new Array<number>(FAMILY_COUNT).fill(0);
  for (const family of families) counts[family]!++;
  return counts;
}

function addDocument(builder: Map<string, { documents: number[]; frequencies: number[] }>, documentIndex: number, tokens: string[]): void {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const [term, count] of counts) {
    let list = builder.get(term);
    if (!list) builder.set(term, (list = { documents: [], frequencies: [] }));
    list.documents.push(documentIndex);
    list.frequencies.push(Math.min(count, 65535));
  }
}

function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function topK(results: { index: number; score: number }[], k: number): { index: number; score: number }[] {
  // A bounded insertion list: k is small (≤ 50), so this beats sorting every touched document.
  const best: { index: number; score: number }[] = [];
  if (k <= 0) return best; // best[k - 1] below would be undefined
  for (const result of results) {
    if (best.length === k && !outranks(result, best[k - 1]!)) continue;
    let position = best.length < k ? best.length : k - 1;
    best[position] = result;
    while (position > 0 && outranks(best[position]!, best[position - 1]!)) {
      [best[position - 1], best[position]] = [best[position]!, best[position - 1]!];
      position--;
    }
  }
  return best;
}

function outranks(left: { index: number; score: number }, right: { index: number; score: number }): boolean {
  return left.score > right.score || (left.score === right.score && left.index < right.index);
}
