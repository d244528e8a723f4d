/** The reply to an admin upload or replacement: the stored document and what the guard found in its text. */
import { z } from 'zod';
import { uploadWarningSchema, type PlantedInstructionScan } from '../chat/planted-instruction-warnings';
import type { AdminDocument } from '../ports/admin-service';

/** The part of the reply the console reads to warn the admin; the document itself is the AdminDocument shape. */
export const uploadFindingsSchema = z.object({
  plantedInstructions: z.number().int().min(0).describe('how many sentences of the file read as orders to the assistant'),
  warnings: z.array(uploadWarningSchema).describe('the first of those sentences (at most 50); the upload still succeeded'),
});
export type UploadFindings = z.infer<typeof uploadFindingsSchema>;
export type UploadResponse = UploadFindings & { document: AdminDocument };

export function uploadResponse(document: AdminDocument, planted: PlantedInstructionScan): UploadResponse {
  return { document, plantedInstructions: planted.total, warnings: planted.warnings };
}
