/**
 * Which plan the question names by its title. Several plans of one province share most passages' vocabulary
 * ("chuyển đổi số", "Sở Nội vụ"), so a question naming "kế hoạch chuyển đổi số năm 2026" or "kế hoạch 350" is told
 * apart only by its title words that some plans' titles hold and others' do not ("2026", "350", "ngành"). Words
 * every title holds tell nothing; province names are left to the province preference. The plans whose titles hold
 * the most of those words, weighted by how few titles hold each, are lifted a little.
 */
import type { Chunk } from '../core/types';
import { foldDiacritics } from '../text/fold';
import { analyzeText } from './analyze';
import { DOCUMENT_FAMILY, passageFamily } from './passage-family';
import type { Thesaurus } from './thesaurus';

/** The lift of the plans whose titles the question names best. */
export const TITLE_BOOST = 1.25;

/** At least one word held by no more than half the titles. */
const MIN_EVIDENCE = Math.log(2);

// A question names a plan by its kind of document ("kế hoạch …", "quyết định 350", "đề án"); title words in a
// question that names none ("hạ tầng số ngành Nội vụ") are about the content.
const NAMES_DOCUMENT = / (ke hoach|kh|quyet dinh|qd|de an|van ban|chuong trinh) /;

/** Words that place a plan rather than name it: the province preference weighs them. */
export const PLACE_WORDS = ['tinh', 'thanh', 'pho', 'huyen', 'xa', 'phuong', 'dac', 'khu'];

export interface TitleIndex {
  /** Document index of every passage, or -1 for knowledge records. */
  documentOf: Int32Array;
  /** Folded title terms of each plan document. */
  titles: Array<Set<string>>;
}

export function buildTitleIndex(chunks: readonly Chunk[], thesaurus: Thesaurus): TitleIndex {
  const positions = new Map<string, number>();
  const titles: Array<Set<string>> = [];
  const documentOf = Int32Array.from(chunks, (chunk) => {
    if (passageFamily(chunk.kind) !== DOCUMENT_FAMILY) return -1;
    let position = positions.get(chunk.docId);
    if (position === undefined) {
      positions.set(chunk.docId, (position = titles.length));
      titles.push(new Set(titleTerms(chunk.title, thesaurus)));
    }
    return position;
  });
  return { documentOf, titles };
}

function titleTerms(text: string, thesaurus: Thesaurus): string[] {
  const analyzed = analyzeText(text, thesaurus);
  return [...analyzed.folded.filter((term) => !thesaurus.isStopword(term)), ...analyzed.partTerms, ...analyzed.foldedTerms.filter((term) => term.startsWith('§'))];
}

/**
 * The factor of each passage for a question, or undefined when no title word of the question tells the plans apart.
 * `ignored` holds words that name places (provinces), which the province preference already weighs.
 */
export function titleFactor(question: string, index: TitleIndex, thesaurus: Thesaurus, ignored: ReadonlySet<string>, boost = TITLE_BOOST): ((passage: number) => number) | undefined {
  const count = index.titles.length;
  if (count < 2 || !NAMES_DOCUMENT.test(` ${foldDiacritics(question.normalize('NFC')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `)) return undefined;
  const scores = new Array<number>(count).fill(0);
  for (const term of new Set(titleTerms(question, thesaurus))) {
    if (ignored.has(term)) continue;
    const holders = index.titles.filter((title) => title.has(term)).length;
    if (holders === 0 || holders === count) continue;
    const weight = Math.log(count / holders);
    index.titles.forEach((title, document) => {
      if (title.has(term)) scores[document]! += weight;
    });
  }
  const best = Math.max(...scores);
  // A word most titles share ("năm") is too weak a sign on its own.
  if (best < MIN_EVIDENCE) return undefined;
  return (passage) => {
    const document = index.documentOf[passage]!;
    return document >= 0 && scores[document] === best ? boost : 1;
  };
}
