/**
 * Procedures of other sectors, by the words that name their subject, with the body competent for them.
 * A question about one of these, with no Nội vụ subject in it, is another agency's matter: the assistant
 * refuses it and points to that body (or, for social insurance, answers from a routing entry when it holds one).
 */
import { matchingForm } from './vocabulary';

export interface OtherAgency {
  id: 'justice' | 'police' | 'land' | 'business' | 'construction' | 'health' | 'education' | 'social_insurance' | 'tax';
  /** The competent body, as the refusal names it. */
  body: string;
  pattern: RegExp;
}

export const OTHER_AGENCIES: readonly OtherAgency[] = [
  { id: 'justice', body: 'Sở Tư pháp hoặc Ủy ban nhân dân cấp xã (lĩnh vực tư pháp, hộ tịch)', pattern: /\b(ho tich|khai sinh|khai tu|dang ky ket hon|ket hon|ly lich tu phap|chung thuc|cong chung|nhan cha|nhan me|nhan con|con nuoi|cai chinh ho tich|thay doi ho ten)\b/ },
  { id: 'police', body: 'cơ quan Công an (cư trú, căn cước, xuất nhập cảnh)', pattern: /\b(cu tru|tam tru|thuong tru|tam vang|ho khau|can cuoc|can cuoc cong dan|ho chieu|xuat canh|nhap canh|thi thuc|visa|passport|dang ky xe|bien so xe|giay phep lai xe|bang lai)\b/ },
  { id: 'land', body: 'Sở Nông nghiệp và Môi trường (đất đai)', pattern: /\b(dat dai|(?<!\bho )so (do|hong)|quyen su dung dat|thua dat|tach thua|nha dat|chuyen muc dich su dung dat)\b/ },
  { id: 'business', body: 'Sở Tài chính (đăng ký kinh doanh)', pattern: /\b(dang ky (doanh nghiep|kinh doanh)|thanh lap (doanh nghiep|cong ty)|ho kinh doanh|giay phep kinh doanh|giay chung nhan dang ky doanh nghiep)\b/ },
  { id: 'construction', body: 'Sở Xây dựng', pattern: /\b(giay phep xay dung|cap phep xay dung|xin phep xay (nha|dung))\b/ },
  { id: 'health', body: 'Sở Y tế', pattern: /\b(bao hiem y te|the bao hiem y te|bao tro xa hoi|tro cap xa hoi hang thang)\b/ },
  { id: 'education', body: 'Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp)', pattern: /\b(giao duc nghe nghiep|truong nghe|truong trung cap|truong cao dang|tuyen sinh)\b/ },
  { id: 'social_insurance', body: 'cơ quan Bảo hiểm xã hội', pattern: /\b(luong huu|(?<!\b(?:da|dang|vua|nay da) )nghi huu|thai san|bao hiem xa hoi mot lan|rut bao hiem xa hoi|om dau|so bao hiem xa hoi)\b/ },
  { id: 'tax', body: 'cơ quan Thuế', pattern: /\b(nop thue|thue (thu nhap|gtgt|tncn|vat|mon bai|dat|nha dat|truoc ba)|ma so thue|quyet toan thue|hoan thue|khai thue)\b/ },
];

// Subjects of the Nội vụ sector: a question naming one is ours even if it mentions another body's paper ("bản sao hộ chiếu").
// Naming the Sở Nội vụ itself is no subject: a pension question that asks whether the Sở takes the file is still social insurance.
const HOME_AFFAIRS_SUBJECT =
  /\b(giay phep lao dong|nguoi nuoc ngoai lam viec|nguoi co cong|liet si|thuong binh|benh binh|to quoc ghi cong|thanh lap hoi|hoi (quan|nghe nghiep|dong huong|cap tinh|cap xa)|dieu le hoi|quy (xa hoi|tu thien|cap)|cong chuc|vien chuc|can bo|thi dua|khen thuong|huan chuong|bang khen|luu tru|tai lieu luu tru|that nghiep|viec lam|hop dong lao dong|tien luong|an toan lao dong|kiem dinh|thanh nien xung phong|to chuc bo may|chinh quyen dia phuong|ke hoach|chuyen doi so|tro ly ao|dang ky lao dong|ky nang nghe|chung chi nghe|nghe quoc gia|xuat khau lao dong|di lam viec (?:o|tai) nuoc ngoai|hop dong cung ung|hoat dong cach mang|che do uu dai)\b/;

/** The question names a subject of the Nội vụ sector (a work permit, a hội, người có công…). */
export function namesHomeAffairsSubject(folded: string): boolean {
  return HOME_AFFAIRS_SUBJECT.test(folded);
}

// Social insurance as a whole ("tham gia bảo hiểm xã hội", "sổ BHXH"): procedures whose official pages we hold.
const SOCIAL_INSURANCE_SUBJECT = /\b(bao hiem xa hoi|bao hiem that nghiep|tro cap that nghiep|tu tuat|tro cap tuat)\b/;

/**
 * The clause a question asks about. A citizen tells the circumstances first and the wish last ("tôi vừa làm lại
 * hộ chiếu, giờ cần gia hạn giấy phép lao động …"): when a later clause names a subject we answer
 * (a Nội vụ one, or social insurance), another sector's word in an earlier clause is circumstance, not the
 * subject. A later clause naming another sector's subject changes nothing (a work permit's file may hold a
 * passport copy), nor does a question of one clause.
 */
export function subjectClause(question: string): string {
  const clauses = question.split(/[,;]/u);
  for (let index = clauses.length - 1; index > 0; index--) {
    const form = matchingForm(clauses[index]!);
    if (HOME_AFFAIRS_SUBJECT.test(form) || SOCIAL_INSURANCE_SUBJECT.test(form) || OTHER_AGENCIES.some((agency) => agency.id === 'social_insurance' && agency.pattern.test(form))) {
      return clauses.slice(index).join(',').trim();
    }
    if (OTHER_AGENCIES.some((agency) => agency.pattern.test(form))) break;
  }
  return question;
}

const COMPARED_WITH = /\b(so|khop|trung|giong|dung) voi (the |tren |trong )?$/;

/** The other sector a question is about, when it names one and no Nội vụ subject. */
export function otherAgencyOf(question: string): OtherAgency | undefined {
  const form = matchingForm(subjectClause(question));
  if (HOME_AFFAIRS_SUBJECT.test(form)) return undefined;
  // Two sectors named: the one named last is the aim ("nhận con nuôi để hưởng thai sản"), the first its occasion.
  let last: { agency: OtherAgency; at: number } | undefined;
  for (const agency of OTHER_AGENCIES) {
    for (const match of form.matchAll(new RegExp(agency.pattern.source, 'g'))) {
      // A paper compared with ("lệch năm sinh so với thẻ căn cước") is the reference, not what is asked about.
      if (COMPARED_WITH.test(form.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (!last || match.index > last.at) last = { agency, at: match.index };
    }
  }
  return last?.agency;
}
