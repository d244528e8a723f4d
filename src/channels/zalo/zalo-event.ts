/** The Zalo OA webhook events the assistant handles (text from a user, a new follower), validated with zod; others are acknowledged and ignored. */
import { z } from 'zod';

const timestamp = z.union([z.string().regex(/^\d{10,16}$/), z.number().int().positive()]).transform(String);

/** Every event carries these; the signature covers the whole body. */
export const zaloEnvelopeSchema = z.object({ app_id: z.string().min(1), event_name: z.string().min(1), timestamp }).passthrough();

export const zaloTextEventSchema = z.object({
  event_name: z.literal('user_send_text'),
  sender: z.object({ id: z.string().min(1).max(64) }),
  message: z.object({ msg_id: z.string().min(1).max(128), text: z.string() }),
});

export const zaloFollowEventSchema = z.object({
  event_name: z.literal('follow'),
  follower: z.object({ id: z.string().min(1).max(64) }),
});

/** Anything else a user sends (image, sticker, audio, file, location, link…), identified by its msg_id. */
export const zaloOtherUserMessageSchema = z.object({
  event_name: z.string().regex(/^user_send_/),
  sender: z.object({ id: z.string().min(1).max(64) }),
  message: z.object({ msg_id: z.string().min(1).max(128) }).passthrough(),
});

export type ZaloEnvelope = z.infer<typeof zaloEnvelopeSchema>;
export type ZaloTextEvent = z.infer<typeof zaloTextEventSchema>;

/** Zalo sends milliseconds; a seconds value is accepted too. */
export function eventTimeMs(value: string): number {
  const number = Number(value);
  return value.length <= 11 ? number * 1000 : number;
}
