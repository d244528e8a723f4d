/** Masks personal data in any log argument field by field, whatever the runtime's logger. */
import { maskPersonalData } from './pii';

/**
 * Masks every string (and any number that reads as a phone, CCCD or account number), keeping the shape.
 * Masking the JSON text instead turned a long number into an unquoted placeholder and made the logger throw.
 */
export function maskLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value).text;
  if (typeof value === 'number' || typeof value === 'bigint') {
    const masked = maskPersonalData(String(value));
    return masked.count ? masked.text : value;
  }
  if (value instanceof Error) return maskPersonalData(`${value.name}: ${value.message}`).text;
  if (value instanceof Date) return value;
  if (!value || typeof value !== 'object') return value;
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.map((item) => maskLogValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskLogValue(item, depth + 1)]));
}
