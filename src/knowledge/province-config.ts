/** Per-province overlay (portals, hotline, address, hours) read from knowledge/provinces.json. */
import { z } from 'zod';
import { foldForMatching } from './abolished-bodies';
import { unknownSchema } from './sourced';

const sourcedText = z.union([
  unknownSchema,
  z.strictObject({
    value: z.string().min(1),
    source: z.string().min(1),
    /** Known to predate the 2025 reorganisation (e.g. an address before the province merger): never shown to a citizen. */
    outdated: z.boolean().optional(),
    note: z.string().min(1).optional(),
  }),
]);

/** A province merged into this one by the 2025 reorganisation of provincial units. */
export const mergedProvinceSchema = z.strictObject({ name: z.string().min(1), source: z.string().min(1) });

export const provinceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  portalUrl: sourcedText,
  publicServicePortalUrl: sourcedText,
  hotline: sourcedText,
  receivingAddress: sourcedText,
  openingHours: sourcedText,
  /** Provinces merged into this one (Nghị quyết of 12/6/2025, in force with the new provincial government from 01/7/2025). */
  mergedFrom: z.array(mergedProvinceSchema).optional(),
  verifiedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const nationalChannelSchema = z.strictObject({ label: z.string().min(1), value: z.string().min(1), source: z.string().min(1) });

export const provinceConfigSchema = z
  .strictObject({
    default: z.string().min(1),
    national: z.array(nationalChannelSchema),
    provinces: z.array(provinceSchema).min(1),
  })
  .superRefine((config, context) => {
    if (!config.provinces.some((province) => province.id === config.default)) {
      context.addIssue({ code: 'custom', path: ['default'], message: `tỉnh mặc định "${config.default}" không có trong danh sách` });
    }
  });

export type ProvinceConfig = z.infer<typeof provinceConfigSchema>;
export type Province = z.infer<typeof provinceSchema>;

/** Validates the parsed provinces.json; throws a ZodError listing every problem. */
export function loadProvinceConfig(json: unknown): ProvinceConfig {
  return provinceConfigSchema.parse(json);
}

/** Finds a province by id, name or alias (diacritic-insensitive); falls back to the default. */
export function findProvince(config: ProvinceConfig, provinceId?: string): Province {
  const wanted = provinceId ? foldForMatching(provinceId) : undefined;
  const match = wanted
    ? config.provinces.find((province) => [province.id, province.name, ...province.aliases].some((name) => foldForMatching(name) === wanted))
    : undefined;
  // The schema guarantees the default exists.
  return match ?? config.provinces.find((province) => province.id === config.default)!;
}

export interface OfficialChannel {
  label: string;
  value: string;
}

/** Channels to show when the assistant refuses or cannot answer: known province values first, then national ones. */
export function officialChannels(config: ProvinceConfig, provinceId?: string): OfficialChannel[] {
  const province = findProvince(config, provinceId);
  const labelled: Array<[string, Province['portalUrl']]> = [
    [`Cổng thông tin điện tử ${province.name}`, province.portalUrl],
    [`Cổng dịch vụ công ${province.name}`, province.publicServicePortalUrl],
    ['Đường dây nóng', province.hotline],
    ['Nơi tiếp nhận hồ sơ', province.receivingAddress],
    ['Giờ làm việc', province.openingHours],
  ];
  // An address or number flagged as outdated is kept for staff to re-check, never offered to a citizen.
  const channels = labelled.flatMap(([label, field]) => (field === 'unknown' || field.outdated ? [] : [{ label, value: field.value }]));
  return [...channels, ...config.national.map(({ label, value }) => ({ label, value }))];
}
