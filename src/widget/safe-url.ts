/** Accepts only http(s) links from untrusted data; everything else (javascript:, data:) is dropped. */

export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Contact links come from the portal's own configuration, so a hotline `tel:` link is allowed too. */
export function safeContactUrl(value: unknown, base?: string): string | undefined {
  if (typeof value === 'string' && /^tel:\+?[0-9 .()-]{3,20}$/i.test(value.trim())) return value.trim().replace(/\s/g, '');
  return safeHttpUrl(value, base);
}
