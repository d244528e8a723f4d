/**
 * Whether an answer states the kind of fact a quantity question asks for: "bao nhiêu phần trăm …" needs a
 * percentage, "bao nhiêu tiền / kinh phí bao nhiêu" an amount, and the sentence stating it must speak of what
 * was counted (the words after the quantity phrase). The answerability decision reads it as evidence: coverage
 * alone lets a passage about the same plan but another figure through.
 */
import { splitSentences } from './sentence-split';
import { termProfile, termSet } from './term-weights';

interface AskedQuantity {
  /** The asked quantity's shape in an answer sentence. */
  shape: RegExp;
  /** What is counted: the question words after the quantity phrase. */
  subject: string;
}

const QUANTITIES: Array<{ asked: RegExp; shape: RegExp }> = [
  { asked: /\b(?:bao nhieu|may) ?(?:%|phan tram)(?= |$)(.*)$/, shape: /\d\s?%/u },
  // Money asked as such ("bao nhiêu tiền", "kinh phí (dự kiến) bao nhiêu"); "vốn …, bao nhiêu dự án" counts projects.
  { asked: /\b(?:bao nhieu (?:tien|trieu|ty)|(?:kinh phi|ngan sach|von|tong muc)(?: [a-z]+){0,3} (?:la )?bao nhieu(?! (?:du an|nhiem vu|cai|van ban|he thong)))\b(.*)$/, shape: /\d[\d.,]*\s*(?:triệu|tỷ|nghìn|đồng)|\d{1,3}(?:\.\d{3})+/u },
  // Any other "bao nhiêu X" counts X: the answer states a number ("mấy" is left out: folded, it is also "máy").
  { asked: /\bbao nhieu\b(.*)$/, shape: /\d/u },
];

// Below this share of the counted subject's terms, the sentence states another figure.
const SUBJECT_SHARE = 0.25;
const SUBJECT_WORDS = 10;

function askedQuantity(folded: string): AskedQuantity | undefined {
  for (const { asked, shape } of QUANTITIES) {
    const match = folded.match(asked);
    if (!match) continue;
    const after = (match[1] ?? '').split(/[,.?]/)[0]!.trim();
    // "X là bao nhiêu": what is counted comes before the quantity phrase.
    // "X trong kế hoạch Y là bao nhiêu": the words naming the plan say where X is, not what is counted.
    const before = folded.slice(0, match.index).replace(/\b(?:la|thi|duoc|co)\s*$/, '').replace(/\b(?:trong|cua|theo|tai) (?:ke hoach|quyet dinh|de an|van ban)\b.*$/, '').trim();
    return { shape, subject: (after || before.split(' ').slice(-SUBJECT_WORDS).join(' ')).split(' ').slice(0, SUBJECT_WORDS).join(' ') };
  }
  return undefined;
}

/**
 * 1 when no quantity is asked or the answer states it about what was counted; 0 when no sentence states a
 * quantity of that kind; 0.5 when one does, but about something else.
 */
export function factPresence(folded: string, answer: string): number {
  const asked = askedQuantity(folded);
  if (!asked) return 1;
  // Sentences citing the same passage read together: a table row says "Mục tiêu: 95%" and what is counted apart.
  const stating = bySource(answer).filter((text) => asked.shape.test(withoutReferences(text)));
  if (stating.length === 0) return 0;
  const subject = termProfile(asked.subject);
  const wanted = [...subject.unigrams, ...subject.bigrams];
  if (wanted.length === 0) return 1;
  const best = Math.max(...stating.map((text) => {
    const present = termSet(text);
    return wanted.filter((term) => present.has(term)).length / wanted.length;
  }));
  return best >= SUBJECT_SHARE ? 1 : 0.5;
}

/** Citation markers, links, dates, document numbers and years are no figures of what was counted. */
function withoutReferences(text: string): string {
  return text
    .replace(/\[\d+\]/g, ' ')
    .replace(/https?:\/\/\S+/gu, ' ')
    .replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, ' ')
    .replace(/\d+\/[\p{L}\d\-–]+/gu, ' ')
    .replace(/(năm|giai đoạn|đến|từ)\s+\d{4}(\s*[-–]\s*\d{4})?/giu, ' ');
}

/** The answer's sentences joined per passage they cite ([n]); uncited sentences each stand alone. */
function bySource(answer: string): string[] {
  const groups = new Map<string, string[]>();
  for (const sentence of splitSentences(answer)) {
    const key = sentence.text.match(/\[(\d+)\]/)?.[1] ?? `#${sentence.index}`;
    groups.set(key, [...(groups.get(key) ?? []), sentence.text]);
  }
  return [...groups.values()].map((texts) => texts.join(' '));
}
