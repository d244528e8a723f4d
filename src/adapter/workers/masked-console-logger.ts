/** Workers Logs logger: console JSON lines with personal data masked field by field. */
import { maskLogValue } from '../../chat/mask-log-value';
import { consoleLogger, type Logger } from '../../http/app-context';

export function createMaskedConsoleLogger(target: Logger = consoleLogger): Logger {
  const masked = (details: object) => maskLogValue(details) as object;
  return {
    info: (details, message) => target.info(masked(details), message),
    warn: (details, message) => target.warn(masked(details), message),
    error: (details, message) => target.error(masked(details), message),
  };
}
