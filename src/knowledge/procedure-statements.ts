/**
 * Every sentence a record states, field by field (steps, conditions, description, result, dossier items, caveats),
 * each with the field it was read in and its source: where a fact no aspect field holds is looked for — a rate in
 * the steps, a deadline in the conditions, what happens when an obligation is missed.
 */
import type { ProcedureAspect } from './procedure-aspect';
import type { DossierComponent, ProcedureRecord } from './procedure-schema';
import { splitSentences } from './procedure-sentences';
import { isKnown } from './sourced';

export type StatementField = 'steps' | 'conditions' | 'description' | 'applicants' | 'result' | 'dossier' | 'caveat' | 'channels';

export interface RecordStatement {
  text: string;
  field: StatementField;
  source: string;
}

/** How an answer introduces a statement of each field, and the aspect whose passage it belongs to. */
export const STATEMENT_FIELDS: Record<StatementField, { label: string; aspect: ProcedureAspect }> = {
  steps: { label: 'Theo trình tự thực hiện', aspect: 'steps' },
  conditions: { label: 'Theo yêu cầu, điều kiện thực hiện', aspect: 'eligibility' },
  description: { label: 'Theo mô tả thủ tục', aspect: 'steps' },
  applicants: { label: 'Theo đối tượng thực hiện', aspect: 'eligibility' },
  result: { label: 'Theo kết quả giải quyết', aspect: 'result' },
  dossier: { label: 'Theo thành phần hồ sơ', aspect: 'dossier' },
  caveat: { label: 'Lưu ý', aspect: 'legalBasis' },
  // Only the time a body has at its stage is read here (procedure-reply stageTime); rows are not split into statements.
  channels: { label: 'Theo cách thức thực hiện', aspect: 'processingTime' },
};

// A dossier line with its form number: "Đơn đề nghị (Mẫu số 20)" states the form.
const withForm = (leaf: { name: string; formNumber: string }) => (leaf.formNumber !== 'unknown' && !leaf.name.includes(leaf.formNumber) ? `${leaf.name} (${leaf.formNumber})` : leaf.name);

function componentNames(components: readonly DossierComponent[]): string[] {
  return components.flatMap((component) => [withForm(component), ...(component.alternatives ?? []).map(withForm), ...(component.items ?? []).map(withForm)]);
}

const statementsOf = new WeakMap<ProcedureRecord, RecordStatement[]>();

/** The record's sentences, each once, in field order; split once per record (records are never changed). */
export function recordStatements(record: ProcedureRecord): RecordStatement[] {
  let statements = statementsOf.get(record);
  if (!statements) {
    statements = splitStatements(record);
    statementsOf.set(record, statements);
  }
  return statements;
}

function splitStatements(record: ProcedureRecord): RecordStatement[] {
  const statements: RecordStatement[] = [];
  const seen = new Set<string>();
  const add = (text: string, field: StatementField, source: string) => {
    for (const sentence of splitSentences(text)) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      statements.push({ text: sentence, field, source });
    }
  };
  if (isKnown(record.steps)) for (const step of record.steps.value) add(step, 'steps', record.steps.source);
  if (record.conditions && isKnown(record.conditions)) add(record.conditions.value, 'conditions', record.conditions.source);
  if (record.description && isKnown(record.description)) add(record.description.value, 'description', record.description.source);
  if (isKnown(record.applicants)) add(record.applicants.value, 'applicants', record.applicants.source);
  if (isKnown(record.result)) add(record.result.value, 'result', record.result.source);
  if (isKnown(record.dossier)) {
    const dossier = record.dossier.value;
    const names = [...componentNames(dossier.components), ...(dossier.cases ?? []).flatMap((entry) => componentNames(entry.components))];
    for (const name of names) add(name, 'dossier', record.dossier.source);
  }
  for (const caveat of record.caveats) add(caveat.text, 'caveat', caveat.source);
  return statements;
}
