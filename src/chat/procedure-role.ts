/**
 * The part a question and a record give the person: paying in (đóng, trích, tham gia, mức đóng) or receiving
 * (hưởng, nhận, được trả). A question about what an employer pays into a fund is not answered by the record on
 * drawing from it, even when the question names the fund the way that record's alias does.
 */
import type { ProcedureRecord } from '../knowledge/procedure-schema';
import { matchingForm } from './vocabulary';

export type Role = 'contribute' | 'receive';

// Folded; "lao động" ends like "đóng", so "đóng" must open its phrase. "Đang/đã/vẫn đóng bảo hiểm" describes the
// person the question is about ("chồng tôi đang đóng … thì mất"), not what is asked.
const CONTRIBUTE = /(?<!\blao )(?<!\b(?:dang|da|van|con|tung|co|chua|khong) )\bdong (bao hiem|quy|tien|vao|gop|bh)\b|\btrich (luong|tien|nop)\b|\bmuc dong\b|\btham gia (bao hiem|dong)\b|(?<!\blao )\bdong\b.{0,20}\b(bao nhieu|%|phan tram)/;
// "Nhân" (a person: nhân viên, cá nhân, công nhân) folds like "nhận" (to receive): only the verb counts.
const PERSON_AFTER = '(?! (vien|dan|than|khau|luc|su|cong|tho|chung|dao|vat|pham|tai|thuc))';
const PERSON_BEFORE = '(?<!\\b(ca|cong|benh|quan|thuong|tu|chu|nghe) )';
const RECEIVE = new RegExp(`\\b(huong|linh|rut)\\b|${PERSON_BEFORE}\\bnhan\\b${PERSON_AFTER}|\\bduoc (tra|chi tra|ho tro)\\b`);

/** The question's role, when it speaks of only one. */
export function questionRole(question: string): Role | undefined {
  const form = matchingForm(question);
  const contribute = CONTRIBUTE.test(form);
  const receive = RECEIVE.test(form);
  return contribute && !receive ? 'contribute' : receive && !contribute ? 'receive' : undefined;
}

/** The record's role, read in its name's opening verb. */
export function recordRole(record: ProcedureRecord): Role | undefined {
  const name = matchingForm(record.name);
  if (/^ (dang ky )?tham gia\b|^ (dong|trich)\b/.test(name)) return 'contribute';
  if (/^ (huong|nhan|giai quyet (che do|tro cap)|chi tra)\b/.test(name)) return 'receive';
  return undefined;
}

/** The question speaks of one role and the record is about the other. */
export function rolesConflict(question: string, record: ProcedureRecord): boolean {
  const asked = questionRole(question);
  const own = recordRole(record);
  return asked !== undefined && own !== undefined && asked !== own;
}
