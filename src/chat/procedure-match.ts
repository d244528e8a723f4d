/** Finds the procedure a question names: by code, else the longest name or alias it contains, abbreviations spelled out. */
import type { ProcedureCatalog } from '../knowledge/procedure-catalog';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { isFunctionWord } from './term-weights';
import { matchingForm, withOfficialWords } from './vocabulary';

export interface ProcedureMatch {
  record: ProcedureRecord;
  /** The folded words of the question that named it, so they are not read as the aspect asked ("mai táng phí"). */
  phrase: string;
  /** Named by most of a long name, not by the whole of a name or alias. */
  partial?: boolean;
  /** Named by one of its aliases (everyday names, short forms), not its official name. */
  alias?: boolean;
}

const STATUS_RANK: Record<ProcedureRecord['status'], number> = { current: 0, uncertain: 1, outdated: 2 };

interface PreparedName {
  record: ProcedureRecord;
  /** Folded, single-spaced. */
  phrase: string;
  penalty: number;
  alias: boolean;
}

const preparedNames = new WeakMap<ProcedureCatalog, PreparedName[]>();

/**
 * Name, aliases, and the name without its bracketed qualifier ("Tuyển dụng viên chức (thi tuyển, xét tuyển)" is
 * asked as "tuyển dụng viên chức"); the shortened name scores a word less, so a "(cấp xã)" named in full still wins.
 * Folded once per catalog: folding every name for every question was most of a question's time.
 */
function namesOf(catalog: ProcedureCatalog): PreparedName[] {
  let names = preparedNames.get(catalog);
  if (!names) {
    names = catalog.records.flatMap((record) => {
      const bare = record.name.replace(/\s*\([^)]*\)/gu, '').trim();
      const texts = [
        { text: record.name, penalty: 0, alias: false },
        ...record.aliases.map((alias) => ({ text: alias, penalty: 0, alias: true })),
        ...(bare && bare !== record.name ? [{ text: bare, penalty: 1, alias: false }] : []),
      ];
      return texts.map(({ text, penalty, alias }) => ({ record, phrase: matchingForm(text).trim(), penalty, alias })).filter((name) => name.phrase);
    });
    preparedNames.set(catalog, names);
  }
  return names;
}

/**
 * The record whose name or alias covers the most words of the question. A phrase found as written counts its
 * words; one whose words (three or more) all occur but apart counts one less ("giấy phép lao động hết hạn thì
 * gia hạn" still names "gia hạn giấy phép lao động"). On equal score a current record beats an uncertain or
 * outdated one. A national code ("1.014936") goes to the catalog's exact lookup first.
 */
export function matchProcedure(question: string, catalog: ProcedureCatalog): ProcedureMatch | undefined {
  if (/\b\d\.\d{6}\b/.test(question)) {
    const byCode = catalog.lookup(question);
    if (byCode) return { record: byCode, phrase: '' };
  }
  const negates = questionNegates(question);
  const plain = bestName(matchingForm(question), catalog, true, negates);
  // The official words for everyday ones ("làm mất" → "cấp lại", "nhận trợ cấp" → "hưởng trợ cấp") may name a
  // procedure better than an alias or part of a name could — whole, never by part of a long name — and never
  // one over an official name said as written.
  const official = withOfficialWords(question);
  const expanded = official === matchingForm(question) ? undefined : bestName(official, catalog, false, negates);
  const weakPlain = !plain || plain.partial || plain.alias;
  const wins = expanded && weakPlain && (!plain || expanded.score > plain.score);
  const best = wins ? expanded : plain;
  if (!best) return undefined;
  return { record: levelSibling(best.record, official, catalog), phrase: best.phrase, ...(best.partial ? { partial: true } : {}), ...(best.alias ? { alias: true } : {}) };
}

interface ScoredName {
  record: ProcedureRecord;
  phrase: string;
  score: number;
  partial: boolean;
  alias: boolean;
}

