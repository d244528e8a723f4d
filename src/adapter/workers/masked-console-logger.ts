/** Workers Logs logger: console JSON lines with personal data masked field by field. */
import { maskPersonalData } from '../../chat/pii';
import { consoleLogger, type Logger } from '../../http/app-context';

/**
 * Masks every string (and any number that reads as a phone, CCCD or account number), keeping the shape.
 * Same rule as the Node logger's maskLogValue (src/adapter/node/server.ts), which imports pino and so
 * cannot be bundled here; masking the JSON text instead would break on long numbers.
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

export function createMaskedConsoleLogger(target: Logger = consoleLogger): Logger {
  const masked = (details: object) => maskLogValue(details) as object;
  return {
    info: (details, message) => target.info(masked(details), message),
    warn: (details, message) => target.warn(masked(details), message),
    error: (details, message) => target.error(masked(details), message),
  };
}
