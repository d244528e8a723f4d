/** Groups similar questions (Jaccard over folded syllables) so one representative stands for its rephrasings. */
import { foldDiacritics, hasDiacritics } from '../text/fold';
import { terms } from '../text/tokenize';

export interface QuestionCluster {
  /** The wording asked most often in the group. */
  representative: string;
  count: number;
  /** Up to three other wordings, for the admin deciding what to add to knowledge/. */
  variants: string[];
  lastAskedAt: string;
}

export interface AskedQuestion {
  text: string;
  at: string;
}

// Courtesy and filler syllables say nothing about the topic; they would make unrelated questions look alike.
// Matched with tone marks where they have them: "hỏi" (ask) is filler, "hội" (association) is a topic.
const FILLER = new Set(['tôi', 'em', 'mình', 'cho', 'hỏi', 'xin', 'ạ', 'vậy', 'với', 'nhé', 'là', 'thì', 'ơi', 'giúp', 'muốn', 'của', 'và', 'có', 'không', 'được', 'thế', 'nào', 'gì', 'bạn', 'anh', 'chị', 'à', 'nha', 'ak']);
// Typed without marks, only syllables that are filler whatever their marks.
const UNMARKED_FILLER = new Set(['toi', 'minh', 'cho', 'xin', 'vay', 'nhe', 'thi', 'giup', 'muon', 'khong', 'duoc', 'nao', 'gi', 'oi', 'a', 'la']);

export function syllableSet(text: string): Set<string> {
  const all = terms(text.normalize('NFC').toLowerCase());
  const content = all.filter((term) => !FILLER.has(term) && !(!hasDiacritics(term) && UNMARKED_FILLER.has(term)));
  return new Set((content.length > 0 ? content : all).map(foldDiacritics));
}

export function jaccard(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * Greedy clustering: exact wordings are counted first, then each wording (most frequent first) joins
 * the first group whose representative it resembles at `threshold`, or starts a new one.
 */
export function clusterQuestions(questions: AskedQuestion[], options: { threshold?: number; limit?: number } = {}): QuestionCluster[] {
  const threshold = options.threshold ?? 0.5;
  const wordings = new Map<string, { text: string; count: number; firstAskedAt: string; lastAskedAt: string }>();
  for (const question of questions) {
    const text = question.text.trim().replace(/\s+/g, ' ');
    if (!text) continue;
    const key = foldDiacritics(text.toLowerCase()).replace(/[?.!…\s]+$/u, '');
    const seen = wordings.get(key);
    if (seen) {
      seen.count++;
      if (question.at > seen.lastAskedAt) seen.lastAskedAt = question.at;
      if (question.at < seen.firstAskedAt) seen.firstAskedAt = question.at;
    } else wordings.set(key, { text, count: 1, firstAskedAt: question.at, lastAskedAt: question.at });
  }
  // Ties go to a wording with tone marks (easier to read), then to the one asked first.
  const ordered = [...wordings.values()].sort(
    (left, right) => right.count - left.count || Number(hasDiacritics(right.text)) - Number(hasDiacritics(left.text)) || left.firstAskedAt.localeCompare(right.firstAskedAt),
  );
  const groups: Array<{ terms: Set<string>; cluster: QuestionCluster }> = [];
  for (const wording of ordered) {
    const termsOfWording = syllableSet(wording.text);
    const group = groups.find((candidate) => jaccard(candidate.terms, termsOfWording) >= threshold);
    if (group) {
      group.cluster.count += wording.count;
      if (group.cluster.variants.length < 3) group.cluster.variants.push(wording.text);
      if (wording.lastAskedAt > group.cluster.lastAskedAt) group.cluster.lastAskedAt = wording.lastAskedAt;
    } else {
      groups.push({ terms: termsOfWording, cluster: { representative: wording.text, count: wording.count, variants: [], lastAskedAt: wording.lastAskedAt } });
    }
  }
  const clusters = groups.map((group) => group.cluster).sort((left, right) => right.count - left.count || left.representative.localeCompare(right.representative, 'vi'));
  return options.limit ? clusters.slice(0, options.limit) : clusters;
}
