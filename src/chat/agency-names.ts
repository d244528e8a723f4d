/**
 * Agency and body names in a text (Sở Nội vụ, Ủy ban nhân dân tỉnh, Bộ Công an, Bảo hiểm xã hội …), in a
 * comparable form, so the citation guard can require each one to stand in the passage an answer cites.
 */
import { foldDiacritics } from '../text/fold';

// Bodies known by their own name: the head and the name's first words ("Sở Khoa học và Công nghệ" → "Sở Khoa học").
const NAMED_HEADS = ['Tổng cục', 'Chi cục', 'Cục', 'Sở', 'Bộ', 'Ban', 'Văn phòng', 'Trung tâm', 'Học viện', 'Viện'];
// Bodies known by their kind and level: "Công an tỉnh", "Ủy ban nhân dân cấp xã", "Bảo hiểm xã hội Việt Nam".
const LEVELLED_HEADS = ['Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Công an', 'Bảo hiểm xã hội', 'BHXH', 'Kho bạc Nhà nước', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân'];
const LEVEL = '(?:cấp\\s+|các\\s+)?(?:tỉnh|huyện|xã|phường|quận|thành phố|thị xã|trung ương|Trung ương|Việt Nam)';

// Written as people write them: title case, or capitals in headings ("SỞ NỘI VỤ").
const headsPattern = (heads: string[]) => heads.flatMap((head) => [head, head.toUpperCase()]).join('|');
const NAMED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${headsPattern(NAMED_HEADS)})\\s+(\\p{Lu}[\\p{L}&]*(?:-\\p{Lu}[\\p{L}&]*)*)(?:\\s+([\\p{L}]+))?`, 'gu');
const LEVELLED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${headsPattern(LEVELLED_HEADS)})(?![\\p{L}\\p{N}])(?:\\s+${LEVEL}(?![\\p{L}\\p{N}]))?`, 'giu');

// Words after a one-word name that are not part of it ("Cục Thuế tỉnh", "Sở Nội vụ chủ trì" keeps "vụ").
const NOT_NAME = new Set(['tinh', 'thanh', 'huyen', 'xa', 'phuong', 'quan', 'cac', 'va', 'hoac', 'chu', 'phoi', 'la', 'co', 'duoc', 'da', 'se', 'thuc', 'tai', 'cua', 'trong', 'voi', 'cho', 've', 'theo', 'noi', 'tiep', 'giai', 'cap', 'de', 'nam', 'gom', 'truc']);

// Short forms of bodies as plans and records write them.
const SHORT_FORMS: Array<[RegExp, string]> = [
  [/ ubnd /g, ' uy ban nhan dan '],
  [/ hdnd /g, ' hoi dong nhan dan '],
  [/ bhxh /g, ' bao hiem xa hoi '],
  [/ kh ?&? ?cn /g, ' khoa hoc va cong nghe '],
  [/ ld ?tb ?&? ?xh /g, ' lao dong thuong binh va xa hoi '],
  [/ nn ?&? ?mt /g, ' nong nghiep va moi truong '],
  [/ nn ?&? ?ptnt /g, ' nong nghiep va phat trien nong thon '],
  [/ gd ?&? ?dt /g, ' giao duc va dao tao '],
  [/ tt ?&? ?tt /g, ' thong tin va truyen thong '],
  [/ tn ?&? ?mt /g, ' tai nguyen va moi truong '],
  [/ vh ?tt ?&? ?dl /g, ' van hoa the thao va du lich '],
  [/ gtvt /g, ' giao thong van tai '],
];

/** Lower case, folded, words only, short forms spelled out, "cấp"/"các" before a level dropped. */
export function agencyForm(text: string): string {
  let form = ` ${foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim()} `;
  for (let pass = 0; pass < 2; pass++) for (const [pattern, spelled] of SHORT_FORMS) form = form.replace(pattern, spelled);
  return form.replace(/ (?:cap|cac) (tinh|huyen|xa|phuong|quan|thanh pho|thi xa|trung uong) /g, ' $1 ').replace(/\s+/g, ' ');
}

interface AgencyMention {
  /** Comparable core: "so noi vu", "uy ban nhan dan tinh". */
  name: string;
  /** The core without its second name word, when a one-word name ("Cục Thuế") could be meant. */
  oneWord?: string;
}

function agencyMentions(text: string): AgencyMention[] {
  const mentions = new Map<string, AgencyMention>();
  for (const match of text.matchAll(NAMED)) {
    const [whole, first, second] = match as unknown as [string, string, string | undefined];
    const head = whole.slice(0, whole.indexOf(first, whole.search(/\s/u))).trim();
    const oneWord = agencyForm(`${head} ${first}`).trim();
    const kept = second && !NOT_NAME.has(foldDiacritics(second.toLowerCase()));
    const name = kept ? agencyForm(`${head} ${first} ${second}`).trim() : oneWord;
    // "BAN HÀNH" in a capitalised heading is the verb "to issue", not a board.
    if (oneWord === 'ban hanh') continue;
    mentions.set(name, kept ? { name, oneWord } : { name });
  }
  for (const match of text.matchAll(LEVELLED)) {
    const name = agencyForm(match[0]).trim();
    mentions.set(name, { name });
  }
  return [...mentions.values()].filter((mention) => mention.name);
}

/** Each agency or body the text names, as its comparable core. */
export function agencyNames(text: string): string[] {
  return agencyMentions(text).map((mention) => mention.name);
}

/** The names of `claim` that `source` does not contain. */
export function unsupportedAgencies(claim: string, source: string): string[] {
  const available = sourceForm(source);
  return agencyMentions(claim)
    .filter(({ name, oneWord }) => !available.includes(` ${name} `) && !(oneWord && endsThere(available, oneWord)))
    .map(({ name }) => name);
}

// Sentences citing the same passages share one reading of them.
const readSources = new Map<string, string>();

function sourceForm(source: string): string {
  let form = readSources.get(source);
  if (form === undefined) {
    form = agencyForm(source);
    if (readSources.size >= 256) readSources.clear();
    readSources.set(source, form);
  }
  return form;
}

/** "Cục Thuế quản lý" against "Cục Thuế tỉnh …": the passage's name ends after one word wherever it stands. */
function endsThere(available: string, name: string): boolean {
  const followers = [...available.matchAll(new RegExp(` ${name} (\\S+)?`, 'g'))].map((match) => match[1]);
  return followers.length > 0 && followers.every((word) => word === undefined || NOT_NAME.has(word));
}
