/**
 * Finds the sentences of an uploaded document that read as orders to the assistant, so the admin hears of them at
 * upload time. The same detector and sentence split as the sanitizing retriever: what is reported is what chat will drop.
 */
import { z } from 'zod';
import { injectionRules } from './injection-detector';

export const EXCERPT_LIMIT = 160;
/** Enough to show the admin what was found; the total is reported apart, so a hostile file cannot bloat the reply. */
export const WARNING_LIMIT = 50;

export const uploadWarningSchema = z
  .object({
    kind: z.literal('planted_instruction').describe('a sentence addressed to the assistant, not to readers; chat never quotes it'),
    rule: z.enum(['override', 'reveal', 'role_play', 'marker', 'forced_claim', 'fabricate', 'drop_sources', 'intrusion']).describe('the first detector rule the sentence breaks'),
    excerpt: z.string().max(EXCERPT_LIMIT).describe('the sentence, shortened to at most 160 characters'),
    line: z.number().int().positive().describe('1-based line of the extracted text the sentence is on'),
  })
  .describe('a passage of an upload the assistant will not use in answers');
export type UploadWarning = z.infer<typeof uploadWarningSchema>;

export interface PlantedInstructionScan {
  /** Every flagged sentence in the document. */
  total: number;
  /** The first WARNING_LIMIT of them, in reading order. */
  warnings: UploadWarning[];
}

export function plantedInstructionWarnings(text: string): PlantedInstructionScan {
  const warnings: UploadWarning[] = [];
  let total = 0;
  text.split('\n').forEach((content, index) => {
    // Judged sentence by sentence as the retriever judges passages: a long paragraph is not flagged for one clause.
    for (const sentence of content.split(/(?<=[.!?;])\s+/)) {
      const [rule] = injectionRules(sentence);
      if (!rule) continue;
      total++;
      if (warnings.length < WARNING_LIMIT) warnings.push({ kind: 'planted_instruction', rule, excerpt: excerptOf(sentence), line: index + 1 });
    }
  });
  return { total, warnings };
}

function excerptOf(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LIMIT ? flat : `${flat.slice(0, EXCERPT_LIMIT - 1).trimEnd()}…`;
}
