/** Hand-written checks for the chat protocol, so the widget bundle does not carry zod. */
import type { ChatEvent, Citation, ProcedureCard } from '../protocol/chat-events';

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function optionalStrings(record: UnknownRecord, keys: string[]): boolean {
  return keys.every((key) => record[key] === undefined || isString(record[key]));
}

export function isCitation(value: unknown): value is Citation {
  if (!isRecord(value) || !isRecord(value.source)) return false;
  const source = value.source;
  return (
    typeof value.n === 'number' && Number.isInteger(value.n) && value.n > 0 &&
    isString(value.text) && isString(source.docId) && isString(source.title) &&
    optionalStrings(source, ['province', 'section', 'url'])
  );
}

export function isProcedureCard(value: unknown): value is ProcedureCard {
  return (
    isRecord(value) && isString(value.id) && isString(value.name) &&
    optionalStrings(value, ['code', 'url', 'verifiedAt', 'status']) &&
    Array.isArray(value.fields) &&
    value.fields.every((field) => isRecord(field) && isString(field.label) && isString(field.value))
  );
}

/** Returns the event when the JSON is a well-formed ChatEvent, otherwise undefined. */
export function parseChatEvent(data: string): ChatEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const valid =
    value.type === 'answer-start' ? isString(value.sessionId) && isString(value.messageId)
    : value.type === 'text-delta' ? isString(value.delta)
    : value.type === 'citation' ? isCitation(value.citation)
    : value.type === 'procedure-card' ? isProcedureCard(value.procedure)
    : value.type === 'answer-end' ? typeof value.refused === 'boolean' && isString(value.answer)
    : value.type === 'error' ? isString(value.code) && isString(value.message)
    : false;
  return valid ? (value as ChatEvent) : undefined;
}
