/**
 * 32-bit hashing shared by the trainer and the runtime. Features are never
 * materialised as strings: each token's parts are hashed once and feature ids
 * are derived by integer mixing, which is what makes tagging fast.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString of s[from, to), without slicing it out (word affixes: features.ts). */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Finaliser from murmur3: spreads bits so that masking keeps quality. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Combines a feature template id with one or two value hashes. `mix` is written
 * out here rather than called: this runs ~35 times per token, and before V8 has
 * optimized (and inlined) it, every call counts.
 */
export function combine(template: number, a: number, b = 0): number {
  let h = Math.imul(template, 0x9e3779b1) ^ a ^ Math.imul(b, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
