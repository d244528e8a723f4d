/** Hybrid retrieval: lexical BM25 ∪ dense vectors, fused, scope-filtered, province-preferring. */
import type { Chunk, ChunkKind, Scope, SearchHit } from '../core/types';
import { PATH_SEPARATOR } from '../ingest/heading-path';
import { foldDiacritics } from '../text/fold';
import type { Embedder } from '../ports/embedder';
import type { CorpusDescription, RetrieverPort, RetrieveOptions } from '../ports/retriever';
import type { AsyncVectorIndex, VectorIndex } from '../ports/vector-index';
import { familyFactors, familyLeaning } from './family-prior';
import { reciprocalRankFusion, type Ranked } from './fusion';
import { LexicalIndex } from './lexical-index';
import { createProvinceDetector, type ProvinceDetector } from './province-detector';
import { buildTitleIndex, PLACE_WORDS, titleFactor, type TitleIndex } from './title-prior';
import { asksClosing, asksContents, foldedForm, FRAME_CLOSING, FRAME_CONTENTS, kindBit, namedHeadings, passageRoles, sectionFactor, sectionKindsOf, wholeSectionKinds, type PassageRoles } from './section-prior';
import { buildQueryTerms, type QueryWeights } from './query-terms';
import type { Thesaurus } from './thesaurus';
import { TypoCandidates } from './typo-candidates';

export interface SearchOptions {
  k?: number;
  /** Scopes the caller may see; `public` callers pass ['public']. */
  scopes?: Scope[];
  /** Hard filters chosen by a signed-in user. */
  province?: string;
  docIds?: string[];
  /** Only passages of these kinds. */
  kinds?: ChunkKind[];
  /** Province inferred from the conversation, used as a preference. */
  preferProvince?: string;
}

/** Reorders the fused candidates; none by default. */
export type Reranker = (question: string, hits: SearchHit[]) => Promise<SearchHit[]> | SearchHit[];

export interface RetrieverOptions {
  chunks: Chunk[];
  thesaurus: Thesaurus;
  /** A prebuilt lexical index over exactly these chunks (from the build's snapshot); built here otherwise. */
  lexical?: LexicalIndex;
  embedder?: Embedder;
  vectors?: VectorIndex | AsyncVectorIndex;
  reranker?: Reranker;
  provinceAliases?: Record<string, string[]>;
  provinceBoost?: number;
  weights?: QueryWeights;
  /** How far the question's vocabulary may favour plan passages or knowledge records (see family-prior.ts; 0: off). */
  familyPriorStrength?: number;
  /** Called when the dense side fails, so callers can log and count it. */
  onDenseError?: (error: unknown) => void;
}

export class Retriever implements RetrieverPort {
  readonly chunks: Chunk[];
  readonly lexical: LexicalIndex;
  readonly provinces: ProvinceDetector;
  private readonly byId: Map<string, number>;
  /** Province of each chunk as an index into provinceNames (0: none), for the per-passage boost. */
  private readonly provinceNames: string[];
  private readonly provinceCodes: Uint16Array;
  private typos?: TypoCandidates;
  private byDocument?: Map<string, Chunk[]>;
  private corpus?: CorpusDescription;
  private roles?: PassageRoles;
  private titles?: { index: TitleIndex; places: Set<string> };

  constructor(private readonly options: RetrieverOptions) {
    this.chunks = options.chunks;
    this.lexical = options.lexical ?? LexicalIndex.build(options.chunks, options.thesaurus);
    this.byId = new Map(options.chunks.map((chunk, index) => [chunk.id, index]));
    this.provinceNames = ['', ...new Set(options.chunks.map((chunk) => chunk.province).filter((province): province is string => Boolean(province)))];
    const codes = new Map(this.provinceNames.map((name, code) => [name, code]));
    this.provinceCodes = Uint16Array.from(options.chunks, (chunk) => codes.get(chunk.province ?? '') ?? 0);
    this.provinces = createProvinceDetector(
      options.chunks.map((chunk) => chunk.province).filter((province): province is string => Boolean(province)),
      options.provinceAliases,
    );
  }

  get denseEnabled(): boolean {
    return Boolean(this.options.embedder && this.options.vectors && this.options.vectors.size > 0);
  }

  chunk(id: string): Chunk | undefined {
    const index = this.byId.get(id);
    return index === undefined ? undefined : this.chunks[index];
  }

  retrieve(query: string, options: RetrieveOptions): Promise<SearchHit[]> {
    return this.search(query, options);
  }

  documentChunks(docId: string): readonly Chunk[] {
    if (!this.byDocument) {
      this.byDocument = new Map();
      for (const chunk of this.chunks) {
        const list = this.byDocument.get(chunk.docId);
        if (list) list.push(chunk);
        else this.byDocument.set(chunk.docId, [chunk]);
      }
      for (const list of this.byDocument.values()) list.sort((left, right) => left.lineStart - right.lineStart);
    }
    return this.byDocument.get(docId) ?? [];
  }

