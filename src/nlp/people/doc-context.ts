import { Shape, type WordInfo } from './features.ts';

/**
 * Document-level evidence about each token, from the other occurrences of the
 * same word (case-folded) in the document: a headline "PUTIN" or a lone
 * "Shoigu" borrows what the body says about the word elsewhere.
 */
export const enum DocFlag {
  Lower = 1, // appears lowercase elsewhere: probably a common word
  CapMid = 2, // capitalized mid-sentence elsewhere (in normal-case text)
  AfterFirstName = 4, // follows a known first name elsewhere: a surname
  AfterTitle = 8, // follows "Mr."/"President"/... elsewhere
  BeforeCap = 16, // starts a multi-word capitalized sequence elsewhere
  Solo = 32, // stands alone capitalized elsewhere
}

const N_KINDS = 6;
// Module-local copies (imported enum members may be getters under tsx).
const PUNCT = Shape.Punct, DIGIT = Shape.Digit, TITLE = Shape.Title, MIXED = Shape.Mixed, CAPS = Shape.Caps,
  LOWER = Shape.Lower;
const B_PER = 1, I_PER = 2;

/*
 * Both flag functions count, per case-folded word, the occurrences with each bit, but only
 * ever ask "is there another occurrence with this bit?" (count minus this token's own bit > 0).
 * So each count saturates at 2 and lives in 2 bits of one small integer per word: a
 * Map<number, number> instead of a typed array per distinct word (cheaper to build and collect).
 */
function addCounts(counts: Map<number, number>, key: number, bits: number, nBits: number): void {
  let c = counts.get(key) ?? 0;
  for (let k = 0; k < nBits; k++) {
    if (bits & (1 << k) && ((c >> (2 * k)) & 3) < 2) c += 1 << (2 * k);
  }
  counts.set(key, c);
}

/** Bits k for which some other token than this one (own bits `own`) has bit k. */
function othersHave(c: number, own: number, nBits: number): number {
  let f = 0;
  for (let k = 0; k < nBits; k++) if (((c >> (2 * k)) & 3) - ((own >> k) & 1) > 0) f |= 1 << k;
  return f;
}

function isCapWord(w: WordInfo | undefined): boolean {
  return !!w && w.isCap && (w.cls === TITLE || w.cls === MIXED || w.cls === CAPS);
}

/**
 * Flags for each token. sentKind[t] is the kind of token t's sentence (0 = normal
 * case); sentStart[t] is whether t opens its sentence.
 */
export function docFlags(words: WordInfo[], sentKind: Uint8Array, sentStart: Uint8Array): Uint8Array {
  const n = words.length;
  const own = new Uint8Array(n);
  const counts = new Map<number, number>();
  const nk = N_KINDS;
  for (let t = 0; t < n; t++) {
    const w = words[t]!;
    if (w.cls === PUNCT || w.cls === DIGIT) continue;
    const prev = sentStart[t] ? undefined : words[t - 1];
    const next = t + 1 < n && !sentStart[t + 1] ? words[t + 1] : undefined;
    const normal = sentKind[t] === 0;
    let bits = 0;
    if (w.cls === LOWER) bits |= 1;
    if (normal && isCapWord(w) && w.cls !== CAPS) {
      if (prev) bits |= 2;
      if (prev && isCapWord(prev) && prev.gaz & 1) bits |= 4;
      if (next && isCapWord(next)) bits |= 16;
      if (prev && !isCapWord(prev) && !isCapWord(next)) bits |= 32;
    }
    if (prev && prev.isTitle && isCapWord(w)) bits |= 8;
    own[t] = bits;
    if (bits !== 0) addCounts(counts, w.lower, bits, nk);
  }
  const flags = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    const c = counts.get(words[t]!.lower);
    if (c !== undefined) flags[t] = othersHave(c, own[t]!, nk);
  }
  return flags;
}

/**
 * Stacking flags from a first tagging pass (the second pass reads them):
 * bit 1 this word (case-folded) is tagged PER elsewhere in the document, 2 it is
 * tagged LOC/ORG/MISC elsewhere, 4 it ends a multi-word PER name elsewhere
 * (a surname), 8 it starts one, 16/32 this token itself got PER / another type.
 */
export function stackFlags(words: WordInfo[], tags: Uint8Array): Uint8Array {
  const n = words.length;
  const own = new Uint8Array(n);
  const counts = new Map<number, number>();
  for (let t = 0; t < n; t++) {
    const g = tags[t]!;
    if (g === 0) continue;
    let bits = g === B_PER || g === I_PER ? 1 : 2;
    if (g === I_PER && tags[t + 1] !== I_PER) bits |= 4;
    if (g === B_PER && tags[t + 1] === I_PER) bits |= 8;
    own[t] = bits;
    addCounts(counts, words[t]!.lower, bits, 4);
  }
  const flags = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    const o = own[t]!;
    const c = counts.get(words[t]!.lower);
    flags[t] = (o & 1 ? 16 : o & 2 ? 32 : 0) | (c !== undefined ? othersHave(c, o, 4) : 0);
  }
  return flags;
}
