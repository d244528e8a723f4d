/**
 * The aspects of a procedure a person can ask about: the shared vocabulary between question
 * analysis (which aspect was asked) and the knowledge layer (what a record says about it).
 */
import { z } from 'zod';

export const procedureAspectSchema = z.enum([
  /** Who decides or carries it out (cơ quan có thẩm quyền / thực hiện), and at which level. */
  'agency',
  /** Where the file is handed in (địa chỉ tiếp nhận, bộ phận một cửa). */
  'submitWhere',
  /** How long the agency takes once the file is complete (thời hạn giải quyết), per channel or outcome. */
  'processingTime',
  /** When the applicant must file: a window before or after an event ("trước … ngày", "trong thời hạn …"). */
  'filingWindow',
  /** Phí, lệ phí. */
  'fee',
  /** Thành phần hồ sơ: the whole list, with groups, alternatives and per-case lists. */
  'dossier',
  /** Trình tự thực hiện. */
  'steps',
  /** Who may use it and on what conditions (đối tượng, yêu cầu, điều kiện). */
  'eligibility',
  /** What the applicant receives (kết quả). */
  'result',
  /** The national procedure code (mã thủ tục). */
  'code',
  /** The form (mẫu đơn, tờ khai) to fill in. */
  'form',
  /** Căn cứ pháp lý. */
  'legalBasis',
  /** Whether and how it can be done online (trực tuyến, bưu chính, trực tiếp). */
  'online',
]);

export type ProcedureAspect = z.infer<typeof procedureAspectSchema>;
export const PROCEDURE_ASPECTS: readonly ProcedureAspect[] = procedureAspectSchema.options;
