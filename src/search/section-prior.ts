/**
 * A light prior from the plans' own structure. A plan is written in sections of known kinds (MỤC ĐÍCH, QUAN ĐIỂM,
 * MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN, Phụ lục…) framed by passages that are about the document
 * rather than its content: the header (issuer, number, title, the opening paragraph), the legal basis ("CĂN CỨ
 * …") and the closing (signature, "Nơi nhận"). The frame repeats the title's words, so a question that names the
 * plan ("mục tiêu của kế hoạch năm nay ở tỉnh X là gì") meets it first; yet a question that
 * asks for a kind of section wants that section. So when a question names a section kind, passages under a
 * heading of that kind are lifted a little and frame passages lowered, unless the question asks for the basis.
 */
import type { Chunk } from '../core/types';
import { GROUP_LIST_PREFIX } from '../ingest/chunk-plan';
import { PATH_SEPARATOR, recognizeHeading } from '../ingest/heading-path';
import { foldDiacritics } from '../text/fold';
import { DOCUMENT_FAMILY, passageFamily } from './passage-family';

export type SectionKind = 'purpose' | 'requirement' | 'viewpoint' | 'goal' | 'orientation' | 'task' | 'solution' | 'organisation' | 'funding' | 'basis' | 'appendix';

// Folded, whole words. Each kind is named by its heading noun in the plans and in questions alike.
const KINDS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['purpose', / muc dich /],
  ['requirement', / yeu cau (?!(ve|cua|doi voi) )/],
  ['viewpoint', / quan diem /],
  ['goal', / (muc tieu|chi tieu) /],
  ['orientation', / (dinh huong|tam nhin) /],
  ['task', / nhiem vu /],
  ['solution', / giai phap /],
  // "… được phân công làm gì", "giao … nhiệm vụ": what the implementation section assigns.
  ['organisation', / (to chuc thuc hien|trach nhiem thuc hien|phan cong|duoc giao|giao cho) /],
  ['funding', / (kinh phi|nguon von|du toan) /],
  // The legal basis, and the submission a plan is issued on ("trên cơ sở Tờ trình …", "xét đề nghị …").
  ['basis', / (can cu|co so phap ly|van ban phap ly|tren co so|to trinh|de nghi cua) /],
  ['appendix', / (phu luc|danh muc) /],
];

const KIND_BITS = new Map(KINDS.map(([kind], index) => [kind, 1 << index]));
const BASIS = KIND_BITS.get('basis')!;

/** Bit set of the section kinds a folded text names. */
export function sectionKindsOf(text: string): number {
  const folded = foldedForm(text);
  let bits = 0;
  KINDS.forEach(([, pattern], index) => {
    if (pattern.test(folded)) bits |= 1 << index;
  });
  return bits;
}

export function kindBit(kind: SectionKind): number {
  return KIND_BITS.get(kind)!;
}

/** What a passage is to the question's section kinds. */
export interface PassageRoles {
  /** Kinds its heading path (and the section headings it holds) name. */
  kinds: Uint16Array;
  /** About the document rather than its content: FRAME_HEADER, FRAME_BASIS, FRAME_CLOSING; 0 for content. */
  frame: Uint8Array;
  /** Passages under (or holding) each heading of three or more syllables, by its folded words. */
  headings: Map<string, number[]>;
}

export const FRAME_HEADER = 1;
export const FRAME_BASIS = 2;
export const FRAME_CLOSING = 3;
/** The passage that lists a table's groups ("Gồm các nhóm: I. …; II. …"): a table of contents, not content. */
export const FRAME_CONTENTS = 4;

/** Headings inside a passage short enough to be titles, not items that read as sentences. */
const TITLE_LENGTH = 100;
// The closing block: "Trên đây là Kế hoạch …", "Nơi nhận:", the signature ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
const CLOSING = /^(trên đây là|nơi nhận|tm\.|kt\.|q\. ?chủ tịch|chủ tịch$)/iu;

// The line the chunker adds under a table's heading listing its groups (chunk-plan.ts, groupList).
const CONTENTS = new RegExp(`^${GROUP_LIST_PREFIX}`, 'u');
// A question about the groups or the appendix as such: "chia thành những nhóm nào", "phụ lục gồm những gì".
const ASKS_CONTENTS = / (nhom|phu luc|danh muc|gom nhung|chia thanh) /;

/** Whether the question asks how a table or appendix is grouped. */
export function asksContents(question: string): boolean {
  return ASKS_CONTENTS.test(foldedForm(question));
}

// "Ai ký …", "người ký", "ký ban hành", "nơi nhận", "gửi những đâu": the closing block is what is asked.
const ASKS_CLOSING = / (ai ky|nguoi ky|ky ban hanh|ky ten|chu ky|ky (ke hoach|van ban|quyet dinh)|noi nhan|gui (cho )?(nhung )?(ai|dau|co quan nao)) /;

/** Whether the question asks who signed the document or whom it is sent to. */
export function asksClosing(question: string): boolean {
  return ASKS_CLOSING.test(foldedForm(question));
}

