/**
 * A procedure the question does not name, guessed from the top procedure passage: how well that record answers.
 * Its facts must cover the question's terms, and its name must explain the question's procedure-naming words at
 * least as well as any other record's name does — "quỹ" asked, a "hội" record found, scores nothing.
 */
import type { Chunk } from '../core/types';
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import type { ComposeContext } from './composers/composer';
import { coverageOf } from './composers/coverage';
import { askedLevel, deniedStretches, levelSiblings, nameVocabulary, nameWordWeight, negatedStretches, questionNegates, recordLevel } from './procedure-match';
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import { procedureFacts } from '../knowledge/procedure-facts';
import { recordStatements } from '../knowledge/procedure-statements';
import { withoutAspectWords } from './aspect-words';
import { askedFactKinds, statesFact, type FactKind } from './asked-fact';
import { rolesConflict } from './procedure-role';
import { statementFor } from './procedure-statement';
import { isFunctionWord } from './term-weights';
import { matchingForm, withOfficialWords } from './vocabulary';
import { normalizeText } from '../text/normalize';
import { wishedPart } from './wish-clause';
import { foldDiacritics } from '../text/fold';

// A guessed record carrying most of the question's procedure-naming words needs no comparison with other names.
const NAME_WORDS_SHARE = 0.75;
// Below it, the record must be the best explanation of the naming words among all records (within this margin).
const BEST_NAME_MARGIN = 0.05;
// The share of naming words at which the best retrieved record, asked one of its aspects, is taken as named.
const NAMED_BY_SHARE = 0.3;
// A record whose name says almost none of the question's naming words is no guess at all.
const LEAST_NAME_SHARE = 0.25;

interface NameWords {
  /** Words of the name and aliases outside a negated stretch. */
  said: Set<string>;
  /** Every word of the name and aliases. */
  all: Set<string>;
  /** How each negated stretch opens ("khong thuoc", "chua du"). */
  negations: string[];
  /** Words only the everyday phrases of the record say, and their adjacent pairs. */
  phrased: Set<string>;
  phrasedPairs: Set<string>;
}

const namedWordsOf = new WeakMap<ProcedureRecord, NameWords>();

/**
 * A name's words said of its subject, apart from those it negates: "người không đủ điều kiện hưởng lương hưu" is
 * not about drawing a pension, "… không thuộc diện cấp giấy phép" not about the permit.
 */
function nameWords(record: ProcedureRecord): NameWords {
  let found = namedWordsOf.get(record);
  if (found) return found;
  found = { said: new Set(), all: new Set(), negations: [], phrased: new Set(), phrasedPairs: new Set() };
  for (const text of [record.name, ...record.aliases]) {
    for (const stretch of negatedStretches(text)) {
      for (const word of stretch.words) {
        found.all.add(word);
        if (!stretch.negation) found.said.add(word);
      }
      if (stretch.negation) found.negations.push(stretch.negation);
    }
  }
  for (const phrase of record.phrases ?? []) {
    // An association's own name in a phrase ("hội cựu học sinh …") is an example, not how the need is said.
    const example = new Set(ownNameAt(phrase));
    const words = matchingForm(phrase).trim().split(' ');
    for (const [index, word] of words.entries()) {
      if (example.has(index)) continue;
      if (!found.all.has(word)) found.phrased.add(word);
      if (index > 0 && !example.has(index - 1)) found.phrasedPairs.add(`${words[index - 1]} ${word}`);
    }
  }
  namedWordsOf.set(record, found);
  return found;
}

/** The words a record's name says for this question: all of them when the question negates something too. */
function namedWordsFor(question: string, record: ProcedureRecord): Set<string> {
  const own = nameWords(record);
  return own.negations.length > 0 && questionNegates(question) ? own.all : own.said;
}

/**
 * Share of the question's procedure-naming words found in this record's name, and the best share of any record;
 * each word weighed by how rare it is among names, so "hồ sơ", "cấp" or "bảo hiểm xã hội" decide little.
 */
interface Reading {
  asked: string[];
  weights: number[];
  total: number;
  /** For each asked word, the adjacent word pairs it stands in. */
  pairs: string[][];
}

const readingsOf = new WeakMap<ProcedureCatalog, Map<string, Reading[]>>();
// A question is read once for all the names it is compared with; the last few questions are kept.
const READINGS_KEPT = 64;

/**
 * The question's naming words with their weights, as typed and with its everyday words in the official wording names
 * use ("New Zealand" for "Niu Di-lân"): a name is said by either reading, whichever says more of it ("công ty" put
 * in place would otherwise count the employer's official title against every name without it).
 */
