import { combine as combineImported } from './hash.ts';
import { Shape, type WordInfo } from './features.ts';

/**
 * Per-token feature ids: the word, its shape and affixes, a ±2 window, name
 * lists, corpus usage, sentence kind and document flags. Ids are hashed into
 * 2^bits buckets; the same function serves training and tagging.
 */

const BOS = 0x1234567, EOS = 0x7654321;
// Module-local copies: imported bindings may compile to getters (tsx), one call per use.
const combine = combineImported;
const CAPS = Shape.Caps, LETTER = Shape.Letter, INITIAL = Shape.Initial;

/** Unmasked ids of the features that depend on the word and sentence kind only. */
export function unigramIds(w: WordInfo, k: number): number[] {
  const cls = w.cls;
  const out = [combine(1, 0), combine(2, w.form), combine(3, w.lower), combine(4, w.shape, k)];
  for (let j = 0; j < 7; j++) if (w.affix[j]) out.push(combine(10 + j, w.affix[j]!));
  out.push(combine(30, w.gaz, cls + 16 * k), combine(33, w.usage, cls + 16 * k));
  return out;
}

/** Does a word of this class get feature 70 (its lowercase form, for all-caps words and initials)? */
function hasCapsFeature(cls: Shape): boolean {
  return cls === CAPS || cls === LETTER || cls === INITIAL;
}

/**
 * Unmasked ids of all the features of the word alone (unigramIds and feature 70),
 * for a scorer that sums their rows once per word (model-format.ts WordRows).
 */
export function wordOnlyIds(w: WordInfo, k: number): number[] {
  const ids = unigramIds(w, k);
  if (hasCapsFeature(w.cls)) ids.push(combine(70, w.lower, k));
  return ids;
}

export interface SentenceFeatures {
  ids: Int32Array; // feature bucket ids, token after token
  offsets: Int32Array; // offsets[i]..offsets[i+1] are token i's ids
}

export function sentenceFeatures(
  words: WordInfo[], a: number, b: number, kind: number, flags: Uint8Array | undefined,
  mask: number, buf: Int32Array, copy = true,
): SentenceFeatures {
  const offsets = new Int32Array(b - a + 1);
  const m = writeSentenceFeatures(words, a, b, kind, flags, mask, buf, offsets);
  return { ids: copy ? buf.slice(0, m) : buf, offsets };
}

/**
 * `sentenceFeatures` into caller-owned buffers (the runtime reuses them for every
 * sentence, so tagging allocates nothing per sentence): token i's ids go to
 * buf[offsets[i] .. offsets[i + 1]), at most 39 per token. Returns the number of
 * ids written. Written flat, without a helper closure per id: it runs for every token.
 * withWordIds false leaves out the token's word-only ids (wordOnlyIds), for a scorer
 * that adds their rows from a per-word cache (model-format.ts WordRows).
 */
export function writeSentenceFeatures(
  words: WordInfo[], a: number, b: number, kind: number, flags: Uint8Array | undefined,
  mask: number, buf: Int32Array, offsets: Int32Array, withWordIds = true,
): number {
  const n = b - a;
  const k = kind;
  let m = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const t = a + i;
    const w = words[t]!;
    const p1 = i > 0 ? words[t - 1] : undefined;
    const p2 = i > 1 ? words[t - 2] : undefined;
    const n1 = i + 1 < n ? words[t + 1] : undefined;
    const n2 = i + 2 < n ? words[t + 2] : undefined;
    const lp1 = p1 ? p1.lower : BOS, lp2 = p2 ? p2.lower : BOS;
    const ln1 = n1 ? n1.lower : EOS, ln2 = n2 ? n2.lower : EOS;
    const sp1 = p1 ? p1.shape : BOS, sn1 = n1 ? n1.shape : EOS;
    const cls = w.cls, lower = w.lower, shape = w.shape, gaz = w.gaz, usage = w.usage;
    // Features of the word alone are computed once per (word, sentence kind).
    if (withWordIds) {
      const uni = w.uni[k] ?? (w.uni[k] = unigramIds(w, k));
      for (let j = 0; j < uni.length; j++) buf[m++] = uni[j]! & mask;
    }
    buf[m++] = combine(20, lp1) & mask;
    buf[m++] = combine(21, ln1) & mask;
    buf[m++] = combine(22, lp2) & mask;
    buf[m++] = combine(23, ln2) & mask;
    buf[m++] = combine(24, sp1, shape) & mask;
    buf[m++] = combine(25, shape, sn1) & mask;
    buf[m++] = combine(26, sp1, combine(0, shape, sn1)) & mask;
    buf[m++] = combine(27, lp1, lower) & mask;
    buf[m++] = combine(28, lower, ln1) & mask;
    buf[m++] = combine(29, lp1, ln1) & mask;
    buf[m++] = combine(31, p1 ? p1.gaz + 16 * p1.cls : 999, gaz + 16 * cls) & mask;
    buf[m++] = combine(32, gaz + 16 * cls, n1 ? n1.gaz + 16 * n1.cls : 999) & mask;
    buf[m++] = combine(34, p1 ? p1.usage + 4 * p1.cls : 99, usage + 4 * cls) & mask;
    buf[m++] = combine(35, usage + 4 * cls, n1 ? n1.usage + 4 * n1.cls : 99) & mask;
    buf[m++] = combine(36, i === 0 ? 1 : 0, cls + 16 * k) & mask;
    if (p1?.isTitle) buf[m++] = combine(37, cls) & mask;
    if (flags) {
      const f = flags[t]!;
      buf[m++] = combine(40, f & 63, cls + 16 * k) & mask;
      for (let bit = 0; bit < 6; bit++) if (f & (1 << bit)) buf[m++] = combine(41 + bit, cls, k) & mask;
      buf[m++] = combine(48, f & 63, gaz) & mask;
      buf[m++] = combine(49, f & 63, usage) & mask;
    }
    if (withWordIds && hasCapsFeature(cls)) buf[m++] = combine(70, lower, k) & mask;
  }
  offsets[n] = m;
  return m;
}

export const STACK_IDS_PER_TOKEN = 5;

/**
 * Second-pass features from stacking flags (doc-context.ts stackFlags): a fixed
 * number per token, written at out[i * STACK_IDS_PER_TOKEN ...].
 */
export function stackFeatureIds(
  words: WordInfo[], a: number, b: number, kind: number, sf: Uint8Array, mask: number, out: Int32Array,
): void {
  const n = b - a;
  for (let i = 0, m = 0; i < n; i++) {
    const t = a + i;
    const w = words[t]!;
    const f = sf[t]!;
    const pf = i > 0 ? sf[t - 1]! : 128, nf = i + 1 < n ? sf[t + 1]! : 128;
    out[m++] = combine(60, f, w.cls + 16 * kind) & mask;
    out[m++] = combine(61, pf, f) & mask;
    out[m++] = combine(62, f, nf) & mask;
    out[m++] = combine(63, f, w.gaz + 16 * w.usage) & mask;
    out[m++] = combine(64, f & 15, w.lower) & mask;
  }
}