export function foldedForm(text: string): string {
  return ` ${foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Roles of every passage. A plan's header is every passage before its first section heading (I., Phần, 1.); its
 * basis, the passages under a "căn cứ" heading; its closing, a passage that opens with the closing formula. Only
 * plan passages (prose and table rows) have roles; knowledge records have none.
 */
export function passageRoles(chunks: readonly Chunk[]): PassageRoles {
  const kinds = new Uint16Array(chunks.length);
  const frame = new Uint8Array(chunks.length);
  const headings = new Map<string, number[]>();
  const firstSection = new Map<string, number>();
  chunks.forEach((chunk, index) => {
    if (passageFamily(chunk.kind) !== DOCUMENT_FAMILY) return;
    const own = chunk.kind === 'text' ? sectionHeadings(chunk.text) : [];
    kinds[index] = sectionKindsOf([chunk.section, ...own].join(' \n '));
    // Titles the passage stands under or holds ("2. Công an tỉnh", "1. Giải pháp chung"), for questions quoting them.
    for (const title of [...chunk.section.split(PATH_SEPARATOR), ...own].map(titleWords)) {
      if (title.split(' ').length < NAMED_TITLE_WORDS) continue;
      const list = headings.get(title);
      if (!list) headings.set(title, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
    if (kinds[index]! & BASIS && sectionKindsOf(chunk.section) & BASIS) frame[index] = FRAME_BASIS;
    if (chunk.kind === 'text' && CLOSING.test(chunk.text.trimStart())) frame[index] = FRAME_CLOSING;
    if (chunk.kind === 'text' && CONTENTS.test(chunk.text)) frame[index] = FRAME_CONTENTS;
    if (own.length > 0 || chunk.kind !== 'text') {
      const known = firstSection.get(chunk.docId);
      if (known === undefined || chunk.lineStart < known) firstSection.set(chunk.docId, chunk.lineStart);
    }
  });
  chunks.forEach((chunk, index) => {
    if (chunk.kind !== 'text' || passageFamily(chunk.kind) !== DOCUMENT_FAMILY) return;
    const first = firstSection.get(chunk.docId);
    if (first !== undefined && chunk.lineStart < first) frame[index] = FRAME_HEADER;
  });
  return { kinds, frame, headings };
}

/** At least this many syllables for a heading to be quoted by a question rather than share a word with it. */
const NAMED_TITLE_WORDS = 3;

/** A heading's words without its marker ("2. Công an tỉnh" → "cong an tinh"), folded. */
function titleWords(heading: string): string {
  return foldedForm(heading.replace(/^\s*(?:phần\s+)?(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+/iu, '').replace(/[:.]\s*$/u, '')).trim();
}

/** Numbered section headings a passage holds (roman, part, numbered), not items that read as sentences. */
function sectionHeadings(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const heading = recognizeHeading(line);
    if (heading && heading.rank <= 4 && !heading.isItem && heading.kind !== 'appendix' && line.length <= TITLE_LENGTH) found.push(line);
    else if (heading?.kind === 'appendix') found.push(line);
  }
  return found;
}

/** Factors of the prior: how far a passage under the asked kind is lifted, how far a frame passage is lowered. */
export interface SectionPriorStrength {
  match: number;
  frame: number;
}

export const SECTION_PRIOR: SectionPriorStrength = { match: 1.2, frame: 0.45 };

/**
 * The score factor of each passage for a question. A question naming no section kind (most fact questions) only
 * finds a table's list of groups lowered, unless it asks about groups or the appendix.
 */
export function sectionFactor(question: string, roles: PassageRoles, strength: SectionPriorStrength = SECTION_PRIOR): ((index: number) => number) | undefined {
  const folded = foldedForm(question);
  const asked = sectionKindsOf(question);
  const contents = ASKS_CONTENTS.test(folded);
  const named = namedHeadings(folded, roles);
  const basis = (asked & BASIS) !== 0;
  const kind = (index: number): number => {
    const frame = roles.frame[index];
    if (frame === FRAME_CONTENTS) return contents ? strength.match : strength.frame;
    if (asked === 0) return 1;
    // The header states what the plan is issued on, as the basis section does.
    if (frame === FRAME_HEADER || frame === FRAME_BASIS) return basis ? strength.match : strength.frame;
    if (frame && !basis) return strength.frame;
    return roles.kinds[index]! & asked ? strength.match : 1;
  };
  if (asked === 0 && contents && named.size === 0) return undefined;
  return named.size === 0 ? kind : (index) => kind(index) * (named.has(index) ? strength.match : 1);
}

/** Passages under a heading the question quotes whole ("Công an tỉnh được giao …" → "2. Công an tỉnh"). */
export function namedHeadings(folded: string, roles: PassageRoles): Set<number> {
  const named = new Set<number>();
  for (const [title, passages] of roles.headings) if (folded.includes(` ${title} `)) for (const passage of passages) named.add(passage);
  return named;
}

// A section asked as a whole ("những mục tiêu gì", "các giải pháp nào", "mục đích … là gì"), not one fact in it.
const WHOLE = / (nhung|cac|mot so) | (la gi|the nao|ra sao|nhu the nao|gom nhung gi) /;
const ONE_FACT = / (bao nhieu|may|khi nao|nam nao|bao gio|ai|co quan nao|don vi nao|so nao) /;

/** The section kinds a question asks for as a whole section, or 0 when it names none or asks one fact. */
export function wholeSectionKinds(question: string): number {
  const folded = foldedForm(question);
  if (!WHOLE.test(folded) || ONE_FACT.test(folded)) return 0;
  return sectionKindsOf(question) & ~BASIS;
}
