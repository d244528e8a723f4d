/** Procedure questions: a card (time, fee, documents, where, online, legal basis) and a short answer citing the record. */
import type { Chunk } from '../core/types';
import type { ProcedureCard } from '../protocol/chat-events';
import { foldDiacritics } from '../text/fold';
import { withMarker } from './extractive-answer';
import type { PassageNumbering } from './passage-numbering';
import type { ProcedureField } from './question-analysis';
import { trimSentence } from './sentence-trim';

// Alternatives in order of preference: where to submit is "Nơi tiếp nhận" before the deciding agency.
const FIELD_LABELS: Record<ProcedureField, RegExp | RegExp[]> = {
  fees: /phi|le phi/,
  processingTime: /thoi han giai quyet/,
  receivingAgency: [/noi tiep nhan/, /nop ho so/, /co quan thuc hien/],
  dossier: /thanh phan ho so/,
  online: /truc tuyen/,
  steps: /trinh tu/,
  legalBasis: /can cu phap ly/,
  applicants: /doi tuong/,
  result: /ket qua/,
};

const OVERVIEW_LABELS = [/co quan thuc hien/, /thoi han giai quyet/, /phi|le phi/];
const UNKNOWN = 'chưa có thông tin';
const VALUE_WORDS = 40;

function foldLabel(label: string): string {
  return foldDiacritics(label).toLowerCase();
}

/** Card built from the procedure's chunks alone, when no catalog is loaded. */
export function cardFromChunks(chunks: Chunk[]): ProcedureCard | undefined {
  const first = chunks[0];
  if (!first?.procedureId) return undefined;
  const fields: ProcedureCard['fields'] = [];
  for (const chunk of chunks) for (const [label, value] of Object.entries(chunk.fields ?? {})) fields.push({ label, value: value || UNKNOWN });
  const verified = first.text.match(/Ngày kiểm tra: ([^.]+)/)?.[1];
  return { id: first.procedureId, name: first.title, fields, ...(first.url ? { url: first.url } : {}), ...(verified ? { verifiedAt: verified } : {}) };
}

/** "Thủ tục X: Label: value [n]." for the field asked, or the agency, time and fee when none was. */
export function composeProcedureAnswer(name: string, chunks: Chunk[], fields: readonly ProcedureField[], numbering: PassageNumbering): string | undefined {
  const wanted = fields.length > 0 ? fields.slice(0, 3).map((field) => FIELD_LABELS[field]) : OVERVIEW_LABELS;
  const sentences: string[] = [];
  for (const patterns of wanted) {
    const found = (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) => findField(chunks, pattern)).find(Boolean);
    if (!found) continue;
    const value = trimSentence(found.value || UNKNOWN, { maxWords: VALUE_WORDS, queryTerms: [], weight: () => 0 });
    sentences.push(withMarker(`${found.label}: ${value.replace(/[.;]+$/, '')}`, numbering.number(found.chunk)));
  }
  if (sentences.length === 0) return undefined;
  return [`Về thủ tục “${name}”:`, ...sentences].join(' ');
}

function findField(chunks: Chunk[], pattern: RegExp): { label: string; value: string; chunk: Chunk } | undefined {
  for (const chunk of chunks) {
    for (const [label, value] of Object.entries(chunk.fields ?? {})) if (pattern.test(foldLabel(label))) return { label, value, chunk };
    const steps = pattern.source.includes('trinh tu') ? chunk.text.match(/Trình tự thực hiện: (.+?)(?= Tình trạng thông tin:|$)/s)?.[1] : undefined;
    if (steps) return { label: 'Trình tự thực hiện', value: steps, chunk };
  }
  return undefined;
}