  describeCorpus(): CorpusDescription {
    if (this.corpus) return this.corpus;
    const documents = new Map<string, CorpusDescription['documents'][number]>();
    for (const chunk of this.chunks) {
      if (documents.has(chunk.docId)) continue;
      documents.set(chunk.docId, { docId: chunk.docId, title: chunk.title, scope: chunk.scope, kind: chunk.kind, ...(chunk.province ? { province: chunk.province } : {}) });
    }
    this.corpus = { provinces: this.provinceNames.slice(1), documents: [...documents.values()], size: this.lexical.size };
    return this.corpus;
  }

  documentFrequency(term: string): number {
    return this.lexical.documentFrequency(term);
  }

  async search(question: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const named = options.province ? [] : this.provinces.detectAll(question);
    if (named.length >= 2) return this.searchEachProvince(question, named, options);
    return this.searchOnce(question, options);
  }

  /**
   * A question naming several provinces is a comparison: the global ranking is kept, but each
   * named province's best passage is lifted to the top so no province is crowded out.
   */
  private async searchEachProvince(question: string, provinces: string[], options: SearchOptions): Promise<SearchHit[]> {
    const k = options.k ?? 5;
    const global = await this.searchOnce(question, { ...options, k: Math.max(k * 4, 40) }, provinces);
    const lifted: SearchHit[] = [];
    for (const province of provinces) {
      const best = global.find((hit) => hit.chunk.province === province) ?? (await this.searchOnce(question, { ...options, province, k: 1 }))[0];
      if (best && !lifted.includes(best)) lifted.push(best);
    }
    lifted.sort((left, right) => right.score - left.score);
    return [...lifted, ...global.filter((hit) => !lifted.some((item) => item.chunk.id === hit.chunk.id))].slice(0, k);
  }

  private async searchOnce(question: string, options: SearchOptions, preferred?: string[]): Promise<SearchHit[]> {
    const k = options.k ?? 5;
    const scopes = options.scopes ?? ['public'];
    const detectedOne = this.provinces.detect(question) ?? options.preferProvince;
    const favoured = new Set(preferred ?? (detectedOne ? [detectedOne] : []));
    const boostFactor = this.options.provinceBoost ?? 1.6;
    const allowedDocs = options.docIds?.length ? new Set(options.docIds) : undefined;
    const allowedKinds = options.kinds?.length ? new Set(options.kinds) : undefined;
    const eligible = (chunk: Chunk) =>
      scopes.includes(chunk.scope) &&
      (!allowedDocs || allowedDocs.has(chunk.docId)) &&
      (!allowedKinds || allowedKinds.has(chunk.kind)) &&
      (!options.province || chunk.province === options.province);
    // Called for every passage a query touches (tens of thousands on a large corpus): without hard
    // filters it is one typed-array lookup; scope is already enforced inside the lexical index.
    this.typos ??= new TypoCandidates(this.lexical.vocabulary());
    const queryTerms = buildQueryTerms(question, {
      thesaurus: this.options.thesaurus,
      typos: this.typos,
      documentFrequency: (term) => this.lexical.documentFrequency(term),
      weights: this.options.weights,
    });
    const factors = this.provinceNames.map((name) => (favoured.has(name) ? boostFactor : 1));
    const lean = familyFactors(
      familyLeaning(queryTerms, { sizes: this.lexical.familyPassageCounts, frequency: (term) => this.lexical.familyFrequency(term) }),
      this.options.familyPriorStrength,
    );
    this.roles ??= passageRoles(this.chunks);
    this.titles ??= { index: buildTitleIndex(this.chunks, this.options.thesaurus), places: new Set([...this.provinceNames, ...PLACE_WORDS].flatMap((name) => foldDiacritics(name.toLowerCase()).split(/[^\p{L}\p{N}]+/u))) };
    const section = sectionFactor(question, this.roles);
    const title = titleFactor(question, this.titles.index, this.options.thesaurus, this.titles.places);
    const structure = section && title ? (index: number) => section(index) * title(index) : (section ?? title);
    const family = structure ? (index: number) => lean[this.lexical.familyOf(index)]! * structure(index) : (index: number) => lean[this.lexical.familyOf(index)]!;
    const boost =
      allowedDocs || allowedKinds || options.province
        ? (index: number) => (eligible(this.chunks[index]!) ? factors[this.provinceCodes[index]!]! * family(index) : 0)
        : (index: number) => factors[this.provinceCodes[index]!]! * family(index);
    const depth = Math.max(k * 4, 40);
    const lexical: Ranked[] = this.lexical
      .search(queryTerms, { k: depth, scopes, boost })
      .filter((hit) => hit.score > 0)
      .map((hit) => ({ id: this.chunks[hit.index]!.id, score: hit.score }));
    let fused = lexical;
    if (this.denseEnabled) {
      const dense = await this.denseSearch(question, depth, eligible, favoured, boostFactor);
      if (dense.length > 0) fused = reciprocalRankFusion([lexical, dense], { weights: [1, 1] });
    }
    let hits: SearchHit[] = fused.slice(0, Math.max(k, 20)).map((item) => ({ chunk: this.chunk(item.id)!, score: item.score }));
    if (asksClosing(question)) hits = this.withClosing(hits, eligible);
    const whole = wholeSectionKinds(question);
    if (whole) hits = this.withWholeSection(this.withNamedHeading(hits, question), question, whole, eligible);
    if (this.options.reranker) hits = await this.options.reranker(question, hits);
    return hits.slice(0, k);
  }