function bestName(text: string, catalog: ProcedureCatalog, allowPartial: boolean, negates: boolean): ScoredName | undefined {
  const questionWords = text.trim().split(' ');
  const vocabulary = nameVocabulary(catalog);
  let best: ScoredName | undefined;
  for (const { record, phrase, penalty, alias } of namesOf(catalog)) {
    const found = phraseScore(phrase, text, questionWords, vocabulary, negates);
    const score = found.score > 0 && (allowPartial || !found.partial) ? found.score - penalty : 0;
    if (score <= 0) continue;
    const better = !best || score > best.score || (score === best.score && STATUS_RANK[record.status] < STATUS_RANK[best.record.status]);
    if (better) best = { record, phrase: found.phrase, score, partial: found.partial ?? false, alias };
  }
  // The stretch typed of a long name ("hưởng trợ cấp thất nghiệp" of "Tạm dừng hưởng …") that is another record's
  // whole official name names that record (an alias, often a family's short name, does not).
  if (best?.partial) {
    const whole = namesOf(catalog).find((name) => name.phrase === best!.phrase && name.record !== best!.record && !name.alias);
    if (whole) return { record: whole.record, phrase: whole.phrase, score: best.score, partial: false, alias: false };
  }
  return best;
}

/**
 * Words of the phrase when it occurs as written; one less when its words (three or more) all occur close together
 * but in another order, or with at most one slip in a long word ("that ngiep"); less again for most of a long
 * name; 0 otherwise.
 */
function phraseScore(phrase: string, text: string, questionWords: readonly string[], vocabulary: ReadonlyMap<string, number>, negates: boolean): { score: number; phrase: string; partial?: boolean } {
  if (text.includes(` ${phrase} `)) return { score: phrase.split(' ').length, phrase };
  const words = phrase.split(' ');
  if (words.length < 3) return { score: 0, phrase };
  // Cheap test first: with two words or more missing and under 65% present, neither reading below can name it.
  let missing = 0;
  for (const word of words) if (!text.includes(` ${word} `)) missing++;
  if (missing > 1 && 1 - missing / words.length < MOST_OF_NAME) return { score: 0, phrase };
  const apart = apartScore(words, questionWords);
  // Most of a name that negates what the question says of its subject ("không thuộc diện cấp …") names its opposite.
  const most = negationUnsaid(phrase, negates) ? { score: 0, phrase } : mostOfNameScore(words, questionWords, vocabulary);
  // Most of a name: only its stretch typed as written is taken out before reading the aspect ("giấy tờ" stays).
  return apart >= most.score ? { score: apart, phrase } : most;
}

// A long official name is rarely typed whole: most of it, with a long stretch as written, still names it.
const MOST_OF_NAME = 0.65;
const LONGEST_RUN = 4;

// A word in this many names or more names a family of procedures (hội, quỹ, giấy phép lao động…).
const FAMILY_NAMES = 3;

// The vocabulary's entry for the number of records (no folded word has a space).
const NAME_COUNT = ' records';

const vocabularies = new WeakMap<ProcedureCatalog, Map<string, number>>();

