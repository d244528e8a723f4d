/** A bounded per-word cache: corpora repeat the same syllables endlessly, so per-word work is done once. */

export function memoizeWord(transform: (word: string) => string, limit = 100_000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let result = cache.get(word);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = transform(word);
      cache.set(word, result);
    }
    return result;
  };
}