function questionReadings(question: string, catalog: ProcedureCatalog): Reading[] {
  let byQuestion = readingsOf.get(catalog);
  if (!byQuestion) readingsOf.set(catalog, (byQuestion = new Map()));
  const known = byQuestion.get(question);
  if (known) return known;
  const vocabulary = nameVocabulary(catalog);
  const kin = kinOnlyWords(question);
  // The association's own name ("Hội cựu giáo chức …") names no procedure.
  const form = matchingForm(question).trim().split(' ');
  for (const index of ownNameAt(question)) if (form[index]) kin.add(form[index]!);
  const readings = [matchingForm(question), withOfficialWords(question)].map((text) => {
    const asked = [...new Set(withoutAspectWords(text).trim().split(' '))].filter((word) => vocabulary.has(word) && !isFunctionWord(word) && !kin.has(word));
    const weights = asked.map((word) => nameWordWeight(word, vocabulary));
    const sequence = text.trim().split(' ');
    const pairs = asked.map((word) => sequence.flatMap((other, index) => (other !== word ? [] : [index > 0 ? `${sequence[index - 1]} ${word}` : '', index + 1 < sequence.length ? `${word} ${sequence[index + 1]}` : ''].filter(Boolean))));
    return { asked, weights, total: weights.reduce((sum, weight) => sum + weight, 0), pairs };
  });
  if (byQuestion.size >= READINGS_KEPT) byQuestion.delete(byQuestion.keys().next().value!);
  byQuestion.set(question, readings);
  return readings;
}

export function nameShare(question: string, record: ProcedureRecord, catalog: ProcedureCatalog, rivals: readonly ProcedureRecord[] = catalog.records): { own: number; best: number } {
  const readings = questionReadings(question, catalog);
  if (readings.every((reading) => reading.total === 0)) return { own: 0, best: 0 };
  const share = (candidate: ProcedureRecord) => {
    const words = namedWordsFor(question, candidate);
    const { phrased, phrasedPairs } = nameWords(candidate);
    // A word of the name counts whole; one only the everyday phrases say counts less, and least standing alone.
    const worth = (word: string, standing: readonly string[]) =>
      words.has(word) ? 1 : !phrased.has(word) ? 0 : standing.some((pair) => phrasedPairs.has(pair)) ? PHRASE_PAIR_WORTH : PHRASE_WORD_WORTH;
    return Math.max(...readings.map(({ asked, weights, total, pairs }) => (total === 0 ? 0 : asked.reduce((sum, word, index) => sum + weights[index]! * worth(word, pairs[index]!), 0) / total)));
  };
  let best = 0;
  for (const rival of rivals) best = Math.max(best, share(rival));
  return { own: share(record), best };
}

// The everyday phrases are many words per record: a pair of them said together ("tiền tuất", "bị thương") tells as
// much as a name word, a single one of their syllables alone very little.
const PHRASE_PAIR_WORTH = 1;
const PHRASE_WORD_WORTH = 0.25;

// Kin a citizen speaks of, whose folded form is a word of names: "bố" (father) folds like "Bộ" (ministry), "chú"
// like "chủ", "cô" like "cơ sở".
const KIN: ReadonlyArray<[string, RegExp, RegExp]> = [
  ['bo', /(^|[^\p{L}])bố(?![\p{L}])/u, /(^|[^\p{L}])bộ(?![\p{L}])/u],
  ['chu', /(^|[^\p{L}])chú(?![\p{L}])/u, /(^|[^\p{L}])chủ(?![\p{L}])/u],
  ['co', /(^|[^\p{L}])cô(?![\p{L}])/u, /(^|[^\p{L}])(cơ|có|cố)(?![\p{L}])/u],
];

/** Folded words the question says only as kin, typed with their marks (and never in the sense names use). */
function kinOnlyWords(question: string): Set<string> {
  const text = normalizeText(question).toLowerCase();
  return new Set(KIN.filter(([, kin, other]) => kin.test(text) && !other.test(text)).map(([word]) => word));
}

const bigramsOf = new WeakMap<ProcedureCatalog, Set<string>>();

/** Every pair of adjacent folded words in the records' names and aliases, once per catalog. */
export function nameBigrams(catalog: ProcedureCatalog): Set<string> {
  let pairs = bigramsOf.get(catalog);
  if (!pairs) {
    pairs = new Set();
    for (const record of catalog.records) {
      for (const text of [record.name, ...record.aliases]) {
        const words = matchingForm(text).trim().split(' ');
        for (let index = 1; index < words.length; index++) pairs.add(`${words[index - 1]} ${words[index]}`);
      }
    }
    bigramsOf.set(catalog, pairs);
  }
  return pairs;
}

