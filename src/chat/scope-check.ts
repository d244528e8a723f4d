/** Tells questions outside the Nội vụ sector (weather, sport, health, tax, land, civil status…) from those inside it. */
import { foldDiacritics } from '../text/fold';

export type OutOfScopeTopic =
  | 'weather'
  | 'sport'
  | 'health'
  | 'tax'
  | 'immigration'
  | 'land'
  | 'civil_status'
  | 'residence_transport'
  | 'business'
  | 'creative'
  | 'programming'
  | 'finance'
  | 'current_officeholder'
  | 'personal_contact';

// Folded patterns; ambiguous folds (thuê/thuế, bão/báo) are avoided by requiring a second word.
const TOPICS: Array<{ topic: OutOfScopeTopic; pattern: RegExp }> = [
  { topic: 'weather', pattern: /\b(thoi tiet|du bao (mua|nang|nhiet)|nhiet do (hom nay|ngay mai)|co mua khong|troi (mua|nang)|con bao|ap thap nhiet doi|weather)\b/ },
  { topic: 'sport', pattern: /\b(bong da|ti so|ty so|doi tuyen|tuyen viet nam|world cup|v-?league|tran dau|ghi ban|sea games|bong chuyen|football)\b/ },
  { topic: 'health', pattern: /\b(bi benh|benh (gi|nay)|trieu chung|uong thuoc|thuoc (gi|nao|tri)|bac si|kham benh|dieu tri|tiem (chung|vac)|vac-?xin|covid)\b/ },
  { topic: 'tax', pattern: /\b(nop thue|thue (thu nhap|gtgt|tncn|vat|mon bai|dat|nha dat|truoc ba)|ma so thue|quyet toan thue|hoan thue|khai thue)\b/ },
  { topic: 'immigration', pattern: /\b(ho chieu|xuat canh|nhap canh|thi thuc|visa|passport)\b/ },
  { topic: 'land', pattern: /\b(so do|so hong|quyen su dung dat|dat dai|nha dat|thua dat|tach thua|chuyen muc dich su dung dat)\b/ },
  { topic: 'civil_status', pattern: /\b(khai sinh|khai tu|dang ky ket hon|ly hon|ho tich|ly lich tu phap|nhan cha|nhan con nuoi)\b/ },
  { topic: 'residence_transport', pattern: /\b(tam tru|thuong tru|dang ky cu tru|bang lai|giay phep lai xe|dang kiem|phat nguoi|vi pham giao thong|dang ky xe)\b/ },
  { topic: 'business', pattern: /\b(dang ky kinh doanh|thanh lap doanh nghiep|giay phep kinh doanh|ho kinh doanh)\b/ },
  { topic: 'creative', pattern: /\b(bai tho|lam tho|luc bat|bai hat|sang tac|viet truyen|ke chuyen|truyen cuoi|cong thuc nau|mon an)\b/ },
  { topic: 'programming', pattern: /\b(viet code|viet (mot )?(chuong trinh|doan ma)|python|javascript|typescript|source code)\b/ },
  { topic: 'finance', pattern: /\b(gia vang|chung khoan|co phieu|ty gia|bitcoin|tien ao|lai suat vay)\b/ },
  // A named person's own phone, address or e-mail is personal data, never something to look up.
  { topic: 'personal_contact', pattern: /\b(so dien thoai|sdt|dia chi nha|nha rieng|email|e-mail|zalo|facebook)( (rieng|ca nhan|di dong))? (cua|cho) (ong|ba|anh|chi|chu tich|pho chu tich|giam doc|pho giam doc|truong phong|can bo|bi thu)\b/ },
  // Who holds an office today changes over time and is not what the plans record.
  { topic: 'current_officeholder', pattern: /\b(ai|nguoi nao) (dang )?(la|giu chuc|dam nhiem)\b.{0,60}\b(hien nay|hien tai|bay gio)\b|\b(hien nay|hien tai) (ai|nguoi nao) (dang )?(la|giu)\b/ },
];

export function outOfScopeTopic(question: string): OutOfScopeTopic | undefined {
  const folded = foldDiacritics(question.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');
  return TOPICS.find(({ pattern }) => pattern.test(folded))?.topic;
}