  /**
   * "Ai ký …": the signature is in the closing block of the document the question is about, which shares no words
   * with the question. The closing passage of the best-ranked document goes first.
   */
  private withClosing(hits: SearchHit[], eligible: (chunk: Chunk) => boolean): SearchHit[] {
    const top = hits[0];
    if (!top) return hits;
    const closing = this.documentChunks(top.chunk.docId).find((chunk) => this.roles!.frame[this.byId.get(chunk.id)!] === FRAME_CLOSING && eligible(chunk));
    if (!closing) return hits;
    return [{ chunk: closing, score: top.score }, ...hits.filter((hit) => hit.chunk.id !== closing.id)];
  }

  /**
   * "nhiệm vụ của Công an tỉnh là gì": the question quotes a heading of the plan ("2. Công an tỉnh"), and the
   * passages under it in the best-ranked plan are the section asked, however few of the question's other words they hold.
   */
  private withNamedHeading(hits: SearchHit[], question: string): SearchHit[] {
    const top = hits[0];
    if (!top) return hits;
    const named = namedHeadings(foldedForm(question), this.roles!);
    const lifted = hits.filter((hit) => hit.chunk.docId === top.chunk.docId && named.has(this.byId.get(hit.chunk.id)!));
    if (lifted.length === 0) return hits;
    return [...lifted.map((hit) => ({ ...hit, score: Math.max(hit.score, top.score) })), ...hits.filter((hit) => !lifted.includes(hit))];
  }

  /**
   * A section asked as a whole ("những giải pháp nào") spans several passages, and only the first repeats the
   * heading's words. The best-ranked prose passage under a heading of the asked kind keeps its place; the other
   * passages of that section follow it in reading order, before the rest.
   */
  private withWholeSection(hits: SearchHit[], question: string, kinds: number, eligible: (chunk: Chunk) => boolean): SearchHit[] {
    const at = hits.findIndex((hit) => hit.chunk.kind === 'text' && this.roles!.kinds[this.byId.get(hit.chunk.id)!]! & kinds && !this.roles!.frame[this.byId.get(hit.chunk.id)!]);
    const anchor = hits[at];
    if (!anchor) return hits;
    // The deepest heading of the path that names the kind asked is the section.
    const steps = anchor.chunk.section.split(PATH_SEPARATOR);
    let depth = steps.length;
    while (depth > 0 && !(sectionKindsOf(steps[depth - 1]!) & kinds)) depth--;
    if (depth === 0) return hits;
    // An appendix is read row by row (its rows are passages of their own): of its prose, only the list of its groups
    // answers, and only a question about its groups.
    const appendix = (sectionKindsOf(steps[depth - 1]!) & kindBit('appendix')) !== 0;
    if (appendix && !asksContents(question)) return hits;
    const prefix = steps.slice(0, depth).join(PATH_SEPARATOR);
    const members = this.documentChunks(anchor.chunk.docId).filter(
      (chunk) =>
        chunk.id !== anchor.chunk.id &&
        chunk.kind === 'text' &&
        (chunk.section === prefix || chunk.section.startsWith(prefix + PATH_SEPARATOR)) &&
        (!appendix || this.roles!.frame[this.byId.get(chunk.id)!] === FRAME_CONTENTS) &&
        eligible(chunk),
    );
    if (members.length === 0) return hits;
    const lifted = members.map((chunk) => ({ chunk, score: anchor.score }));
    const ids = new Set(members.map((chunk) => chunk.id));
    return [...hits.slice(0, at + 1), ...lifted, ...hits.slice(at + 1).filter((hit) => !ids.has(hit.chunk.id))];
  }

  private async denseSearch(question: string, depth: number, eligible: (chunk: Chunk) => boolean, favoured: Set<string>, boostFactor: number): Promise<Ranked[]> {
    try {
      const vector = await this.options.embedder!.embedQuery(question);
      const hits = await this.options.vectors!.search(vector, depth, (id) => {
        const chunk = this.chunk(id);
        return Boolean(chunk && eligible(chunk));
      });
      return hits
        .map((hit) => {
          const province = this.chunk(hit.id)?.province;
          return { id: hit.id, score: province && favoured.has(province) ? hit.score * boostFactor : hit.score };
        })
        .sort((left, right) => right.score - left.score);
    } catch (error) {
      this.options.onDenseError?.(error);
      return [];
    }
  }
}
