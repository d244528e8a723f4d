/** Masks personal data in any log argument field by field, whatever the runtime's logger. */
import { maskPersonalData } from './pii';

// Fields that name an id or a code (requestId, sessionId, chunkIds, docId, procedureCode) hold generated or
// official identifiers, never someone's data: masking them would only make the log impossible to follow.
const IDENTIFIER_KEY = /(?:^id|Id|Ids|_id|_ids|^ids|[cC]ode|[cC]odes)$/;

/**
 * Masks every string, keeping the shape. Numbers stay as they are: a number in a log is a count, a duration
 * or a timestamp, while personal data arrives as text. Masking the JSON text instead turned a long number
 * into an unquoted placeholder and made the logger throw.
 */
export function maskLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value).text;
  if (value instanceof Error) return maskPersonalData(`${value.name}: ${value.message}`).text;
  if (value instanceof Date) return value;
  if (!value || typeof value !== 'object') return value;
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.map((item) => maskLogValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, IDENTIFIER_KEY.test(key) && isIdentifierValue(item) ? item : maskLogValue(item, depth + 1)]));
}

function isIdentifierValue(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'));
}
