/** Shapes shared by the loaders: the formats, the loaded result and the size limits. */
import { z } from 'zod';

export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'tsv', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface LoadedDocument {
  format: DocumentFormat;
  /** NFC plain text: headings on their own lines, blank lines between paragraphs, table rows as tab-separated cells. */
  text: string;
  /** Page count, for PDF only. */
  pages?: number;
  /** Text of each page, for PDF only, so callers can cite a page. */
  pageTexts?: string[];
  /** Non-fatal problems worth telling the uploader (in Vietnamese). */
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 300;

export const loadOptionsSchema = z.object({
  maxBytes: z.number().int().positive().default(DEFAULT_MAX_BYTES),
  maxPages: z.number().int().positive().default(DEFAULT_MAX_PAGES),
});

export type LoadOptions = z.input<typeof loadOptionsSchema>;
export type ResolvedLoadOptions = z.output<typeof loadOptionsSchema>;
