/** Syllable typo tolerance: vocabulary terms within edit distance 1 (symmetric-delete lookup). */

const HAS_DIGIT = /\p{N}/u;

export class TypoCandidates {
  private readonly deletions = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    for (const term of vocabulary) {
      if (!isCorrectable(term)) continue;
      for (const variant of deletionVariants(term)) {
        const list = this.deletions.get(variant);
        if (list) list.push(term);
        else this.deletions.set(variant, [term]);
      }
    }
  }

  /** Terms at edit distance 1 (insertion, deletion, substitution or adjacent swap). */
  lookup(term: string): string[] {
    if (!isCorrectable(term)) return [];
    const found = new Set<string>();
    // At three letters almost any substitution is another real syllable ("gao" → "lao"):
    // only a swap of neighbouring letters ("qyu" → "quy") is trusted there.
    const swapOnly = term.length <= SHORT_TERM;
    for (const variant of deletionVariants(term)) {
      for (const candidate of this.deletions.get(variant) ?? []) {
        if (candidate === term || !editDistanceAtMostOne(term, candidate)) continue;
        if (swapOnly && !isAdjacentSwap(term, candidate)) continue;
        found.add(candidate);
      }
    }
    return [...found];
  }
}

const SHORT_TERM = 3;

/** Numbers, codes and one- or two-letter syllables are never "corrected". */
export function isCorrectable(term: string): boolean {
  return term.length >= 3 && term.length <= 12 && !HAS_DIGIT.test(term) && /^\p{L}+$/u.test(term);
}

function isAdjacentSwap(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  const differences = [...left].flatMap((char, index) => (char === right[index] ? [] : [index]));
  return differences.length === 2 && differences[1] === differences[0]! + 1 && left[differences[0]!] === right[differences[1]!] && left[differences[1]!] === right[differences[0]!];
}

function deletionVariants(term: string): string[] {
  const variants = [term];
  for (let index = 0; index < term.length; index++) variants.push(term.slice(0, index) + term.slice(index + 1));
  return variants;
}

export function editDistanceAtMostOne(left: string, right: string): boolean {
  if (left === right) return true;
  if (Math.abs(left.length - right.length) > 1) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  let leftEnd = left.length;
  let rightEnd = right.length;
  while (leftEnd > start && rightEnd > start && left[leftEnd - 1] === right[rightEnd - 1]) {
    leftEnd--;
    rightEnd--;
  }
  const leftRest = leftEnd - start;
  const rightRest = rightEnd - start;
  if (leftRest <= 1 && rightRest <= 1) return true;
  // adjacent transposition: "nguoi" / "ngoui"
  return leftRest === 2 && rightRest === 2 && left[start] === right[start + 1] && left[start + 1] === right[start];
}
