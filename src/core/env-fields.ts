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