/** The evidence score of a record the question does not name (0 when its name does not fit the question). */
export function guessedScore(context: ComposeContext, record: ProcedureRecord, catalog: ProcedureCatalog, passages: readonly Chunk[]): number {
  // A retrieved record that knows none of the aspects asked is no rival: its name may say more of the question,
  // but it could not answer it.
  const aspects = context.analysis.aspects;
  const answers = (rival: ProcedureRecord) => aspects.length === 0 || aspects.some((aspect) => procedureFacts(rival, aspect, { question: context.analysis.text }).known);
  const coverageNow = () => coverageOf(context, [...passages, ...context.retriever.documentChunks(`procedure:${record.id}`)]);
  // The whole name said ("trợ cấp tuất một lần" beside the circumstances told) names the record.
  if (saysWholeName(context.analysis.text, record) && !swapsNameWord(context.analysis.text, record, catalog)) return Math.max(coverageNow(), context.threshold);
  // A sibling at another level than the one the question says, this record's, is no rival ("hội trong tỉnh").
  const level = askedLevel(context.analysis.text);
  const sameLevel = (rival: ProcedureRecord) => !level || recordLevel(record) !== level || recordLevel(rival) === undefined || recordLevel(rival) === level;
  // A procedure of a hội or a quỹ is not guessed for a question that names neither: who asks about one says so.
  const kinds = kindsOfOrganization(record.name);
  if (kinds.length > 0 && !kinds.some((word) => organizationWords(context.analysis.text).includes(word))) return 0;
  // A record outside this one's family, or one whose name the question denies, is no rival.
  // A rival whose name this one's holds whole ("Cấp X" within "Cấp lại X … bị mất") was weighed when the record was
  // chosen; it is no other explanation of the question.
  const rivalOf = (rival: ProcedureRecord) => !leavesFamily(context.analysis.text, record, rival) && !deniedBy(context.analysis.text, rival) && (rival === record || !nameWithin(rival, record));
  const { own, best } = nameShare(context.analysis.text, record, catalog, retrievedRecords(context, catalog).filter((rival) => answers(rival) && sameLevel(rival) && rivalOf(rival)));
  if (own < LEAST_NAME_SHARE || (own < NAME_WORDS_SHARE && own < best - BEST_NAME_MARGIN)) return 0;
  if (swapsNameWord(context.analysis.text, record, catalog)) return 0;
  // A question that asks nothing a procedure states (no aspect, no kind of fact) and names little of this one is
  // not about it: "sông nào dài nhất Việt Nam" shares "Việt Nam" with many names.
  const asksProcedure = context.analysis.aspects.length > 0 || askedFactKinds(context.analysis.text).length > 0;
  if (!asksProcedure && own < NAME_WORDS_SHARE) return 0;
  const coverage = coverageNow();
  // A citizen describes a situation ("bị dừng vì …, nay muốn hưởng lại"): many of its words are in no record, so
  // coverage stays low. A record that ranks first, whose name says a good part of the naming words as well as any
  // other retrieved name (within the margin: a sibling's name can tie on shared words), asked for one of its aspects, is the question's procedure all the same.
  const asksAspect = context.analysis.aspects.length > 0;
  const lifted = asksAspect && own >= NAMED_BY_SHARE && own >= best - BEST_NAME_MARGIN;
  return lifted ? Math.max(coverage, context.threshold) : coverage;
}

/**
 * The question says the record's name with one word swapped for another name's word where the name goes on
 * ("đăng ký hoạt động quỹ …" against "đăng ký hoạt động hội …"): a sibling procedure, not this one.
 */
export function swapsNameWord(question: string, record: ProcedureRecord, catalog: ProcedureCatalog): boolean {
  // An everyday word for the name's own ("nhận trợ cấp" for "hưởng trợ cấp") is no swap: read both ways.
  return swapsIn(matchingForm(question), record, catalog) && swapsIn(withOfficialWords(question), record, catalog);
}

function swapsIn(form: string, record: ProcedureRecord, catalog: ProcedureCatalog): boolean {
  const vocabulary = nameVocabulary(catalog);
  const pairs = nameBigrams(catalog);
  const asked = form.trim().split(' ');
  // The bracketed level ("(cấp trung ương)") qualifies the name; "thuộc trung ương" said for it swaps nothing.
  const name = matchingForm(record.name.replace(/\s*\([^)]*\)\s*$/u, '')).trim().split(' ');
  for (let index = 1; index + 1 < name.length; index++) {
    const word = name[index]!;
    if (asked.includes(word)) continue;
    for (let at = 1; at + 1 < asked.length; at++) {
      const swapped = asked[at]!;
      // The word put in its place is another name's, not one of this name's own ("hợp đồng lao động" is no swap).
      // The word put in its place stands beside the same neighbour in some other name ("hoạt động quỹ" beside
      // "hoạt động hội"): a sibling family. A word no name pairs so is another way of saying it ("mở chi nhánh").
      const sibling = pairs.has(`${name[index - 1]} ${swapped}`) || pairs.has(`${swapped} ${name[index + 1]}`);
      if (asked[at - 1] === name[index - 1] && asked[at + 1] === name[index + 1] && vocabulary.has(swapped) && sibling && !name.includes(swapped) && !isFunctionWord(swapped)) return true;
    }
  }
  return false;
}

