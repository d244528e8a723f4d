/** The typed SSE protocol of `POST /api/chat`, shared by the server and the widget. */
import { z } from 'zod';

export const sourceRefSchema = z.object({
  docId: z.string(),
  title: z.string(),
  province: z.string().optional(),
  section: z.string().optional(),
  url: z.string().optional(),
});

export const citationSchema = z.object({
  n: z.number().int().positive(),
  text: z.string(),
  source: sourceRefSchema,
});
export type Citation = z.infer<typeof citationSchema>;

export const procedureCardSchema = z.object({
  id: z.string(),
  code: z.string().optional(),
  name: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  url: z.string().optional(),
  verifiedAt: z.string().optional(),
  status: z.string().optional(),
});
export type ProcedureCard = z.infer<typeof procedureCardSchema>;

export const chatResponseSchema = z.object({
  answer: z.string(),
  citations: z.array(citationSchema),
  refused: z.boolean(),
  sessionId: z.string(),
  messageId: z.string().optional(),
  procedure: procedureCardSchema.optional(),
});
export type ChatResponse = z.infer<typeof chatResponseSchema>;

export const chatEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer-start'), sessionId: z.string(), messageId: z.string() }),
  z.object({ type: z.literal('text-delta'), delta: z.string() }),
  z.object({ type: z.literal('citation'), citation: citationSchema }),
  z.object({ type: z.literal('procedure-card'), procedure: procedureCardSchema }),
  z.object({ type: z.literal('answer-end'), refused: z.boolean(), answer: z.string() }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type ChatEvent = z.infer<typeof chatEventSchema>;
export type ChatEventType = ChatEvent['type'];
