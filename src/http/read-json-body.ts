/** Reads a JSON request body within a byte limit, with clear 413/415/400 errors. */
import type { Context } from 'hono';
import { errors } from './errors';

export async function readJsonBody(context: Context, maxBytes: number): Promise<unknown> {
  const type = context.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) throw errors.unsupportedMediaType();
  const declared = Number(context.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw errors.payloadTooLarge(`${Math.round(maxBytes / 1024)} KB`);
  const buffer = await context.req.arrayBuffer();
  if (buffer.byteLength > maxBytes) throw errors.payloadTooLarge(`${Math.round(maxBytes / 1024)} KB`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw errors.invalidJson();
  }
  try {
    return JSON.parse(text);
  } catch {
    throw errors.invalidJson();
  }
}
