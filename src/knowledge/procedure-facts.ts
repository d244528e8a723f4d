/**
 * What a record says about one aspect, as polite Vietnamese sentences built only from its
 * structured fields. The chat layer asks here for facts; it never parses chunk text.
 */
import type { ProcedureAspect } from './procedure-aspect';
import { cardUrl } from './procedure-catalog';
import { channelFacts } from './procedure-channel-facts';
import type { ProcedureRecord } from './procedure-schema';
import { foldForMatching } from './abolished-bodies';
import { dossierLines, formLines } from './dossier-lines';
import { deciderSentences, filingWindowSentences, submitSentences, type SourcedSentence } from './procedure-sentences';
import { describeOnline, describeSubmission, formatDate, NO_INFORMATION } from './procedure-text';
import { isKnown, type Sourced } from './sourced';

export interface ProcedureFact {
  aspect: ProcedureAspect;
  text: string;
  known: boolean;
  sourceIds: string[];
  url?: string;
  flagged?: boolean;
}

export interface FactBody {
  lines: string[];
  sources: string[];
  flagged?: boolean;
}

const LEVEL_TEXT = { 'trung ương': 'cấp trung ương (bộ, ngành)', tỉnh: 'cấp tỉnh', xã: 'cấp xã' } as const;

/** A value that ends its own sentence ("Cục Việc làm (Bộ Nội vụ).") gets no second stop. */
function closed(value: string): string {
  return value.trim().replace(/[\s.;,]+$/u, '');
}

function sourcedLine<Value>(field: Sourced<Value> | undefined, render: (value: Value) => string): FactBody | undefined {
  return field && isKnown(field) ? { lines: [render(field.value)], sources: [field.source] } : undefined;
}

function merge(...bodies: Array<FactBody | undefined>): FactBody | undefined {
  const present = bodies.filter((body): body is FactBody => body !== undefined && body.lines.length > 0);
  if (present.length === 0) return undefined;
  return { lines: present.flatMap((body) => body.lines), sources: present.flatMap((body) => body.sources), flagged: present.some((body) => body.flagged) };
}

function fromSentences(label: string, sentences: SourcedSentence[]): FactBody | undefined {
  if (sentences.length === 0) return undefined;
  const lines = sentences.length === 1 ? [`${label}: ${sentences[0]!.text}`] : [`${label}:`, ...sentences.map((sentence) => `- ${sentence.text}`)];
  return { lines, sources: sentences.map((sentence) => sentence.source) };
}

function agency(record: ProcedureRecord, question?: string): FactBody | undefined {
  const levels = record.levels && isKnown(record.levels) ? record.levels : isKnown(record.level) ? { ...record.level, value: [record.level.value] } : undefined;
  const carrier =
    record.carriedOutBy === 'bảo hiểm xã hội'
      ? 'Thủ tục này do cơ quan Bảo hiểm xã hội giải quyết; Quý vị vui lòng liên hệ cơ quan Bảo hiểm xã hội nơi cư trú hoặc nơi đóng bảo hiểm.'
      : record.carriedOutBy === 'trung ương'
        ? 'Thủ tục này do cơ quan trung ương (bộ, ngành) giải quyết.'
        : undefined;
  const body = merge(
    sourcedLine(record.implementingAgency, (value) => `Cơ quan thực hiện: ${closed(value)}.`),
    levels ? { lines: [`Cấp thực hiện: ${levels.value.map((level) => LEVEL_TEXT[level]).join(', ')}.`], sources: [levels.source] } : undefined,
  );
  // Asked who carries it out, the step that says who grants or signs names the one deciding, beside the body (and
  // alone when the page names no body).
  const decider = question !== undefined ? fromSentences('Người ra quyết định theo trình tự thực hiện', deciderSentences(record)) : undefined;
  const whole = merge(body, decider);
  if (!whole) return undefined;
  if (carrier) whole.lines.push(carrier);
  return whole;
}