/** The records of the retrieved procedure passages, best ranked first: the rivals a guessed record is compared with. */
function retrievedRecords(context: Pick<ComposeContext, 'hits'>, catalog: ProcedureCatalog): ProcedureRecord[] {
  const ids = [...new Set(context.hits.flatMap((hit) => (hit.chunk.procedureId ? [hit.chunk.procedureId] : [])))];
  return ids.flatMap((id) => catalog.records.find((record) => record.id === id) ?? []);
}

/**
 * Among the retrieved records, the one the question names best: the top passage's record unless another retrieved
 * record's name explains the question's naming words clearly better ("tự nguyện" asked, "bắt buộc" ranked first).
 */
export function guessRecord(question: string, hits: ComposeContext['hits'], catalog: ProcedureCatalog, top: ProcedureRecord): ProcedureRecord {
  const rivals = retrievedRecords({ hits }, catalog);
  // One procedure at several levels is one need: the everyday phrases of any level's record say it (a level's own
  // record may carry fewer), while the level asked is weighed apart below.
  const share = (record: ProcedureRecord) => Math.max(...levelSiblings(record, catalog).map((sibling) => nameShare(question, sibling, catalog, []).own), nameShare(question, record, catalog, []).own);
  const fit = (record: ProcedureRecord) => ({ record, share: share(record), unsaid: unsaidShare(question, record, catalog) });
  let best = fit(top);
  const organizations = organizationWords(question);
  const wish = wishedPart(question);
  // Said whole in the circumstances told ("đang hưởng trợ cấp X, muốn chuyển …"), a name is not the one wished for.
  const whole = (record: ProcedureRecord) => saysWholeName(wish ?? question, record);
  const level = askedLevel(question);
  for (const rival of rivals.map(fit)) {
    // "Quỹ hỗ trợ nông dân … tự giải thể": the fund's own name says words of other procedures' names, but a record
    // of the family the question names (a quỹ, a hội, people with meritorious service) stays before one outside it.
    if (leavesFamily(question, best.record, rival.record)) continue;
    // … and a record for the hội (or quỹ) the question names replaces one for the other kind that names something.
    if (organizationLost(organizations, rival.record, best.record) && rival.share >= LEAST_NAME_SHARE) {
      best = rival;
      continue;
    }
    // As much named, but at the level the question says ("trung tâm … của tỉnh" for "… do tỉnh quản lý"), both
    // said whole or not.
    // A rival whose name holds all of this one's ("… chia, tách, mở rộng phạm vi hoạt động quỹ (cấp tỉnh)" for the
    // commune's "… chia, tách quỹ") is the same procedure at another level, however it shares.
    const closeEnough = rival.share >= best.share - BEST_NAME_MARGIN || nameWithin(best.record, rival.record);
    if (level && closeEnough && recordLevel(rival.record) === level && recordLevel(best.record) !== level && recordLevel(best.record) !== undefined) {
      best = rival;
      continue;
    }
    // A name the question says whole ("trợ cấp tuất một lần") is named, whatever more a longer name shares with the
    // circumstances told ("đang hưởng lương hưu"); of two said whole, the longer is the more precise.
    const [rivalWhole, bestWhole] = [whole(rival.record), whole(best.record)];
    if (rivalWhole || bestWhole) {
      if (rivalWhole && (!bestWhole || contentWords(rival.record).length > contentWords(best.record).length)) best = rival;
      continue;
    }
    // Clearly more of the question named, or as much by a name that is the other's without words the question
    // leaves unsaid ("cấp …" over "cấp lại …" when nothing in the question says "lại").
    // As much named, and negating as the question does ("không đóng bảo hiểm bắt buộc" for "… không thuộc đối tượng
    // tham gia bảo hiểm xã hội bắt buộc"), or not negating when the question does not.
    const negates = (candidate: ProcedureRecord) => nameWords(candidate).negations.length > 0;
    if (Math.abs(rival.share - best.share) <= EPSILON && negates(rival.record) !== negates(best.record) && negates(rival.record) === questionNegates(question)) {
      best = rival;
      continue;
    }
    // A name that drops the negation the question says too ("… và không thuộc đối tượng …") is the opposite
    // procedure, however tighter or more wished it reads.
    const dropsNegation = questionNegates(question) && negates(best.record) && !negates(rival.record);
    // As much named, but more of it in what the citizen wishes to do ("thành lập … nay muốn giải thể").
    const wished = !dropsNegation && wish !== undefined && rival.share >= best.share - BEST_NAME_MARGIN && wishShare(wish, rival.record) > wishShare(wish, best.record) + BEST_NAME_MARGIN;
    if (wished) {
      best = rival;
      continue;
    }
    // A shorter sibling ("Cấp X" within "Cấp lại X") wins neither way when the question types the phrase it lacks.
    const keepsTyped = !nameWithin(rival.record, best.record) || !dropsTypedPair(question, best.record, rival.record);
    // Nor does a fuller sibling ("Công nhận ban vận động thành lập hội" for "Thành lập hội") when the question types
    // none of what its name adds: the everyday phrases may share more with it, but the question names the shorter.
    const names = rival.share > best.share + BEST_NAME_MARGIN && !(nameWithin(best.record, rival.record) && !dropsTypedPair(question, rival.record, best.record));
    const tighter = rival.share >= best.share - EPSILON && rival.unsaid < best.unsaid - UNSAID_MARGIN && nameWithin(rival.record, best.record) && !dropsNegation;
    if ((names || tighter) && keepsTyped) best = rival;
  }
  return best.record;
}

