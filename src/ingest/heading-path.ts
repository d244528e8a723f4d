/** Recognises the plans' heading hierarchy (Phần / Phụ lục / I. / 1. / a) / - / +) and tracks the current path. */

export type HeadingKind = 'part' | 'appendix' | 'roman' | 'number' | 'subnumber' | 'letter' | 'dash' | 'plus';

export interface Heading {
  kind: HeadingKind;
  /** Lower rank = higher in the hierarchy. */
  rank: number;
  /** The whole heading line, as printed. */
  text: string;
  /** True for list items that read as paragraphs (they carry a full sentence). */
  isItem: boolean;
}

const RANK: Record<HeadingKind, number> = { part: 0, appendix: 0, roman: 1, number: 2, subnumber: 3, letter: 4, dash: 5, plus: 6 };

const PATTERNS: Array<[HeadingKind, RegExp]> = [
  ['part', /^phần\s+(?:[IVXLC]+|\d+|thứ\s+\p{L}+)(?!\p{L})/iu],
  ['appendix', /^phụ\s+lục(?!\p{L})/iu],
  ['roman', /^[IVXLC]+[.)]\s*\S/u],
  ['subnumber', /^\d{1,3}\.\d+(?:\.\d+)*\.?\s+\S/u],
  ['number', /^\d{1,3}[.)]\s*\p{L}/u],
  ['letter', /^[a-zđ]\)\s*\S/u],
  ['dash', /^[-–•]\s*\S/u],
  ['plus', /^\+\s*\S/u],
];

const SHORT_HEADING = 100;

/**
 * Recognises a heading or list item at the start of a line; `undefined` for plain text.
 * Numbers followed by a year or a percentage ("2030.", "1.000") are not headings.
 */
export function recognizeHeading(line: string): Heading | undefined {
  const text = line.trim();
  if (!text || text.includes('\t')) return undefined;
  for (const [kind, pattern] of PATTERNS) {
    if (!pattern.test(text)) continue;
    if (kind === 'roman' && /^[IVXLC]+\.\s*\d/u.test(text)) return undefined;
    const isItem = kind === 'dash' || kind === 'plus' || /[.;]$/u.test(text) || text.length > 160;
    return { kind, rank: RANK[kind], text, isItem };
  }
  return undefined;
}

/** Shortens a heading for display, cutting at a word boundary and adding "…". */
export function shortenHeading(text: string, limit = SHORT_HEADING): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

export const PATH_SEPARATOR = ' › ';

/** Keeps the stack of open headings while a document is read top to bottom. */
export class HeadingTracker {
  private stack: Heading[] = [];

  /** Opens a heading: closes every open heading of the same or a lower level first. */
  open(heading: Heading): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.rank >= heading.rank) this.stack.pop();
    this.stack.push(heading);
  }

  /** Clears everything below (and including) the given rank, e.g. when a table starts. */
  closeFrom(rank: number): void {
    this.stack = this.stack.filter((heading) => heading.rank < rank);
  }

  headings(): Heading[] {
    return [...this.stack];
  }

  /**
   * Display path. Dash and plus items join the path only when something is nested
   * under them, so a run of "- …" bullets shares its parent's path.
   */
  path(options: { includeLast?: boolean } = {}): string {
    const includeLast = options.includeLast ?? true;
    const shown = includeLast ? this.stack : this.stack.slice(0, -1);
    return formatPath(shown.filter((heading, index) => heading.rank < RANK.dash || index < shown.length - 1));
  }
}

export function formatPath(headings: Heading[]): string {
  return headings.map((heading) => shortenHeading(heading.text)).join(PATH_SEPARATOR);
}
