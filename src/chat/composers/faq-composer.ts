/**
 * FAQ entries (knowledge/faq): the answer part of the entry, taken from its record, never the question echoed.
 * Scored by how much of the question the entry's own question and paraphrases cover.
 */
import type { Chunk } from '../../core/types';
import type { FaqEntry } from '../../knowledge/faq-schema';
import { PassageNumbering } from '../passage-numbering';
import { splitSentences, wordCount } from '../sentence-split';
import { termSet } from '../term-weights';
import { matchingForm } from '../vocabulary';
import type { Candidate, ComposeContext, Composer } from './composer';

const FAQ_RANKS = 3;
const ANSWER_WORDS = 60;

export const faqComposer: Composer = {
  name: 'faq',
  compose(context) {
    const candidates: Candidate[] = [];
    for (const hit of context.hits.slice(0, FAQ_RANKS)) {
      if (hit.chunk.kind !== 'faq') continue;
      const entry = context.faq.find((candidate) => `faq:${candidate.id}` === hit.chunk.docId);
      if (!entry) continue;
      const numbering = new PassageNumbering();
      const answer = `${leadingSentences(entry.answer, context)} [${numbering.number(hit.chunk)}].`;
      candidates.push({ kind: 'faq', answer, passages: numbering.passages, score: askedCoverage(context, entry, hit.chunk) });
    }
    return candidates.sort((left, right) => right.score - left.score);
  },
};

/**
 * How much of the question the entry's question forms cover (weighted like retrieval coverage), so a question
 * that only shares "hồ sơ" with an entry does not get its answer.
 */
function askedCoverage(context: ComposeContext, entry: FaqEntry, chunk: Chunk): number {
  // Asked in the entry's own words ("bạn có thể giúp gì"), function words and all: that is the entry.
  const wordings = [entry.question, ...entry.paraphrases];
  if (sameWording(context.analysis.folded, wordings)) return 1;
  if (context.terms.profile.unigrams.length === 0) return shortWordingCovered(context, wordings) ? 1 : 0;
  const asked = termSet([entry.question, ...entry.paraphrases, chunk.section].join('\n'));
  const { profile, weight } = context.terms;
  const share = (terms: string[]) => {
    const total = terms.reduce((sum, term) => sum + weight(term), 0);
    return total === 0 ? 1 : terms.reduce((sum, term) => sum + (asked.has(term) ? weight(term) : 0), 0) / total;
  };
  if (profile.unigrams.length === 0) return 0;
  return 0.4 * share(profile.unigrams) + 0.6 * (profile.bigrams.length > 0 ? share(profile.bigrams) : share(profile.unigrams));
}

// Share of words two wordings must have in common (both ways) to be the same question.
const SAME_WORDING = 0.75;

function sameWording(folded: string, wordings: readonly string[]): boolean {
  const asked = new Set(folded.trim().split(' ').filter(Boolean));
  if (asked.size === 0) return false;
  return wordings.some((wording) => {
    const words = new Set(matchingForm(wording).trim().split(' ').filter(Boolean));
    const shared = [...asked].filter((word) => words.has(word)).length;
    return shared / asked.size >= SAME_WORDING && shared / words.size >= SAME_WORDING;
  });
}

// A question of function words only ("bạn làm được gì") needs this many words to say anything.
const SHORT_WORDS = 3;

/**
 * A question made of function words only has no content term to weigh; it is the entry's when every word of it is
 * in the entry's wordings ("bạn" from one paraphrase, "làm được gì" from the question) and one wording holds most
 * of it. Chit-chat of the same shape brings a word no wording has ("bạn khỏe không": "khỏe").
 */
function shortWordingCovered(context: ComposeContext, wordings: readonly string[]): boolean {
  const { analysis } = context;
  // A short question that continues a conversation ("làm thế nào?") is about what was being discussed.
  if (context.resolved.usedFocus || analysis.aspects.length > 0) return false;
  const asked = [...new Set(analysis.folded.trim().split(' ').filter(Boolean))];
  if (asked.length < SHORT_WORDS) return false;
  const forms = wordings.map((wording) => new Set(matchingForm(wording).trim().split(' ').filter(Boolean)));
  if (!asked.every((word) => forms.some((form) => form.has(word)))) return false;
  return forms.some((form) => asked.filter((word) => form.has(word)).length / asked.length >= SAME_WORDING);
}

/** The answer's opening sentences up to about sixty words, then the sentences that hold question terms. */
function leadingSentences(answer: string, context: ComposeContext): string {
  const sentences = splitSentences(answer);
  const wanted = new Set(context.terms.profile.bigrams);
  const kept: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const count = wordCount(sentence.text);
    const relevant = [...termSet(sentence.text)].some((term) => wanted.has(term));
    if (kept.length > 0 && words + count > ANSWER_WORDS && !relevant) continue;
    if (kept.length > 0 && words + count > ANSWER_WORDS * 1.5) break;
    kept.push(sentence.text);
    words += count;
  }
  return kept.join(' ').replace(/[.;,:\s]+$/u, '');
}
