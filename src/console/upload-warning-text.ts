/** The admin console's Vietnamese note on the planted instructions an upload was found to carry (empty when none). */
import type { UploadFindings } from '../http/upload-response';

export function uploadWarningText(findings: Partial<UploadFindings>): string {
  const warnings = findings.warnings ?? [];
  const total = findings.plantedInstructions ?? warnings.length;
  if (total === 0) return '';
  const listed = warnings.map((warning) => `dòng ${warning.line}: “${warning.excerpt}”`).join('; ');
  const more = total > warnings.length ? ` (và ${total - warnings.length} đoạn khác)` : '';
  return `Tệp có ${total} đoạn giống câu lệnh gửi trợ lý; các đoạn này sẽ không được dùng để trả lời: ${listed}${more}.`;
}
