/**
 * Character-bigram Dice similarity: Chinese prose has no spaces, so words cannot be split cheaply,
 * but two texts that share most adjacent character pairs are (near) copies. Punctuation, digits and
 * whitespace are dropped first so that a changed year or count does not hide a copied paragraph.
 */
const IGNORED = /[\s\u3000\p{P}\p{S}0-9０-９]/gu;

const cache = new Map<string, Map<string, number>>();
const CACHE_LIMIT = 64;

function bigrams(text: string): Map<string, number> {
  const hit = cache.get(text);
  if (hit) return hit;
  const chars = Array.from(text.replace(IGNORED, ''));
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, counts);
  return counts;
}

function total(counts: Map<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

/** 0…1; texts with fewer than two characters left have no bigrams and score 0. */
export function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const size = total(x) + total(y);
  if (size === 0) return 0;
  let shared = 0;
  for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
  return (2 * shared) / size;
}

/** Meaningful characters, for deciding whether a text is long enough to compare. */
export function meaningfulLength(text: string): number {
  return text.replace(IGNORED, '').length;
}
