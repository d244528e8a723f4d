/**
 * A procedure answer built from the structured record (knowledge/procedure-facts.ts), never from rendered chunk
 * text: the aspects asked, each cited to a passage that is that fact as the record states it; "chưa có thông tin"
 * only when the record does not know; the date checked and the official page; a caution when not current.
 */
import type { Chunk } from '../core/types';
import type { ProcedureAspect } from '../knowledge/procedure-aspect';
import { procedureDocId } from '../knowledge/procedure-chunks';
import { cardUrl } from '../knowledge/procedure-catalog';
import { procedureFacts, relatedFacts } from '../knowledge/procedure-facts';
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { isKnown } from '../knowledge/sourced';
import { recordStatements, STATEMENT_FIELDS } from '../knowledge/procedure-statements';
import { describeReadDate } from '../knowledge/procedure-text';
import { askedFactKinds, statesFact } from './asked-fact';
import type { PassageNumbering } from './passage-numbering';
import { askedLevel } from './procedure-match';
import { mentionedStatement, statementFor, type FoundStatement } from './procedure-statement';
import { matchingForm } from './vocabulary';

export const ASPECT_LABELS: Record<ProcedureAspect, string> = {
  agency: 'Cơ quan thực hiện',
  submitWhere: 'Nơi tiếp nhận hồ sơ',
  processingTime: 'Thời hạn giải quyết',
  filingWindow: 'Thời hạn phải thực hiện',
  fee: 'Phí, lệ phí',
  dossier: 'Thành phần hồ sơ',
  steps: 'Trình tự thực hiện',
  eligibility: 'Đối tượng, điều kiện thực hiện',
  result: 'Kết quả giải quyết',
  code: 'Mã thủ tục hành chính',
  form: 'Mẫu đơn, tờ khai',
  legalBasis: 'Căn cứ pháp lý',
  online: 'Cách thức nộp hồ sơ',
};

const ASKED_ASPECTS = 3;
// Words a clause needs to speak of something of its own.
const CLAUSE_WORDS = 4;
const OVERVIEW: readonly ProcedureAspect[] = ['agency', 'processingTime', 'fee'];
// Words up to which the result ("Giấy phép lao động") is part of the overview.
const OVERVIEW_RESULT_WORDS = 30;

// What a caveat must speak of to belong to the aspect asked (folded words).
const CAVEAT_TOPIC: Partial<Record<ProcedureAspect, RegExp>> = {
  fee: / (le phi|phi) /,
  processingTime: / (thoi han|ngay lam viec) /,
  submitWhere: / (nop|tiep nhan) /,
  dossier: / (ho so|giay to) /,
  online: / (truc tuyen|dich vu cong) /,
  // A caveat on which decree or circular now governs the procedure speaks of its legal basis.
  legalBasis: / (nghi dinh|thong tu|luat|nd|tt) \d/,
};

export interface ProcedureReply {
  answer: string;
  /** A kind of fact was asked (an amount, a rate …) with no aspect, and no sentence of the record states it. */
  unstated?: boolean;
  /** The answer quotes the record's sentence stating the kind of fact asked. */
  statesAsked?: boolean;
  /** How many of the aspects asked the record knows. */
  known: number;
  /** The answer states nothing of the record: each aspect shown is unknown and nothing related is known. */
  statesNothing?: boolean;
  asked: ProcedureAspect[];
}