// The people the "Người có công" field's procedures are for, as a question names them.
const MERITORIOUS_FIELD = 'Người có công';
const MERITORIOUS = / (nguoi co cong|thuong binh|benh binh|liet si|me viet nam anh hung|hoat dong cach mang|nhiem chat doc hoa hoc) /;

/**
 * A record named by part of its name or an alias, with a retrieved sibling whose name is this one's without words
 * the question leaves unsaid ("cấp lại X" named by its alias "X", "cấp X" retrieved): the sibling, the question
 * never saying what sets the named one apart.
 */
export function tighterSibling(question: string, hits: ComposeContext['hits'], catalog: ProcedureCatalog, record: ProcedureRecord): ProcedureRecord {
  const own = { share: nameShare(question, record, catalog, []).own, unsaid: unsaidShare(question, record, catalog) };
  for (const rival of retrievedRecords({ hits }, catalog)) {
    if (rival === record || !nameWithin(rival, record)) continue;
    const share = nameShare(question, rival, catalog, []).own;
    if (share >= own.share - EPSILON && unsaidShare(question, rival, catalog) < own.unsaid - UNSAID_MARGIN) return rival;
  }
  return record;
}

// The organizations whose procedures make families of their own (hội, quỹ). Folded, "hội" is also "hỏi" (to ask)
// and the "hội" of "xã hội", "hội đồng"; "quỹ" is the "quy" of "quy định", "quy trình".
const ORGANIZATION_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['hoi', /(?<!\bxa )\bhoi\b(?! dong\b)/],
  ['quy', /\bquy\b(?! (dinh|trinh|che|mo|hoach|tac|luat|vi)\b)/],
];

/** The organization words a question says: with their marks, or folded when the question is typed without any. */
function organizationWords(question: string): string[] {
  const text = normalizeText(question).toLowerCase();
  const unmarked = foldDiacritics(text) === text;
  const folded = matchingForm(question);
  const marked = matchingForm(text.replace(/hỏi|quý|quy/gu, ' '));
  return ORGANIZATION_WORDS.filter(([, pattern]) => pattern.test(unmarked ? folded : marked)).map(([word]) => word);
}

// Words that go on after a hội's or quỹ's kind in names and phrases ("hội tự giải thể", "quỹ cấp tỉnh", "hội nghề
// nghiệp trong tỉnh"), ending the organization's own name where one is said.
const AFTER_ORGANIZATION = new Set(
  'cap tinh xa phuong huyen trung uong toan ca cua muon da dang vua duoc bi xin thi co nay do o tai trong hoat tu du khi dat nhiem bat thanh quan va doi dong chung toi minh em ta khong can phai lam nop gui de se moi vao voi cho tren len ve nhu la gom hop sap chia tach giai con xa hoi nghe dac thu'.split(' '),
);
// An association's own name is short ("Hội cựu học sinh", "Quỹ khuyến học"): at most this many words.
const OWN_NAME_WORDS = 3;

/**
 * The positions, in a phrase's matching form, of the words naming one association or fund ("hội cựu học sinh
 * phường …" → cựu, học, sinh): the words after "hội"/"quỹ" (with their marks) up to one that goes on a name.
 */
