/** Vietnamese syllable phonotactics: tests whether a string spells one syllable, and lists them all. */

import { placeToneMark } from './normalize';

/** Combining marks of the five written tones (huyền, sắc, ngã, hỏi, nặng). */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'] as const;
const SAC = '\u0301';
const NANG = '\u0323';
const TONE_SET = new Set<string>(TONE_MARKS);

export const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh',
  'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
] as const;

const words = (list: string): string[] => list.trim().split(/\s+/u);

/** Rhymes without a medial glide: they follow every onset, "qu" and "gi" included. */
const PLAIN_RHYMES = words(`
  a e ê i y o ô ơ u ư ia ua ưa
  ai ay ây ao au âu eo êu iu oi ôi ơi ui ưi ưu iêu yêu uôi ươi ươu
  am an ang anh ap at ac ach   ăm ăn ăng ăp ăt ăc   âm ân âng âp ât âc
  em en eng ep et ec   êm ên ênh êp êt êch   im in inh ip it ich
  om on ong op ot oc oong ooc   ôm ôn ông ôp ôt ôc   ơm ơn ơp ơt
  um un ung up ut uc   ưm ưn ưng ưt ưc
  iêm iên iêng iêp iêt iêc   yêm yên yêt   uôm uôn uông uôt uôc   ươm ươn ương ươp ươt ươc
`);

/** Rhymes opening with the medial o/u glide; after "qu" the u already is that glide. */
const MEDIAL_RHYMES = words(`
  oa oai oay oao oe oeo uê uy uya uyu uơ uây
  oam oan oang oanh oap oat oac oach   oăm oăn oăng oăt oăc   oen oet
  uân uâng uât   uêch uênh   uyn uynh uyt uych   uyên uyêt
`);

/** After "qu" the i of a rhyme is written y: quy, quýt, quỳnh, quyết, quyền. */
const QU_RHYMES = [
  ...PLAIN_RHYMES.filter((rhyme) => !rhyme.startsWith('y')),
  ...words('y yt yn ynh ych yêt yên yêu'),
];

const FRONT_VOWEL = /^[eêi]/u;
const ALL_RHYMES = new Set([...PLAIN_RHYMES, ...MEDIAL_RHYMES]);
const STOP_CODA = /(?:p|t|c|ch)$/u;

/** Spelling rules tying an onset to the rhymes it may precede (c/k, g/gh, ng/ngh, qu, gi). */
function onsetAllows(onset: string, rhyme: string): boolean {
  switch (onset) {
    case 'qu':
      return QU_RHYMES.includes(rhyme);
    case 'gi':
      return PLAIN_RHYMES.includes(rhyme) && !/^[iy]/u.test(rhyme);
    case 'k':
      return /^[eêiy]/u.test(rhyme);
    case 'gh':
    case 'ngh':
      return FRONT_VOWEL.test(rhyme);
    case 'c':
      return PLAIN_RHYMES.includes(rhyme) && !FRONT_VOWEL.test(rhyme) && !rhyme.startsWith('y');
    case 'g': // "gì", "gìn", "giếng" spell the gi onset with the rhyme's own i
    case 'ng':
      return !/^[eê]/u.test(rhyme) && (onset === 'g' || !rhyme.startsWith('i')) && !rhyme.startsWith('y');
    case '':
      return !rhyme.startsWith('iê');
    default:
      return !/^y[êe]/u.test(rhyme);
  }
}

/** Splits a syllable-like string into its tone mark ('' for ngang) and toneless lower-case letters. */
export function splitTone(text: string): { bare: string; tone: string } | undefined {
  let tone = '';
  let bare = '';
  for (const char of text.toLowerCase().normalize('NFD')) {
    if (TONE_SET.has(char)) {
      if (tone) return undefined;
      tone = char;
    } else bare += char;
  }
  return { bare: bare.normalize('NFC'), tone };
}

/** True when the text (any case, any tone placement) spells exactly one Vietnamese syllable. */
export function isVietnameseSyllable(text: string): boolean {
  const parts = splitTone(text);
  if (!parts || parts.bare.length === 0 || parts.bare.length > 7) return false;
  const { bare, tone } = parts;
  // Stop codas (p, t, c, ch) carry only the sắc or nặng tone.
  if (STOP_CODA.test(bare) && tone !== SAC && tone !== NANG) return false;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (!rhyme) continue;
    if (!(ALL_RHYMES.has(rhyme) || (onset === 'qu' && QU_RHYMES.includes(rhyme)))) continue;
    if (onsetAllows(onset, rhyme)) return true;
  }
  return false;
}

/** Every valid syllable, lower case, tone placed by the classic convention (hòa, thủy). */
export function generateSyllables(): string[] {
  const rhymes = [...new Set([...ALL_RHYMES, ...QU_RHYMES])];
  const result = new Set<string>();
  for (const onset of ONSETS) {
    for (const rhyme of rhymes) {
      const bare = onset + rhyme;
      for (const tone of ['', ...TONE_MARKS]) {
        const spelled = tone ? placeToneMark(bare + tone) : bare;
        if (isVietnameseSyllable(spelled)) result.add(spelled.normalize('NFC'));
      }
    }
  }
  return [...result];
}