/** The answer for the aspects asked (an overview when none): one cited block per aspect, then date, link, caution. */
export function procedureReply(record: ProcedureRecord, aspects: readonly ProcedureAspect[], question: string, numbering: PassageNumbering): ProcedureReply {
  const found = statementFor(record, question);
  // The closing cites this record's first passage, even when another record's reply numbered passages before.
  const ownFrom = numbering.passages.length;
  // No aspect asked but a fact of some kind (a rate, what happens when …): the sentence stating it is the answer.
  const asked = aspects.length > 0 ? [...new Set(aspects)].slice(0, ASKED_ASPECTS) : found ? [] : overview(record);
  // A procedure another body decides is said to be theirs, whatever was asked: right after what was asked.
  const central = record.carriedOutBy === 'trung ương' || record.carriedOutBy === 'bảo hiểm xã hội' || centralOnly(record);
  const shown = central && !asked.includes('agency') ? [...asked, 'agency' as const] : asked;
  const facts = shown.map((aspect) => procedureFacts(record, aspect, { question }));
  const statement = found && !facts.some((fact) => fact.known && fact.text.includes(found.statement.text)) ? found : undefined;
  // It leads when the aspect's own field does not state that kind of fact (a filing deadline in the steps while
  // the processing time was read), or when it says what happens; else it follows when it shares much with the question.
  const stated = facts.some((fact, index) => fact.known && asked.includes(shown[index]!) && statement && statesFact(statement.kind, fact.text));
  const leads = statement !== undefined && (asked.length === 0 || statement.kind === 'consequence' || !stated);
  const follows = statement !== undefined && !leads && statement.overlap >= FOLLOWING_OVERLAP;
  const blocks: string[] = [];
  const said = new Set<string>();
  let known = 0;
  let informs = Boolean(statement && leads);
  if (statement && leads) known += blocks.push(statementBlock(record, statement, numbering)) > 0 ? 1 : 0;
  for (const [index, aspect] of shown.entries()) {
    const fact = facts[index]!;
    const passage = factPassage(record, aspect, fact.known ? fact.text : `${ASPECT_LABELS[aspect]}: chưa có thông tin.`);
    const n = numbering.number(passage);
    if (fact.known && asked.includes(aspect)) known++;
    // A line another aspect's block already said ("Cơ quan thực hiện: …" beside where to file) is not said twice.
    const body = (fact.known ? fact.text : `${ASPECT_LABELS[aspect]}: chưa có thông tin`)
      .split('\n')
      .filter((line) => !/^[^\s+-].*\.$/u.test(line) || !said.has(line))
      .join('\n');
    for (const line of body.split('\n')) said.add(line);
    if (body.trim()) blocks.push(citeLines(body, n));
    if (fact.known && body.trim()) informs = true;
    if (fact.flagged) blocks.push('(Thông tin trên được trích từ trang chính thức và có thể chưa đầy đủ.)');
    if (!fact.known) {
      const free = aspect === 'fee' ? freeOfCharge(record) : undefined;
      if (free) blocks.push(citeLines(`Theo kết quả giải quyết ghi trong thủ tục: ${free}`, numbering.number(factPassage(record, 'result', free))));
      const caveat = caveatOn(record, aspect);
      if (caveat) blocks.push(citeLines(`Lưu ý: ${caveat}`, numbering.number(factPassage(record, aspect, caveat, 'caveat'))));
      const related = relatedBlocks(record, aspect, shown, numbering, question);
      blocks.push(...related);
      if (free || caveat || related.length > 0) informs = true;
    }
  }
  if (statement && follows) {
    blocks.push(statementBlock(record, statement, numbering));
    informs = true;
  }
  // The time of one body's stage asked ("xã xét trong mấy ngày"): the step giving that body its days follows.
  const stage = asked.includes('processingTime') ? stageTime(record, question) : undefined;
  if (stage && !blocks.some((block) => block.includes(stage.statement.text))) {
    blocks.push(statementBlock(record, stage, numbering));
    informs = true;
  }
  // Something the question names that the blocks shown leave out ("căn cước" asked beside the dossier): the
  // record's sentence about it follows, cited to itself.
  // With no aspect read, the overview answers; the sentence the question speaks of follows it too, unless the
  // question asks a quantity ("bao nhiêu") that sentence need not state.
  const mentions = aspects.length > 0 || !/ (bao nhieu|may) /.test(matchingForm(question));
  const mentioned = !statement && mentions ? mentionedStatement(record, question) : undefined;
  // A question of several clauses ("phải đóng bao lâu, rồi nộp ở đâu?") may speak of something in each: each
  // clause's own sentence follows as well.
  const clauses = mentions ? question.split(/[,;?.!]+/u).map((part) => part.trim()).filter((part) => part.split(/\s+/u).length >= CLAUSE_WORDS) : [];
  const perClause = clauses.length > 1 ? clauses.map((clause) => mentionedStatement(record, clause)) : [];
  for (const said of [mentioned, ...perClause]) {
    if (!said || blocks.some((block) => block.includes(said.text))) continue;
    blocks.push(citeLines(`${STATEMENT_FIELDS[said.field].label}: ${said.text}`, numbering.number(factPassage(record, STATEMENT_FIELDS[said.field].aspect, said.text, 'statement'))));
    informs = true;
  }
  // The same sentence reached two ways (the fact asked and what a clause speaks of, or two clauses) is said once.
  // A bracketed note ("(Thông tin trên … chưa đầy đủ.)") speaks of the block before it and stays with each.
  for (let index = blocks.length - 1; index > 0; index--) if (!blocks[index]!.startsWith('(') && blocks.indexOf(blocks[index]!) < index) blocks.splice(index, 1);
  if (blocks.length > 0) blocks[0] = `${procedureTitle(record)} — ${blocks[0]}`;
  const first = numbering.passages[ownFrom];
  const url = cardUrl(record);
  const closing = `${describeReadDate(record)}${url ? `; xem trang chính thức: ${url}` : ''}`;
  blocks.push(first ? `${closing} [${numbering.number(first)}].` : `${closing}.`);
  blocks.push(...caution(record));
  const unstated = aspects.length === 0 && !found && askedFactKinds(question, record.name).some((kind) => kind !== 'period');
  return { answer: blocks.join('\n'), known, asked, ...(informs ? {} : { statesNothing: true }), ...(unstated ? { unstated } : {}), ...(statement && (leads || follows) ? { statesAsked: true } : {}) };
}