function ownNameAt(phrase: string): number[] {
  const words = normalizeText(phrase).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const folded = words.map((word) => foldDiacritics(word).replace(/đ/g, 'd'));
  const at: number[] = [];
  for (let index = 0; index < words.length; index++) {
    // "xã hội", "hội đồng", "quỹ hưu trí" name no association.
    if ((words[index] !== 'hội' && words[index] !== 'quỹ') || words[index - 1] === 'xã' || words[index + 1] === 'đồng' || words[index + 1] === 'hưu' || words[index + 1] === 'bảo') continue;
    for (let next = index + 1; next < words.length && next <= index + OWN_NAME_WORDS; next++) {
      if (AFTER_ORGANIZATION.has(folded[next]!) || /\d/.test(folded[next]!)) break;
      at.push(next);
    }
  }
  return at;
}

/**
 * The organizations a name is about, read with its marks: folded, "hồi" (thu hồi, phục hồi) reads as "hội" and
 * "quy định" as "quỹ"; "xã hội" and "hội đồng" are no association. A capitalised "Quỹ" inside the name is one
 * fund's own name ("… đóng góp vào Quỹ Hỗ trợ việc làm ngoài nước"), not the kind of organization it is for.
 */
function kindsOfOrganization(name: string): string[] {
  const common = name.normalize('NFC').replace(/(?<=\S\s+)(Quỹ|Hội)\s/gu, ' ').toLowerCase();
  const kinds: string[] = [];
  if (/(^|[^\p{L}])hội(?![\p{L}])/u.test(common.replace(/xã hội|hội đồng/gu, ' '))) kinds.push('hoi');
  // "Ký quỹ" is a deposit, "quỹ hưu trí", "quỹ bảo hiểm" the insurance funds paid into: no organization.
  if (/(^|[^\p{L}])quỹ(?![\p{L}])/u.test(common.replace(/ký quỹ|quỹ (hưu trí|bảo hiểm|tiền lương)/gu, ' '))) kinds.push('quy');
  return kinds;
}

/**
 * The other record leaves the family the question names and this record belongs to: the hội or quỹ the question
 * says, or the people with meritorious service it says the person is ("bị ngừng trợ cấp, nay nhận lại" read by
 * another field's name).
 */
function leavesFamily(question: string, record: ProcedureRecord, other: ProcedureRecord): boolean {
  if (record.field === MERITORIOUS_FIELD && other.field !== MERITORIOUS_FIELD && MERITORIOUS.test(matchingForm(question))) return true;
  return organizationLost(organizationWords(question), record, other);
}

/** The rival's name lacks an organization word the question says and the record's name is about. */
function organizationLost(words: readonly string[], record: ProcedureRecord, rival: ProcedureRecord): boolean {
  const own = kindsOfOrganization(record.name);
  const theirs = kindsOfOrganization(rival.name);
  return words.some((word) => own.includes(word) && !theirs.includes(word));
}

const barePairsOf = new WeakMap<ProcedureRecord, { words: string[]; pairs: string[] }>();

/** A name's folded words without its bracketed level, and their adjacent pairs; once per record. */
function bareName(record: ProcedureRecord): { words: string[]; pairs: string[] } {
  let bare = barePairsOf.get(record);
  if (!bare) {
    const words = matchingForm(record.name.replace(/\s*\([^)]*\)/gu, '')).trim().split(' ');
    bare = { words, pairs: words.slice(1).map((word, index) => `${words[index]} ${word}`) };
    barePairsOf.set(record, bare);
  }
  return bare;
}

/** Share of the name's word pairs the wished part of the question says (pairs: "giải thể" is not "thể" alone). */
function wishShare(wish: string, record: ProcedureRecord): number {
  const { pairs } = bareName(record);
  return pairs.length === 0 ? 0 : pairs.filter((pair) => wish.includes(` ${pair} `)).length / pairs.length;
}

// Words a name may open with that a citizen leaves out ("Hưởng trợ cấp mai táng" asked as "trợ cấp mai táng").
const LEADING_ACTS = /^((huong|giai quyet|che do|thu tuc) )+/;

/** A name's words that say what it is: its level in brackets, function words and an opening act left out. */
function contentWords(record: ProcedureRecord): string[] {
  const name = `${bareName(record).words.join(' ')} `.replace(LEADING_ACTS, '');
  return name.trim().split(' ').filter((word) => word && !isFunctionWord(word));
}

/**
 * The words that say what the record is stand together in the question, as typed or in the official wording
 * (three words at least: a name, not a phrase). Words scattered over the circumstances told name nothing.
 */
