/** Reads the widget's configuration from the data-* attributes of its <script> tag. */
import { mergeStrings, type WidgetStrings } from './widget-strings';
import { safeContactUrl, safeHttpUrl } from './safe-url';

export interface WidgetConfig {
  apiOrigin: string;
  title: string;
  agency: string;
  logoUrl?: string;
  primaryColour?: string;
  greeting: string;
  suggestions: string[];
  position: 'bottom-right' | 'bottom-left';
  strings: WidgetStrings;
  contactUrl?: string;
  hotline?: string;
  openOnLoad: boolean;
  /** How often an open hand-off ticket is polled for an officer's answer. */
  handoffPollMs: number;
}

/** `data-handoff-poll-seconds`: 20 s unless set; kept between 1 s and 10 min so a typo cannot flood the server. */
export function parsePollSeconds(value: string | null): number {
  const text = value?.trim();
  const seconds = Number(text);
  return text && Number.isFinite(seconds) ? Math.min(600, Math.max(1, seconds)) * 1000 : 20_000;
}

/** `suggestions` accepts a JSON array or a list separated by `|` (questions often contain commas). */
export function parseSuggestions(value: string | null): string[] {
  const text = (value ?? '').trim();
  if (text === '') return [];
  let items: unknown[] = text.split('|');
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      items = Array.isArray(parsed) ? parsed : [];
    } catch {
      items = [];
    }
  }
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .slice(0, 6);
}

/** `read(name)` returns the attribute `data-<name>`; `scriptSrc` gives the default API origin. */
export function readWidgetConfig(read: (name: string) => string | null, scriptSrc: string): WidgetConfig {
  const strings = mergeStrings(read('strings'));
  const scriptOrigin = safeHttpUrl(scriptSrc) ? new URL(scriptSrc).origin : '';
  const apiUrl = safeHttpUrl(read('api-origin'), scriptSrc || undefined);
  const apiOrigin = apiUrl ? new URL(apiUrl).origin : scriptOrigin;
  const title = read('title')?.trim() || strings.title;
  const hotline = read('hotline')?.trim() || undefined;
  return {
    apiOrigin,
    title,
    agency: read('agency')?.trim() ?? '',
    logoUrl: safeHttpUrl(read('logo'), scriptSrc || undefined),
    primaryColour: read('primary-color') ?? read('primary-colour') ?? undefined,
    greeting: read('greeting')?.trim() || strings.greeting,
    suggestions: parseSuggestions(read('suggestions')),
    position: read('position') === 'bottom-left' ? 'bottom-left' : 'bottom-right',
    strings: { ...strings, title },
    contactUrl: safeContactUrl(read('contact-url'), scriptSrc || undefined) ?? (hotline ? safeContactUrl(`tel:${hotline}`) : undefined),
    hotline,
    openOnLoad: read('open') === 'true',
    handoffPollMs: parsePollSeconds(read('handoff-poll-seconds')),
  };
}