/**
 * One procedure held at several levels and asked without one: who carries it out at each level and the aspects
 * asked, level by level, each with its own citations and official page.
 */
export function levelsReply(records: readonly ProcedureRecord[], aspects: readonly ProcedureAspect[], question: string, numbering: PassageNumbering): ProcedureReply {
  const asked: ProcedureAspect[] = ['agency', ...aspects.filter((aspect) => aspect !== 'agency')];
  const replies = records.map((record) => procedureReply(record, asked, question, numbering));
  const intro = 'Thủ tục này được thực hiện ở nhiều cấp; Quý vị vui lòng chọn đúng cấp theo phạm vi hoạt động của tổ chức:';
  return {
    answer: [intro, ...replies.map((reply) => reply.answer)].join('\n\n'),
    known: Math.min(...replies.map((reply) => reply.known)),
    asked,
  };
}

// A statement of the kind asked that the aspect's field already states follows it only when it shares this much.
const FOLLOWING_OVERLAP = 3;

/** The record's sentence stating the fact asked, introduced by the field it stands in, cited to itself. */
// Days a step gives one body, and the bodies each level the question says stands for (folded).
const STAGE_DAYS = /\b\d+ (ngay|thang)\b/;
const LEVEL_BODIES: Record<string, RegExp> = {
  'cap xa': / (cap xa|xa(?! hoi )|phuong) /,
  'cap tinh': / (cap tinh|tinh|so) /,
  'cap trung uong': / (bo|trung uong|cuc) /,
};

