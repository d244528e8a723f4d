/** zod fields shared by the Node and Workers environment schemas (comma lists, on/off flags). */
import { z } from 'zod';

export const commaList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

export const onOffFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .default('')
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/**
 * TRUST_PROXY: how many reverse proxies stand in front of the app. The old on/off spellings still work
 * (`1`/`true`/`yes` = one proxy, empty/`0`/`false`/`no` = none).
 */
export const proxyHops = z
  .string()
  .default('')
  .transform((value, context) => {
    const text = value.trim().toLowerCase();
    if (['', '0', 'false', 'no', 'off'].includes(text)) return 0;
    if (['true', 'yes', 'on'].includes(text)) return 1;
    if (/^\d{1,2}$/.test(text)) return Number(text);
    context.addIssue({ code: 'custom', message: 'TRUST_PROXY is the number of reverse proxies in front of the app (0–99), or true/false' });
    return z.NEVER;
  });
