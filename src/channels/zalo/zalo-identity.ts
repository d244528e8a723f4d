/**
 * A Zalo user as the assistant keeps them: a session id derived from the user id with an HMAC keyed by the OA
 * secret (the clear id is never stored), and, only on a hand-off ticket, the recipient sealed with AES-GCM so
 * the officer's answer can be sent back.
 */

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The conversation of one Zalo user: the same id at every message, unlinkable to the user without the secret. */
export async function zaloSessionId(secretKey: string, userId: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`zalo-user:${userId}`)));
  return `zalo_${base64url(mac).slice(0, 40)}`;
}

async function recipientKey(secretKey: string): Promise<CryptoKey> {
  const material = await crypto.subtle.digest('SHA-256', encoder.encode(`zalo-recipient:${secretKey}`));
  return crypto.subtle.importKey('raw', material, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function sealRecipient(secretKey: string, userId: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await recipientKey(secretKey), encoder.encode(userId)));
  return `${base64url(iv)}.${base64url(sealed)}`;
}

/** The user id, or undefined when the value was sealed under another key (a rotated secret) or tampered with. */
export async function openRecipient(secretKey: string, sealed: string): Promise<string | undefined> {
  const [iv, data] = sealed.split('.');
  if (!iv || !data) return undefined;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64url(iv) }, await recipientKey(secretKey), fromBase64url(data));
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