// The body the question says acts within the time asked ("bao lâu Sở có quyết định", "xã xét mấy ngày").
const ACTING_BODY: Array<[string, RegExp]> = [
  ['cap tinh', / (so( noi vu)?|ubnd (cap )?tinh|uy ban nhan dan (cap )?tinh) (co |ra |se )?(quyet dinh|xet|giai quyet|tham dinh|xu ly|tra (loi|ket qua)|phe duyet)\b/],
  ['cap xa', / (ubnd (cap )?xa|uy ban nhan dan (cap )?xa|xa|phuong) (co |ra |se )?(quyet dinh|xet|giai quyet|tham dinh|xu ly|tra (loi|ket qua)|xac nhan|phe duyet)\b/],
  ['cap trung uong', / (bo( noi vu)?|cuc) (co |ra |se )?(quyet dinh|xet|giai quyet|tham dinh|xu ly|tra (loi|ket qua)|phe duyet)\b/],
];

/**
 * The step, or the channel row's sentence, in which the body at the level the question says (or the body it says
 * acts) has its own days.
 */
function stageTime(record: ProcedureRecord, question: string): FoundStatement | undefined {
  const form = matchingForm(question);
  const level = askedLevel(question) ?? ACTING_BODY.find(([, pattern]) => pattern.test(form))?.[0];
  const body = level ? LEVEL_BODIES[level] : undefined;
  if (!body) return undefined;
  const has = (text: string) => {
    const folded = matchingForm(text);
    return STAGE_DAYS.test(folded) && body.test(folded);
  };
  const step = recordStatements(record).find((statement) => statement.field === 'steps' && has(statement.text));
  if (step) return { statement: step, kind: 'period', overlap: 0 };
  // Pages often give each body's days only in the rows of "Cách thức thực hiện".
  if (!record.channels || !isKnown(record.channels)) return undefined;
  for (const row of record.channels.value) {
    if (row.description === 'unknown') continue;
    const sentence = row.description.split(/\n|\s+-\s+/u).map((part) => part.replace(/^[\s\-–+•]+/u, '').trim()).find(has);
    if (sentence) return { statement: { text: sentence.replace(/[\s.;,]+$/u, '.'), field: 'channels', source: record.channels.source }, kind: 'period', overlap: 0 };
  }
  return undefined;
}

function statementBlock(record: ProcedureRecord, found: FoundStatement, numbering: PassageNumbering): string {
  const field = STATEMENT_FIELDS[found.statement.field];
  const text = found.statement.text;
  return citeLines(`${field.label}: ${text}`, numbering.number(factPassage(record, field.aspect, text, 'statement')));
}

/**
 * An aspect left unknown: the closest facts the record does know, each cited to its own passage ("nơi tiếp nhận"
 * unknown, the body that decides and the ways of filing known), unless the answer already shows them.
 */
function relatedBlocks(record: ProcedureRecord, aspect: ProcedureAspect, shown: readonly ProcedureAspect[], numbering: PassageNumbering, question: string): string[] {
  const related = relatedFacts(record, aspect, { question }).filter((fact) => !shown.includes(fact.aspect));
  if (related.length === 0) return [];
  return [
    'Thông tin liên quan đã có:',
    ...related.map((fact) => citeLines(fact.text, numbering.number(factPassage(record, fact.aspect, fact.text)))),
  ];
}

/** Only the central level (bộ, ngành) carries the procedure out. */
function centralOnly(record: ProcedureRecord): boolean {
  const levels = record.levels && record.levels !== 'unknown' ? record.levels.value : record.level !== 'unknown' ? [record.level.value] : [];
  return levels.length > 0 && levels.every((level) => level === 'trung ương');
}

/**
 * The overview: who decides, how long, what it costs and what the citizen receives — the ones the record knows
 * (else who decides). A result long enough to be a list of papers is left to the question that asks it.
 */
function overview(record: ProcedureRecord): ProcedureAspect[] {
  const known = OVERVIEW.filter((aspect) => procedureFacts(record, aspect).known);
  const result = procedureFacts(record, 'result');
  const shortResult = result.known && result.text.split(/\s+/).length <= OVERVIEW_RESULT_WORDS;
  return known.length > 0 ? [...known, ...(shortResult ? ['result' as const] : [])] : ['agency'];
}

