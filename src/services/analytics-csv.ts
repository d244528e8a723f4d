/** CSV export of the analytics (daily figures or coverage gaps), safe to open in Excel: BOM, quoting, no formulas. */
import type { AnalyticsReport } from './analytics';

export type AnalyticsTable = 'daily' | 'gaps' | 'questions';

/** A cell starting with = + - @ would run as a formula in a spreadsheet; a leading apostrophe keeps it text. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: Array<Array<string | number | null | undefined>>): string {
  // Excel reads a UTF-8 file as such only with a byte-order mark; without it Vietnamese letters break.
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function analyticsCsv(report: AnalyticsReport, table: AnalyticsTable): string {
  if (table === 'gaps') {
    return csv([
      ['loai', 'cau_hoi_dai_dien', 'so_lan', 'cach_hoi_khac', 'lan_cuoi'],
      ...report.coverageGaps.unanswered.map((cluster) => ['tu_choi', cluster.representative, cluster.count, cluster.variants.join(' | '), cluster.lastAskedAt]),
      ...report.coverageGaps.lowConfidence.map((cluster) => ['do_tin_cay_thap', cluster.representative, cluster.count, cluster.variants.join(' | '), cluster.lastAskedAt]),
    ]);
  }
  if (table === 'questions') {
    return csv([['cau_hoi_dai_dien', 'so_lan', 'cach_hoi_khac', 'lan_cuoi'], ...report.topQuestions.map((cluster) => [cluster.representative, cluster.count, cluster.variants.join(' | '), cluster.lastAskedAt])]);
  }
  return csv([
    ['ngay', 'cau_hoi', 'tu_choi', 'do_tin_cay_thap', 'du_phong_llm', 'hai_long', 'khong_hai_long'],
    ...report.perDay.map((day) => [day.date, day.questions, day.refused, day.lowConfidence, day.fallbacks, day.feedbackUp, day.feedbackDown]),
  ]);
}