function submitWhere(record: ProcedureRecord): FactBody | undefined {
  const office = sourcedLine(record.receivingAgency, (value) => `Nơi tiếp nhận hồ sơ: ${closed(value)}.`);
  if (office) return office;
  // The steps say where the file goes, often as "cơ quan có thẩm quyền": the body carrying it out is said beside.
  const steps = fromSentences('Nơi nộp hồ sơ theo trình tự thực hiện', submitSentences(record));
  return steps ? merge(steps, sourcedLine(record.implementingAgency, (value) => `Cơ quan thực hiện: ${closed(value)}.`)) : undefined;
}

function steps(record: ProcedureRecord): FactBody | undefined {
  return sourcedLine(record.steps, (value) => ['Trình tự thực hiện:', ...value.map((step, index) => `- ${/^bước\s*\d/iu.test(step) ? step : `Bước ${index + 1}: ${step}`}`)].join('\n'));
}

// Asked who files ("ai lo giấy tờ cho họ", "ai phải lập hồ sơ"): the step that says who sends the file names them.
// "ai … cho tôi/họ" asks who acts on the person's behalf: the one filing for them.
const ASKS_FILER = /\bai (la nguoi |co trach nhiem )?(nop|dang ky|ke khai|khai|lam|thuc hien|lap|gui)\b|\bai co trach nhiem\b|\bnguoi (nop|de nghi) (ho so )?la ai\b|\bai( \w+){0,10} cho (toi|ho|minh|em|nhan vien|cong nhan|nguoi lao dong)\b/;

function eligibility(record: ProcedureRecord, question?: string): FactBody | undefined {
  const filer = question !== undefined && ASKS_FILER.test(` ${foldForMatching(question).replace(/[^\p{L}\p{N}]+/gu, ' ')} `) ? fromSentences('Người lập và gửi hồ sơ theo trình tự thực hiện', submitSentences(record)) : undefined;
  return merge(
    filer,
    sourcedLine(record.applicants, (value) => `Đối tượng thực hiện: ${closed(value)}.`),
    sourcedLine(record.conditions, (value) => `Yêu cầu, điều kiện thực hiện:\n${value}`),
  );
}

function code(record: ProcedureRecord): FactBody | undefined {
  return merge(
    sourcedLine(record.code, (value) => `Mã thủ tục hành chính: ${closed(value)}.`),
    sourcedLine(record.decision, (value) => `Thủ tục được công bố tại Quyết định số ${closed(value)}.`),
  );
}

function legalBasis(record: ProcedureRecord): FactBody | undefined {
  if (record.legalBasis.length === 0) return undefined;
  const lines = record.legalBasis.map((basis) => `- ${basis.number}${basis.date === 'unknown' ? '' : ` ngày ${formatDate(basis.date)}`} – ${basis.title}${basis.article ? ` (${basis.article})` : ''}`);
  return { lines: ['Căn cứ pháp lý:', ...lines], sources: record.legalBasis.map((basis) => basis.source) };
}

function online(record: ProcedureRecord): FactBody | undefined {
  const channels = channelFacts(record).ways;
  if (channels) return channels;
  const sources = [record.submission.inPerson, record.submission.post, record.submission.online, record.onlineLevel].flatMap((field) => (field === 'unknown' ? [] : [field.source]));
  if (sources.length === 0) return undefined;
  // Nothing known about online service beyond the channels: the channels' line already says so.
  const onlineLine = describeOnline(record);
  return { lines: [`${describeSubmission(record)}.`, ...(onlineLine === NO_INFORMATION ? [] : [`${onlineLine}.`])], sources };
}

function dossier(record: ProcedureRecord, question?: string): FactBody | undefined {
  if (!isKnown(record.dossier)) return undefined;
  // The procedure's own name says nothing about which case is asked: only the question's other words choose one.
  const { lines, flagged } = dossierLines(record.dossier.value, question === undefined ? undefined : withoutNameWords(question, record.name));
  return lines.length > 0 ? { lines: ['Thành phần hồ sơ:', ...lines], sources: [record.dossier.source], flagged } : undefined;
}

