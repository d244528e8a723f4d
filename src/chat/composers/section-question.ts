/**
 * How a broad question reads against documents: whether it asks for a section as a whole or the whole document,
 * which of its words can tell sections apart, how much of it a document's title names. Shared by the outline and
 * list composers.
 */
import type { Chunk } from '../../core/types';
import { isFunctionWord, termProfile, termSet } from '../term-weights';
import { foldedWords } from '../vocabulary';
import type { ComposeContext } from './composer';

// "văn bản X nói gì", "tóm tắt hướng dẫn X", "nội dung chính của kế hoạch X": the whole document.
const SUMMARY = /\b(noi gi|tom tat|tom luoc|noi dung chinh|noi dung (gom|bao gom) nhung gi|de cap (den )?(nhung )?(gi|van de gi)|quy dinh nhung gi|co nhung noi dung gi)\b/;

export function wantsSummary(folded: string): boolean {
  return SUMMARY.test(` ${folded} `);
}

// A yes/no question that also asks where one thing sits asks one fact, not a section.
const YES_NO = /\b(co|da|duoc)\b.*\b(khong|chua)\b(?! (phai|can|duoc|the)\b)/;
const SECTION_NOUN = '(muc dich|muc tieu|quan diem|giai phap|nhiem vu|trach nhiem|dinh huong|tam nhin|nhom|noi dung|yeu cau|chi tieu|to chuc thuc hien)';
// "những mục tiêu nào", "các nhóm giải pháp gì": many, so the whole section.
const ROLE = /\b(chu tri|phoi hop)\b/;
const MANY = new RegExp(`\\b(nhung|cac|mot so) ([a-z]+ ){0,2}${SECTION_NOUN}\\b`);
// "mục đích … là gì", "định hướng … thế nào": the section's content; "định hướng giai đoạn nào" picks one fact.
const WHAT = new RegExp(`\\b${SECTION_NOUN}\\b((?: [a-z0-9]+){0,20}) (la gi|gi|the nao|ra sao|nhu the nao|nhu nao)\\b`);

/**
 * Whether the question asks for a section as a whole rather than one fact inside it. Between the section noun and
 * "là gì"/"thế nào" only words naming the document may stand ("mục đích của kế hoạch … tỉnh Lào Cai là gì"); a
 * subject of its own ("nội dung của nhiệm vụ số hóa hồ sơ là gì") asks about one item.
 */
export function asksWholeSection(folded: string, documentWords: ReadonlySet<string> = new Set()): boolean {
  // "việc nào do X chủ trì" asks the appendix's lead column (the list composer's), not a section.
  if (YES_NO.test(folded) || ROLE.test(folded)) return false;
  if (MANY.test(folded)) return true;
  const what = WHAT.exec(folded);
  if (!what) return false;
  const between = what[2]!.trim().split(' ').filter(Boolean);
  const own = between.filter((word) => !documentWords.has(word) && !isFunctionWord(word) && !/^\d+$/u.test(word) && !SECTION_WORDS.has(word));
  return own.length <= OWN_WORDS;
}

// "… đóng vai trò gì", "nhiệm vụ của … là gì", "… có trách nhiệm gì", "… được giao làm gì": what a body is given.
const BODY_ROLE = /\b(vai tro|nhiem vu|trach nhiem|phan cong|duoc giao)\b.*\b(gi|nao|ra sao|the nao|nhu the nao)\b|\blam (nhung )?(viec )?gi\b/;

/**
 * Whether the question asks what a body it names is given to do: answered from that body's own heading ("1. Sở Nội
 * vụ"), not from a section noun. "việc nào do X chủ trì" asks the appendix's lead column instead.
 */
export function asksBodyRole(folded: string): boolean {
  return !YES_NO.test(folded) && !ROLE.test(folded) && BODY_ROLE.test(` ${folded} `);
}

/** Words a section noun's phrase may add of its own ("định hướng ngành … phát triển") before it names a subject. */
const OWN_WORDS = 2;
const SECTION_WORDS = new Set(SECTION_NOUN.replace(/[()|]/gu, ' ').split(' ').filter(Boolean));

const documentWords = new WeakMap<object, Set<string>>();

/**
 * The words of the titles of the plans held (documents with sections, not the knowledge records, whose hundreds of
 * procedure names hold most words), and of the provinces: they say which document, not which part.
 */
export function documentWordsOf(context: ComposeContext): Set<string> {
  const corpus = context.retriever.describeCorpus();
  let words = documentWords.get(corpus);
  if (!words) {
    const plans = corpus.documents.filter((document) => document.kind === 'text' || document.kind === 'table-row');
    documentWords.set(corpus, (words = new Set([...plans.map((document) => document.title), ...corpus.provinces].flatMap((text) => foldedWords(text).trim().split(' ')))));
  }
  return words;
}

/**
 * The question's content terms that can tell sections apart: its content syllables and pairs of them ("muc_dich",
 * not "nhung_muc"), without the words that name the document (its title, its number: "Quyết định 350").
 */
export function askedTerms(context: ComposeContext, first: Chunk): string[] {
  // The question's own terms, less the provinces it names: the shared profile drops every syllable of every province
  // name ("phú" of Phú Thọ), which would leave "phụ lục" out.
  const named = new Set(context.analysis.provinces.flatMap((province) => foldedWords(province).trim().split(' ')));
  const own = termProfile(context.analysis.folded);
  const profile = { unigrams: own.unigrams.filter((term) => !named.has(term)), bigrams: own.bigrams.filter((pair) => !pair.split('_').some((part) => named.has(part))) };
  const titleTerms = termSet(first.title);
  const titleNumbers = new Set([...titleTerms].filter((term) => /^\d/u.test(term)).map((term) => term.split(/[/_-]/u)[0]!));
  const naming = (term: string) => titleTerms.has(term) || titleNumbers.has(term);
  const content = new Set(profile.unigrams.filter((term) => !naming(term)));
  // A pair is the title's when the title holds the pair, not one of its syllables ("phủ" of "Chính phủ" is no part of "phụ lục").
  const pairs = profile.bigrams.filter((pair) => !naming(pair) && pair.split('_').some((part) => content.has(part)) && !pair.split('_').some((part) => titleNumbers.has(part)));
  return [...content, ...pairs];
}

/** Weighted share of the question's content words that a document's title holds ("350" in "350/QĐ-TTg" too). */
export function titleCoverage(context: ComposeContext, title: string): number {
  const { profile, weight } = context.terms;
  const titleTerms = termSet(title);
  const numbers = new Set([...titleTerms].filter((term) => /^\d/u.test(term)).map((term) => term.split(/[/_-]/u)[0]!));
  const total = profile.unigrams.reduce((sum, term) => sum + weight(term), 0);
  if (total === 0) return 0;
  return profile.unigrams.reduce((sum, term) => sum + (titleTerms.has(term) || numbers.has(term) ? weight(term) : 0), 0) / total;
}
