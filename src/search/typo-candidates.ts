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
    for (const variant of deletionVariants(term)) {
      for (const candidate of this.deletions.get(variant) ?? []) {
        if (candidate !== term && editDistanceAtMostOne(term, candidate)) found.add(candidate);
      }
    }
    return [...found];
  }
}

/** Numbers, codes and very short syllables are never "corrected". */
export function isCorrectable(term: string): boolean {
  return term.length >= 3 && term.length <= 12 && !HAS_DIGIT.test(term) && /^\p{L}+$/u.test(term);
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