/** For every word of the records' names and aliases (folded), how many records use it; once per catalog. */
export function nameVocabulary(catalog: ProcedureCatalog): Map<string, number> {
  let counts = vocabularies.get(catalog);
  if (!counts) {
    counts = new Map([[NAME_COUNT, catalog.records.length]]);
    for (const record of catalog.records) {
      for (const word of new Set(matchingForm([record.name, ...record.aliases, ...(record.phrases ?? [])].join(' ')).trim().split(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    vocabularies.set(catalog, counts);
  }
  return counts;
}

// Vietnamese negates what follows "không" / "chưa" up to the end of its clause: a conjunction or a punctuation mark.
const NEGATION = new Set(['khong', 'chua']);
const CLAUSE_END = new Set(['va', 'hoac']);

/** A name's folded words in stretches, each negated one with the two words that open it ("khong thuoc"). */
export function negatedStretches(name: string): Array<{ words: string[]; negation?: string }> {
  const stretches: Array<{ words: string[]; negation?: string }> = [];
  for (const clause of name.split(/[,;:()–]/u)) {
    let current: { words: string[]; negation?: string } = { words: [] };
    stretches.push(current);
    const words = matchingForm(clause).trim().split(' ').filter(Boolean);
    for (const [index, word] of words.entries()) {
      const opens = NEGATION.has(word) && words[index + 1] !== undefined;
      if (opens || (CLAUSE_END.has(word) && current.negation)) {
        current = opens ? { words: [], negation: `${word} ${words[index + 1]}` } : { words: [] };
        stretches.push(current);
      }
      current.words.push(word);
    }
  }
  return stretches.filter((stretch) => stretch.words.length > 0);
}

// Words after "không" that close a yes/no question ("… được không ạ", "… không bạn") rather than negate.
const CLOSING = new Set(['a', 'ah', 'vay', 'nhi', 'ha', 'nhe', 'the', 'ta', 'ban', 'ad', 'em', 'anh', 'chi', 'ong', 'ba']);

/** The question negates something: "không" / "chưa" followed, in its clause, by a word that is not a closing particle. */
export function questionNegates(question: string): boolean {
  return question.split(/[,;:.?!()–]/u).some((clause) => {
    const words = matchingForm(clause).trim().split(' ');
    return words.some((word, index) => NEGATION.has(word) && words[index + 1] !== undefined && words[index + 1] !== '' && !CLOSING.has(words[index + 1]!));
  });
}

/** The name negates part of itself ("không thuộc diện cấp …") while the question negates nothing. */
function negationUnsaid(name: string, negates: boolean): boolean {
  return !negates && negatedStretches(name).some((stretch) => stretch.negation !== undefined);
}

/**
 * A question that repeats most of a long official name (its middle part, without the opening verb or the closing
 * qualifier) names that procedure: with a stretch of four words or more as written, the name's words
 * found, less a quarter of those missing and one for not being the whole name.
 */
function mostOfNameScore(words: readonly string[], questionWords: readonly string[], vocabulary: ReadonlyMap<string, number>): { score: number; phrase: string; partial?: boolean } {
  const none = { score: 0, phrase: '' };
  const asked = new Set(questionWords);
  const own = new Set(words);
  const covered = [...own].filter((word) => asked.has(word)).length;
  if (covered / own.size < MOST_OF_NAME) return none;
  // Weighed by rarity too: a name is not said by its common words alone, without the ones that set it apart ("một lần").
  const weight = (word: string) => nameWordWeight(word, vocabulary);
  const weighed = [...own].filter((word) => asked.has(word)).reduce((sum, word) => sum + weight(word), 0) / [...own].reduce((sum, word) => sum + weight(word), 0);
  if (weighed < MOST_OF_NAME) return none;
  const run = longestRun(words, questionWords);
  if (run.length < LONGEST_RUN) return none;
  // "đăng ký hoạt động quỹ …" is not "đăng ký hoạt động hội …": where the name goes on past the stretch, the
  // question going on with another family's word (one many names use) means another procedure.
  // Checked where the stretch is the name's head (its action, what follows is the object) or its tail.
  // The name's opening action, when the stretch starts just after it: "đổi giấy phép …" is not "cấp giấy phép …".
  const afterAction = run.from === 1 && !asked.has(words[0]!);
  const sides = [
    ...(run.from + run.length === words.length || afterAction ? [{ asked: questionWords[run.start - 1], named: words[run.from - 1] }] : []),
    ...(run.from === 0 ? [{ asked: questionWords[run.start + run.length], named: words[run.from + run.length] }] : []),
  ];
  const family = (word: string) => (vocabulary.get(word) ?? 0) >= FAMILY_NAMES && !own.has(word) && !isFunctionWord(word);
  if (sides.some(({ asked: word, named }) => word !== undefined && named !== undefined && family(word))) return none;
  return { score: covered - 0.25 * (own.size - covered) - 1, phrase: questionWords.slice(run.start, run.start + run.length).join(' '), partial: true };
}

/** How much a name word tells names apart: rare in names weighs more (a word in one name of 250 about 5.5). */
export function nameWordWeight(word: string, vocabulary: ReadonlyMap<string, number>): number {
  const records = vocabulary.get(NAME_COUNT) ?? 1;
  return Math.log(1 + records / (vocabulary.get(word) ?? 1));
}

/** The longest stretch of consecutive name words that the question has, consecutive too, and where it starts. */
function longestRun(words: readonly string[], questionWords: readonly string[]): { start: number; from: number; length: number } {
  let best = { start: 0, from: 0, length: 0 };
  for (let start = 0; start < questionWords.length; start++) {
    for (let from = 0; from < words.length; from++) {
      let length = 0;
      while (start + length < questionWords.length && from + length < words.length && questionWords[start + length] === words[from + length]) length++;
      if (length > best.length) best = { start, from, length };
    }
  }
  return best;
}

/** Words of the phrase all present close together, in any order, one long word possibly mistyped. */
function apartScore(words: readonly string[], questionWords: readonly string[]): number {
  const positions: number[] = [];
  let slips = 0;
  for (const word of words) {
    // A word the name repeats ("tiên tiến") needs as many in the question: each found once.
    let at = questionWords.findIndex((asked, index) => asked === word && !positions.includes(index));
    if (at < 0) {
      at = questionWords.findIndex((asked, index) => oneSlipApart(word, asked) && !positions.includes(index));
      slips++;
    }
    if (at < 0 || slips > 1) return 0;
    positions.push(at);
  }
  const span = Math.max(...positions) - Math.min(...positions) + 1;
  return span <= words.length + MAX_GAP ? words.length - 1 : 0;
}

// How many other words may stand among the name's words ("giấy phép lao động hết hạn thì gia hạn": three).
const MAX_GAP = 4;

/** Both long syllables (one of five letters or more) one edit apart: short syllables differ by one letter too often. */
function oneSlipApart(left: string, right: string): boolean {
  // Two neighbouring letters swapped ("thta" for "that") is a slip even in a four-letter syllable.
  if (left.length === right.length && left.length >= 4 && swappedOnce(left, right)) return true;
  if (Math.max(left.length, right.length) < 5 || Math.min(left.length, right.length) < 4 || Math.abs(left.length - right.length) > 1) return false;
  return editDistanceAtMostOne(left, right);
}

function swappedOnce(left: string, right: string): boolean {
  const differ = [...left].flatMap((char, index) => (char === right[index] ? [] : [index]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && left[differ[0]!] === right[differ[1]!] && left[differ[1]!] === right[differ[0]!];
}

function editDistanceAtMostOne(left: string, right: string): boolean {
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  const tail = (a: number, b: number) => left.slice(a) === right.slice(b);
  if (left.length === right.length) return tail(i + 1, i + 1) || (left[i] === right[i + 1] && left[i + 1] === right[i] && tail(i + 2, i + 2));
  return left.length > right.length ? tail(i + 1, i) : tail(i, i + 1);
}

const LEVELS: Array<[string, RegExp]> = [
  // Folded, "xã" is also the "xã" of "xã hội" and "tỉnh" the "tính" of "tính chất".
  // "địa phương" (the locality) is no ward.
  ['cap xa', / (cap )?(xa(?! hoi )|(?<!dia )phuong|thi tran) /],
  ['cap tinh', / (cap )?tinh(?! (chat|hinh|trang) ) /],
  ['cap trung uong', / (cap )?trung uong | toan quoc | (pham vi )?ca nuoc | do bo (cap|cho phep|quyet dinh|thanh lap) | (truc )?thuoc bo | do bo (\w+ ){0,2}quan ly /],
];

// "của Bộ" only as typed with its marks: folded, "của bố" (the father's) reads the same.
const OF_THE_MINISTRY = /(^|[^\p{L}])của bộ(?![\p{L}])/u;
const LEVEL_ORDER = LEVELS.map(([qualifier]) => qualifier);

// What a question says it is not ("(không phải lần cuối)", "không phải cấp trung ương"): up to the clause's end.
const DENIED_WORDS = 4;

/** The folded words each "không phải …" of the question denies, stretch by stretch. */
export function deniedStretches(question: string): string[][] {
  const stretches: string[][] = [];
  for (const clause of question.split(/[,;:.?!()–]/u)) {
    const words = matchingForm(clause).trim().split(' ').filter(Boolean);
    for (let index = 0; index + 2 < words.length; index++) {
      if (words[index] !== 'khong' || words[index + 1] !== 'phai') continue;
      const from = words[index + 2] === 'la' ? index + 3 : index + 2;
      const denied = words.slice(from, from + DENIED_WORDS);
      if (denied.length > 0) stretches.push(denied);
    }
  }
  return stretches;
}

/** The question without the words it denies: "… không phải là cấp trung ương" says no central level. */
function withoutDenied(question: string): string {
  let text = matchingForm(question);
  for (const stretch of deniedStretches(question)) text = text.replace(` khong phai ${stretch.join(' ')} `, ' ').replace(` khong phai la ${stretch.join(' ')} `, ' ');
  return text;
}

/** The level a question says (folded qualifier, "cap tinh"), if any, leaving out the one it denies. */
export function askedLevel(question: string): string | undefined {
  const text = withoutDenied(question);
  return LEVELS.find(([, pattern]) => pattern.test(text))?.[0] ?? (OF_THE_MINISTRY.test(question.normalize('NFC').toLowerCase()) ? 'cap trung uong' : undefined);
}

// A level a name says outside a bracket: "… do tỉnh quản lý", "… ở trung ương", "… do Bộ … quản lý".
const NAME_LEVELS: Array<[string, RegExp]> = [
  ['cap xa', / (cap|do) xa /],
  ['cap tinh', / (cap|do) tinh /],
  ['cap trung uong', / trung uong | do bo /],
];

/** The level a record's name says, bracket or not. */
export function nameLevel(record: ProcedureRecord): string | undefined {
  const text = matchingForm(record.name);
  return NAME_LEVELS.find(([, pattern]) => pattern.test(text))?.[0];
}

const LEVEL_KEYS = { xã: 'cap xa', tỉnh: 'cap tinh', 'trung ương': 'cap trung uong' } as const;

/**
 * The level a record is filed at: its name's, else the one level the record states ("Hợp nhất, sáp nhập, chia,
 * tách quỹ" is the commune's, its provincial sibling's name says "(cấp tỉnh)").
 */
export function recordLevel(record: ProcedureRecord): string | undefined {
  const named = nameLevel(record);
  if (named) return named;
  const levels = record.levels && record.levels !== 'unknown' ? record.levels.value : record.level !== 'unknown' ? [record.level.value] : [];
  return levels.length === 1 ? LEVEL_KEYS[levels[0]!] : undefined;
}

/** True when the question says at which level (xã, tỉnh, trung ương) it asks. */
export function asksLevel(question: string): boolean {
  return askedLevel(question) !== undefined;
}

/**
 * The same procedure at every level the catalogue holds ("Thành lập hội (cấp xã)", "(cấp tỉnh)", "(cấp trung
 * ương)"), commune first; just the record itself when its name carries no level.
 */
export function levelSiblings(record: ProcedureRecord, catalog: ProcedureCatalog): ProcedureRecord[] {
  const levels = levelNames(catalog);
  const own = levels.get(record)!;
  if (!LEVEL_ORDER.includes(own.qualifier)) return [record];
  const siblings = catalog.records.filter((other) => levels.get(other)!.bare === own.bare && LEVEL_ORDER.includes(levels.get(other)!.qualifier) && (other.scope ?? 'public') === (record.scope ?? 'public'));
  const rank = (other: ProcedureRecord) => LEVEL_ORDER.indexOf(levels.get(other)!.qualifier);
  // One per level, the current record winning over an outdated namesake (the last one set stays).
  const byStatus = [...siblings].sort((left, right) => STATUS_RANK[right.status] - STATUS_RANK[left.status]);
  const unique = [...new Map(byStatus.map((other) => [levels.get(other)!.qualifier, other])).values()];
  return unique.sort((left, right) => rank(left) - rank(right));
}

/** "hợp nhất quỹ cấp xã" matched the provincial record by its alias: take the same procedure at the level asked. */
export function levelSibling(record: ProcedureRecord, text: string, catalog: ProcedureCatalog): ProcedureRecord {
  const asked = askedLevel(text);
  if (!asked) return record;
  const levels = levelNames(catalog);
  const own = levels.get(record)!;
  if (own.qualifier === asked) return record;
  const namesake = catalog.records.find((other) => other !== record && levels.get(other)!.qualifier === asked && levels.get(other)!.bare === own.bare);
  if (namesake || recordLevel(record) === asked) return namesake ?? record;
  // The level's procedure may name more ("Hợp nhất, sáp nhập, chia, tách, mở rộng phạm vi hoạt động quỹ (cấp tỉnh)"
  // for the commune's "Hợp nhất, sáp nhập, chia, tách quỹ"): the one at the level asked that holds this name whole.
  const words = own.bare.split(' ');
  // A name adding more than it holds is a larger procedure this one is part of, not the same one.
  const holds = (other: ProcedureRecord) => {
    const theirs = levels.get(other)!.bare.split(' ');
    return words.every((word) => theirs.includes(word)) && theirs.length - words.length <= words.length;
  };
  const holders = catalog.records.filter((other) => other !== record && other.status !== 'outdated' && (other.scope ?? 'public') === (record.scope ?? 'public') && levels.get(other)!.qualifier === asked && holds(other));
  return holders.sort((left, right) => levels.get(left)!.bare.length - levels.get(right)!.bare.length)[0] ?? record;
}

// A name ending in who runs the place ("… do tỉnh quản lý", "… do Bộ Nội vụ quản lý") says its level as a bracket does.
const RUN_BY = / do (tinh|xa|bo(?: \w+){0,4}?) quan ly$/;

function levelName(name: string): { bare: string; qualifier: string } {
  const bracket = name.match(/\(([^)]*)\)\s*$/u)?.[1];
  const bare = matchingForm(name.replace(/\s*\([^)]*\)/gu, '')).trim();
  if (bracket !== undefined) return { bare, qualifier: matchingForm(bracket).trim() };
  const runBy = bare.match(RUN_BY);
  if (!runBy) return { bare, qualifier: '' };
  const qualifier = runBy[1]!.startsWith('bo') ? 'cap trung uong' : `cap ${runBy[1]}`;
  return { bare: bare.slice(0, runBy.index), qualifier };
}

const levelNamesOf = new WeakMap<ProcedureCatalog, Map<ProcedureRecord, { bare: string; qualifier: string }>>();

/** Each record's name without its bracketed qualifier, and the qualifier ("cap xa"), folded once per catalog. */
function levelNames(catalog: ProcedureCatalog): Map<ProcedureRecord, { bare: string; qualifier: string }> {
  let names = levelNamesOf.get(catalog);
  if (!names) {
    names = new Map(catalog.records.map((record) => [record, levelName(record.name)]));
    levelNamesOf.set(catalog, names);
  }
  return names;
}
