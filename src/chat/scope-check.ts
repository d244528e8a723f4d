/**
 * Questions outside any administration's work (weather, sport, health advice, shopping, prices, jokes, code):
 * out of domain. Another sector's procedures are recognised in other-agencies.ts and answered with a pointer.
 */
import { aspectsAsked } from './aspect-words';
import { namesHomeAffairsSubject } from './other-agencies';
import { foldedWords, matchingForm } from './vocabulary';

export type OutOfScopeTopic =
  | 'weather'
  | 'sport'
  | 'health'
  | 'creative'
  | 'programming'
  | 'finance'
  | 'shopping'
  | 'current_officeholder'
  | 'personal_contact'
  | 'chitchat'
  | 'general_knowledge';

// Titles of office, folded.
const OFFICE = 'bo truong|thu truong|thu tuong|pho thu tuong|chu tich|pho chu tich|giam doc|pho giam doc|bi thu|truong phong|pho truong phong|cuc truong|vu truong|chanh van phong';

// Folded patterns; ambiguous folds (thuê/thuế, bão/báo, cơn bão/còn bao nhiêu) are avoided by requiring a second word.
const TOPICS: Array<{ topic: OutOfScopeTopic; pattern: RegExp }> = [
  { topic: 'weather', pattern: /\b(thoi tiet|du bao (mua|nang|nhiet)|nhiet do (hom nay|ngay mai)|co mua khong|troi (mua|nang)|con bao(?! (nhieu|lau|gio))|ap thap nhiet doi|weather)\b/ },
  { topic: 'sport', pattern: /\b(bong da|ti so|ty so|doi tuyen|tuyen viet nam|world cup|v-?league|tran dau|ghi ban|sea games|bong chuyen|football)\b/ },
  { topic: 'health', pattern: /\b(bi benh|benh (gi|nay)|trieu chung|uong thuoc|thuoc (gi|nao|tri)|bac si|kham benh|dieu tri|tiem (chung|vac)|vac-?xin|covid)\b/ },
  { topic: 'creative', pattern: /\b(bai tho|lam tho|luc bat|bai hat|sang tac|viet truyen|ke chuyen|truyen cuoi|cong thuc nau|mon an)\b/ },
  { topic: 'programming', pattern: /\b(viet code|viet (mot )?(chuong trinh|doan ma)|python|javascript|typescript|source code)\b/ },
  { topic: 'finance', pattern: /\b(gia vang|chung khoan|co phieu|ty gia|bitcoin|tien ao|lai suat vay)\b/ },
  { topic: 'shopping', pattern: /\b(nen mua|mua (dien thoai|xe|may|laptop) (nao|gi|loai nao)|iphone|samsung|gia (xang|dau|dien|nha|ve)|gui tiet kiem|lai suat (ngan hang|tiet kiem))\b/ },
  // Facts about the world, not about an administration's work.
  { topic: 'general_knowledge', pattern: /\b(thu do (cua|nuoc)|dan so (the gioi|viet nam|cua|nuoc)|phat minh ra|hanh tinh|vu tru|dinh nui|song (dai|lon) nhat|cao nhat the gioi|lon nhat the gioi|world record)\b/ },
  // Questions about the assistant itself ("bạn là ai", "ai tạo ra bạn"): small talk, not a Nội vụ matter.
  { topic: 'chitchat', pattern: /\b(ban|em) (la ai|la gi|la nguoi hay may)\b|\bai (tao|lam|viet) ra (ban|em)\b/ },
  // A named person's own phone, address or e-mail is personal data, never something to look up.
  { topic: 'personal_contact', pattern: /\b(so dien thoai|sdt|dia chi nha|nha rieng|email|e-mail|zalo|facebook)( (rieng|ca nhan|di dong))? (cua|cho) (ong|ba|anh|chi|chu tich|pho chu tich|giam doc|pho giam doc|truong phong|can bo|bi thu)\b/ },
  // Who holds an office today changes over time and is not what the plans record.
  { topic: 'current_officeholder', pattern: /\b(ai|nguoi nao) (dang )?(la|giu chuc|dam nhiem)\b.{0,60}\b(hien nay|hien tai|bay gio)\b|\b(hien nay|hien tai) (ai|nguoi nao) (dang )?(la|giu)\b/ },
  // Who holds an office, asked by the title ("Giám đốc Sở … là ai", "ai là Bộ trưởng …"); who signed a plan is another question.
  { topic: 'current_officeholder', pattern: new RegExp(String.raw`^(?!.*\bky\b).*(\b(${OFFICE})\b(?: [a-z]+){0,8} (hien nay |hien tai |bay gio )?(la ai|ten (la )?gi|ho ten (la )?gi)\b|\bai (dang )?(la|lam|giu chuc) (${OFFICE})\b)`) },
];

// A message that is only a greeting, thanks or small talk (folded, whole message).
const CHITCHAT = /^ ((xin )?chao|hello|hi|alo|ban (co )?(khoe|on) khong|khoe khong|cam on|thank(s| you)?|tam biet|bye|ok|oke|vang|da|hay qua|tuyet voi|ban ten (la )?gi|ban bao nhieu tuoi|ban (dang )?lam gi do)( (ban|em|anh|chi|nhe|nha|a|ha|nhieu|ban nhe|tro ly))* $/;

// Illness the sector's own benefits are about: an occupational disease, a work accident, a sick or wounded veteran,
// sick leave and the benefits paid for it ("con bị bệnh … hưởng chế độ ốm đau"); the disease may be named between
// ("bệnh điếc nghề nghiệp").
const SECTOR_ILLNESS = /\b(benh( \w+){0,3} nghe nghiep|tai nan lao dong|benh binh|thuong binh|chat doc hoa hoc|om dau|nghi om|che do|tro cap|bao hiem|giam dinh|thuong tat|nguoi co cong)\b/;

// A file or a claim on the administration ("thủ tục", "xin hỗ trợ", a "hồ sơ" to make).
const FILING_ACT = /\b(ho so|de nghi|thu tuc|xin ho tro|ho tro chi phi)\b/;

export function outOfScopeTopic(question: string): OutOfScopeTopic | undefined {
  const folded = foldedWords(question);
  if (CHITCHAT.test(folded.replace(/[!?.,]/g, ' ').replace(/\s+/g, ' '))) return 'chitchat';
  const sectorIllness = SECTOR_ILLNESS.test(folded);
  // A procedure of ours asked about ("giấy phép lao động cho nhà khoa học …") is no general-knowledge question.
  const ours = namesHomeAffairsSubject(matchingForm(question)) && aspectsAsked(question).length > 0;
  // Treatment told as the circumstance of a file asked about ("điều trị xong thì hội lập hồ sơ hỗ trợ … trong bao
  // lâu") is a procedure question, not health advice.
  const filing = FILING_ACT.test(folded) && aspectsAsked(question).length > 0;
  return TOPICS.find(({ topic, pattern }) => !(topic === 'health' && (sectorIllness || filing)) && !(topic === 'general_knowledge' && ours) && pattern.test(folded))?.topic;
}