export function saysWholeName(question: string, record: ProcedureRecord): boolean {
  const words = contentWords(record);
  if (words.length < 3) return false;
  const name = ` ${words.join(' ')} `;
  return [matchingForm(question), withOfficialWords(question)].some((reading) => ` ${reading.trim().split(' ').filter((word) => !isFunctionWord(word)).join(' ')} `.includes(name));
}

/**
 * A retrieved record whose name holds every word of the named one's and more ("Cấp lại X đối với trường hợp bị
 * mất" beside "Cấp X"), when the question says enough of the more to name clearly more of itself with it: the
 * fuller name; of several, the one naming most of the question.
 */
export function fullerSibling(question: string, hits: ComposeContext['hits'], catalog: ProcedureCatalog, record: ProcedureRecord): ProcedureRecord | undefined {
  const own = nameShare(question, record, catalog, []).own;
  // "thủ tục" names any procedure; its "tục" folds like the "tục" of "tiếp tục".
  const typed = ` ${matchingForm(question).replace(/ thu tuc( hanh chinh)? /g, ' , ').trim()} `;
  const ownPairs = new Set(bareName(record).pairs);
  // The more must be typed as a phrase of the fuller name ("cấp lại", "hy sinh"), not read into an official wording
  // or made of syllables that fold alike ("tục" of "thủ tục" is not "tiếp tục").
  const saysMore = (rival: ProcedureRecord) => bareName(rival).pairs.some((pair) => !ownPairs.has(pair) && typed.includes(` ${pair} `));
  let best: { record: ProcedureRecord; share: number } | undefined;
  for (const rival of retrievedRecords({ hits }, catalog)) {
    if (rival === record || !nameWithin(record, rival) || !saysMore(rival) || swapsNameWord(question, rival, catalog)) continue;
    const share = nameShare(question, rival, catalog, []).own;
    if (share > own + BEST_NAME_MARGIN && (!best || share > best.share)) best = { record: rival, share };
  }
  return best?.record;
}

const EPSILON = 1e-9;
// About one name word of middling rarity left unsaid.
const UNSAID_MARGIN = 1;

/**
 * The question denies what sets this record apart ("(không phải lần cuối)", "không phải cấp trung ương"): the
 * catalogue's record whose name is this one's without the denied words is the one meant.
 */
export function undeniedSibling(question: string, record: ProcedureRecord, catalog: ProcedureCatalog): ProcedureRecord {
  const full = ` ${matchingForm(record.name).trim()} `;
  for (const stretch of deniedStretches(question)) {
    if (!saysDenied(full, stretch)) continue;
    // The record's name with the denied words (and a bracket holding only them) taken out.
    const rest = full.replace(/\s+/g, ' ').replace(` ${stretch.filter((word) => full.includes(` ${word} `)).join(' ')} `, ' ').trim();
    const sibling = catalog.records.find((other) => other !== record && matchingForm(other.name).trim() === rest);
    if (sibling) return sibling;
  }
  return record;
}

/** The name (padded matching form) says what a denied stretch opens with (two words, or its only one). */
function saysDenied(name: string, stretch: readonly string[]): boolean {
  return name.includes(` ${stretch.slice(0, Math.min(2, stretch.length)).join(' ')} `);
}

/** The question denies what this record's name says ("không phải lần cuối" against "… lần cuối …"). */
function deniedBy(question: string, record: ProcedureRecord): boolean {
  const full = ` ${matchingForm(record.name).trim()} `;
  return deniedStretches(question).some((stretch) => saysDenied(full, stretch));
}

/** The question types a word pair of the record's name ("cấp lại") that the other's name lacks. */
function dropsTypedPair(question: string, record: ProcedureRecord, other: ProcedureRecord): boolean {
  const typed = ` ${matchingForm(question).trim()} `;
  const theirs = bareName(other).pairs;
  return bareName(record).pairs.some((pair) => !theirs.includes(pair) && typed.includes(` ${pair} `));
}

/** Every word of the first record's name is in the second's ("Cấp X" within "Cấp lại X"). */
function nameWithin(inner: ProcedureRecord, outer: ProcedureRecord): boolean {
  const words = new Set(matchingForm(outer.name).trim().split(' '));
  return matchingForm(inner.name).trim().split(' ').every((word) => words.has(word));
}

/** How much of the record's name (its words weighed by rarity) the question does not say. */
/**
 * A procedure's name opens with what is done ("Đăng ký …", "Hưởng …", "Cấp lại …"): the question saying that opening
 * asks for this act, whatever subject words another name shares with it.
 */
export function saysAction(question: string, record: ProcedureRecord): boolean {
  const opening = matchingForm(record.name).trim().split(' ').slice(0, 2).join(' ');
  return opening.includes(' ') && [matchingForm(question), withOfficialWords(question)].some((form) => form.includes(` ${opening} `));
}