function withoutNameWords(question: string, name: string): string {
  const own = new Set(foldForMatching(name).split(/[^\p{L}\p{N}]+/u));
  return foldForMatching(question).split(/[^\p{L}\p{N}]+/u).filter((word) => !own.has(word)).join(' ');
}

function form(record: ProcedureRecord): FactBody | undefined {
  if (!isKnown(record.dossier)) return undefined;
  const lines = formLines(record.dossier.value);
  return lines.length > 0 ? { lines: ['Mẫu đơn, tờ khai:', ...lines], sources: [record.dossier.source] } : undefined;
}

function body(record: ProcedureRecord, aspect: ProcedureAspect, question?: string): FactBody | undefined {
  switch (aspect) {
    case 'agency': return agency(record, question);
    case 'submitWhere': return submitWhere(record);
    case 'processingTime': return channelFacts(record).time ?? sourcedLine(record.processingTime, (value) => `Thời hạn giải quyết: ${closed(value)}.`);
    case 'fee': return channelFacts(record).fee ?? sourcedLine(record.fees, (value) => `Phí, lệ phí: ${closed(value)}.`);
    case 'filingWindow': return fromSentences('Thời hạn phải thực hiện', filingWindowSentences(record, question));
    case 'dossier': return dossier(record, question);
    case 'steps': return steps(record);
    case 'eligibility': return eligibility(record, question);
    case 'result': return sourcedLine(record.result, (value) => `Kết quả giải quyết: ${closed(value)}.`);
    case 'code': return code(record);
    case 'form': return form(record);
    case 'legalBasis': return legalBasis(record);
    case 'online': return online(record);
  }
}

export function procedureFacts(record: ProcedureRecord, aspect: ProcedureAspect, options: { question?: string } = {}): ProcedureFact {
  const url = cardUrl(record);
  const found = body(record, aspect, options.question);
  if (!found) return { aspect, text: '', known: false, sourceIds: [], ...(url ? { url } : {}) };
  const fieldFlagged = record.flaggedFields?.some((field) => FLAG_FIELDS[aspect].includes(field)) ?? false;
  return {
    aspect,
    text: found.lines.join('\n'),
    known: true,
    sourceIds: [...new Set(found.sources)],
    ...(url ? { url } : {}),
    ...(found.flagged || fieldFlagged ? { flagged: true } : {}),
  };
}

/**
 * Aspects that answer part of another when the record leaves it unknown: where to file is unknown but the body
 * that decides (hồ sơ go to it or its one-stop desk) and the ways of filing are known. Each is its own field, so a
 * related fact is never read out of another field's prose.
 */
const RELATED: Partial<Record<ProcedureAspect, readonly ProcedureAspect[]>> = {
  submitWhere: ['agency', 'online'],
  agency: ['submitWhere'],
  online: ['submitWhere'],
  form: ['dossier'],
  // No time the agency takes on record: the time the filer must keep to ("trước 10 ngày làm việc …") is what there is.
  processingTime: ['filingWindow'],
};

/** The known facts closest to an aspect the record leaves unknown, nearest first. */
export function relatedFacts(record: ProcedureRecord, aspect: ProcedureAspect, options: { question?: string } = {}): ProcedureFact[] {
  return (RELATED[aspect] ?? []).map((related) => procedureFacts(record, related, options)).filter((fact) => fact.known);
}

/** Which flagged record fields an aspect's text rests on. */
const FLAG_FIELDS: Record<ProcedureAspect, readonly string[]> = {
  agency: ['implementingAgency'],
  submitWhere: ['receivingAgency', 'steps'],
  processingTime: ['channels', 'processingTime'],
  filingWindow: ['steps', 'conditions', 'description'],
  fee: ['channels', 'fees'],
  dossier: ['dossier'],
  steps: ['steps'],
  eligibility: ['applicants', 'conditions'],
  result: ['result'],
  code: [],
  form: ['dossier'],
  legalBasis: ['legalBasis'],
  online: ['channels'],
};
