/** Final pass shared by every loader: canonical Vietnamese, Unix line ends, tidy blank lines. */
import { normalizeText } from '../../text/normalize';

// Control characters other than tab and line feed carry no meaning in plain text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function tidyText(text: string): string {
  return normalizeText(text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').replace(CONTROL_CHARACTERS, ''))
    .split('\n')
    .map((line) => line.replace(/ +$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|[ \n]+$/g, '');
}

/** True when the text holds at least one letter or digit worth indexing. */
export function hasReadableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