function unsaidShare(question: string, record: ProcedureRecord, catalog: ProcedureCatalog): number {
  const vocabulary = nameVocabulary(catalog);
  const asked = new Set(matchingForm(question).trim().split(' '));
  const words = [...new Set(matchingForm(record.name).trim().split(' '))].filter((word) => !isFunctionWord(word) && !asked.has(word));
  return words.reduce((sum, word) => sum + nameWordWeight(word, vocabulary), 0);
}

/** The record a question that names none is about: the top procedure passage's, or a retrieved one named better. */
export function topProcedureRecord(context: ComposeContext): ProcedureRecord | undefined {
  const id = context.hits.find((hit) => hit.chunk.kind === 'procedure')?.chunk.procedureId;
  const top = id ? context.catalog?.records.find((record) => record.id === id) : undefined;
  return top && context.catalog ? guessRecord(context.analysis.text, context.hits, context.catalog, top) : top;
}

/** A procedure another body carries out (Bảo hiểm xã hội, a ministry) whose official page we hold in full. */
export function heldOtherBodyRecord(record: ProcedureRecord): boolean {
  return record.detail === 'full' && record.carriedOutBy !== undefined && record.carriedOutBy !== 'địa phương';
}

// Kinds of fact no aspect field holds: asked for, they must be stated in the record's own sentences.
const SENTENCE_KINDS: ReadonlySet<FactKind> = new Set(['percent', 'count', 'age', 'size', 'grade', 'consequence', 'form', 'start']);

/**
 * A record whose role is the other one (paying in asked, receiving found), or that states nowhere the kind of fact
 * asked (a rate) which another retrieved record states with the question's words, gives way to that record.
 * `aspects` are the aspects asked; `loose` when the record is only guessed or named by an alias or part of a name:
 * then a record that knows none of the aspects asked gives way to a retrieved sibling that knows them all — the
 * one naming the question best, the tighter name on a tie ("Cấp X" before "Cấp lại X đối với …").
 */
export function refineByContent(question: string, record: ProcedureRecord, hits: ComposeContext['hits'], catalog: ProcedureCatalog, aspects: readonly ProcedureAspect[] = [], loose = false): ProcedureRecord {
  const kinds = askedFactKinds(question, record.name).filter((kind) => SENTENCE_KINDS.has(kind));
  const conflict = rolesConflict(question, record);
  const missing = kinds.length > 0 && !recordStatements(record).some((statement) => kinds.some((kind) => statesFact(kind, statement.text)));
  const fits = (candidate: ProcedureRecord) =>
    candidate !== record && !leavesFamily(question, record, candidate) && !rolesConflict(question, candidate) && (kinds.length === 0 || statementFor(candidate, question) !== undefined) && nameShare(question, candidate, catalog, []).own >= LEAST_NAME_SHARE;
  if (conflict || missing) return retrievedRecords({ hits }, catalog).find(fits) ?? record;
  const knowsAll = (candidate: ProcedureRecord) => aspects.every((aspect) => procedureFacts(candidate, aspect, { question }).known);
  const knowsNone = aspects.length > 0 && aspects.every((aspect) => !procedureFacts(record, aspect, { question }).known);
  if (!loose || !knowsNone) return record;
  // A question and a name both negating ("không thuộc đối tượng …") are about the negated case: the sibling whose
  // name drops the negation is the opposite procedure, whatever it knows.
  const opposite = (candidate: ProcedureRecord) => questionNegates(question) && nameWords(record).negations.length > 0 && nameWords(candidate).negations.length === 0;
  // A shorter sibling ("Cấp X" within "Cấp lại X") lacking a phrase the question types ("cấp lại") is another
  // procedure, whatever it knows.
  const shorterUnsaid = (candidate: ProcedureRecord) => nameWithin(candidate, record) && dropsTypedPair(question, record, candidate);
  const knowing = retrievedRecords({ hits }, catalog).filter((candidate) => fits(candidate) && !opposite(candidate) && !shorterUnsaid(candidate) && !swapsNameWord(question, candidate, catalog) && knowsAll(candidate));
  let best: { record: ProcedureRecord; acts: boolean; share: number; unsaid: number } | undefined;
  for (const candidate of knowing) {
    const acts = saysAction(question, candidate);
    const share = nameShare(question, candidate, catalog, []).own;
    const unsaid = unsaidShare(question, candidate, catalog);
    const better = !best || (acts && !best.acts) || (acts === best.acts && (share > best.share + EPSILON || (share >= best.share - EPSILON && unsaid < best.unsaid - EPSILON)));
    if (better) best = { record: candidate, acts, share, unsaid };
  }
  return best?.record ?? record;
}