/** An answer without the codes its titles carry: a code is no figure the question asked for. */
export function withoutTitleCodes(answer: string): string {
  return answer.replace(TITLE_CODE, '');
}

const TITLE_CODE = /(?<=”) \(mã [^)\s]+\)/gu;

/** The procedure as the national portal lists it: its name and, when known, its code (what a citizen searches by). */
function procedureTitle(record: ProcedureRecord): string {
  return `Thủ tục “${record.name}”${isKnown(record.code) ? ` (mã ${record.code.value})` : ''}`;
}

/** A passage that is one fact of the record, as the record states it, with the date it was checked. */
function factPassage(record: ProcedureRecord, aspect: ProcedureAspect, text: string, part = 'fact'): Chunk {
  const url = cardUrl(record);
  return {
    id: `${procedureDocId(record)}#${aspect}${part === 'fact' ? '' : `-${part}`}`,
    docId: procedureDocId(record),
    title: record.name,
    section: `Thủ tục › ${record.name} › ${ASPECT_LABELS[aspect]}`,
    lineStart: 0,
    lineEnd: 0,
    scope: record.scope ?? 'public',
    kind: 'procedure',
    procedureId: record.id,
    // The procedure's name opens the passage: an answer that names it cites it (bodies in a name, "công an", too).
    text: `${procedureTitle(record)}.\n${text}\n${describeReadDate(record)}.`,
    ...(url ? { url } : {}),
  };
}

/** Every line that states something gets the marker, before its closing stop, each sentence of it too. */
function citeLines(text: string, n: number): string {
  // A page's hard wrap inside a sentence ("đăng\nký tham gia") is no line of its own: a break before a lower-case
  // word, after no closing mark, joins the two.
  return text
    .replace(/(?<=[^\s.:;!?])\n(?=\p{Ll})/gu, ' ')
    .split('\n')
    .map((line) => {
      if (!line.trim() || /:\s*$/u.test(line)) return line;
      const sentences = line.replace(/(?<!(?:^|[\s:;(›])\d{1,2})([.!?])(\s+)(?=[\p{Lu}“"(])/gu, ` [${n}]$1$2`);
      if (/[.!?…]$/u.test(sentences)) return `${sentences.replace(/[.!?…]$/u, '')} [${n}].`;
      // List items ("- ", "+ ") and bracketed notes end without a stop; a statement gets one.
      return /^\s*[-+(]/u.test(sentences) ? `${sentences} [${n}]` : `${sentences} [${n}].`;
    })
    .join('\n');
}

/** A fee left unknown that the record's result states is free ("được tư vấn … miễn phí"). */
function freeOfCharge(record: ProcedureRecord): string | undefined {
  const result = record.result === 'unknown' ? undefined : record.result.value;
  return result && / (mien phi|khong (thu|mat) (phi|tien)) /.test(matchingForm(result)) ? result.trim() : undefined;
}

/** The record's own caveat on an aspect it leaves unknown ("Lệ phí do HĐND cấp tỉnh quy định…"). */
function caveatOn(record: ProcedureRecord, aspect: ProcedureAspect): string | undefined {
  const topic = CAVEAT_TOPIC[aspect];
  if (!topic) return undefined;
  return record.caveats.find((caveat) => topic.test(matchingForm(caveat.text)))?.text.trim();
}

function caution(record: ProcedureRecord): string[] {
  if (record.status === 'outdated') return ['Lưu ý: thông tin về thủ tục này có thể đã lỗi thời, Quý vị vui lòng đối chiếu trang chính thức hoặc hỏi nơi tiếp nhận hồ sơ.'];
  if (record.status === 'uncertain') return ['Lưu ý: thông tin về thủ tục này chưa được xác nhận đầy đủ, Quý vị vui lòng đối chiếu trang chính thức hoặc hỏi nơi tiếp nhận hồ sơ.'];
  return [];
}
