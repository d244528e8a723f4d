/**
 * The national catalogue (catalogue.tsv: code, name, issuer, implementing agency, field, URL,
 * detail page) and the record it yields for a procedure without a captured page: code, name,
 * field, level and the official link, nothing more.
 */
import { z } from 'zod';
import { carrierOf, displayName, filingLevel, levelsFromAgency } from './national-levels';
import { pageSourceId } from './national-record';
import { unknownProcedureFacts, type ProcedureRecord } from './procedure-schema';

export const catalogueRowSchema = z.object({
  code: z.string().regex(/^\d\.\d{6}$/, 'mã thủ tục dạng 1.234567'),
  name: z.string().min(1),
  issuedBy: z.string(),
  implementingAgency: z.string(),
  field: z.string().min(1),
  url: z.url(),
  detailPage: z.string(),
});
export type CatalogueRow = z.infer<typeof catalogueRowSchema>;

export interface CatalogueParse {
  rows: CatalogueRow[];
  errors: Array<{ line: number; message: string }>;
}

const COLUMNS = ['code', 'name', 'issued_by', 'implementing_agency', 'field', 'url', 'detail_page'] as const;

export function parseCatalogue(text: string): CatalogueParse {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n').filter((line) => line.trim() !== '');
  const header = lines[0]?.split('\t') ?? [];
  if (COLUMNS.some((column, index) => header[index] !== column)) {
    return { rows: [], errors: [{ line: 1, message: `dòng tiêu đề phải là: ${COLUMNS.join(' | ')}` }] };
  }
  const rows: CatalogueRow[] = [];
  const errors: CatalogueParse['errors'] = [];
  lines.slice(1).forEach((line, index) => {
    const [code, name, issuedBy, implementingAgency, field, url, detailPage] = line.split('\t').map((cell) => cell.trim());
    const parsed = catalogueRowSchema.safeParse({ code, name, issuedBy: issuedBy ?? '', implementingAgency: implementingAgency ?? '', field, url, detailPage: detailPage ?? '' });
    if (parsed.success) rows.push(parsed.data);
    else errors.push({ line: index + 2, message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
  });
  return { rows, errors };
}

export function recordFromCatalogue(row: CatalogueRow, id: string, verifiedAt: string): ProcedureRecord {
  const source = pageSourceId(row.code);
  const agency = row.implementingAgency || undefined;
  const levels = levelsFromAgency(agency ?? row.name);
  const level = filingLevel(levels);
  const note = 'Suy ra từ cơ quan thực hiện ghi trong danh mục quốc gia.';
  return {
    id,
    code: { value: row.code, source, article: 'Danh mục thủ tục' },
    name: displayName(row.name),
    aliases: [],
    field: row.field,
    level: level ? { value: level, source, article: 'Danh mục thủ tục', note } : 'unknown',
    implementingAgency: agency ? { value: agency, source, article: 'Danh mục thủ tục' } : 'unknown',
    ...unknownProcedureFacts(),
    officialUrls: [row.url],
    verifiedAt,
    status: 'current',
    statusReason: 'Có trong danh mục thủ tục hành chính do Bộ Nội vụ công bố trên Cổng Dịch vụ công quốc gia (tháng 7/2026); chi tiết (hồ sơ, thời hạn, phí) xem trên trang chính thức.',
    caveats: [],
    sources: [{ id: source, title: `Cổng Dịch vụ công quốc gia – thủ tục ${row.code}: ${displayName(row.name)}`, url: row.url, kind: 'portal' }],
    scope: 'public',
    carriedOutBy: carrierOf(row.field, agency, levels),
    ...(levels.length > 0 ? { levels: { value: levels, source, article: 'Danh mục thủ tục', note } } : {}),
    detail: 'catalogue',
  };
}
