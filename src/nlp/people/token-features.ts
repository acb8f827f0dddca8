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
function unigramIds(w: WordInfo, k: number): number[] {
  const cls = w.cls;
  const out = [combine(1, 0), combine(2, w.form), combine(3, w.lower), combine(4, w.shape, k)];
  for (let j = 0; j < 7; j++) if (w.affix[j]) out.push(combine(10 + j, w.affix[j]!));
  out.push(combine(30, w.gaz, cls + 16 * k), combine(33, w.usage, cls + 16 * k));
  return out;
}

export interface SentenceFeatures {
  ids: Int32Array; // feature bucket ids, token after token
  offsets: Int32Array; // offsets[i]..offsets[i+1] are token i's ids
}

export function sentenceFeatures(
  words: WordInfo[], a: number, b: number, kind: number, flags: Uint8Array | undefined,
  mask: number, buf: Int32Array, copy = true,
): SentenceFeatures {
  const n = b - a;
  const offsets = new Int32Array(n + 1);
  let m = 0;
  const add = (id: number): void => { buf[m++] = (id & mask); };
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
    const cls = w.cls;
    const k = kind;
    // Features of the word alone are computed once per (word, sentence kind).
    const uni = w.uni[k] ?? (w.uni[k] = unigramIds(w, k));
    for (let j = 0; j < uni.length; j++) add(uni[j]!);
    add(combine(20, lp1));
    add(combine(21, ln1));
    add(combine(22, lp2));
    add(combine(23, ln2));
    add(combine(24, sp1, w.shape));
    add(combine(25, w.shape, sn1));
    add(combine(26, sp1, combine(0, w.shape, sn1)));
    add(combine(27, lp1, w.lower));
    add(combine(28, w.lower, ln1));
    add(combine(29, lp1, ln1));
    add(combine(31, p1 ? p1.gaz + 16 * p1.cls : 999, w.gaz + 16 * cls));
    add(combine(32, w.gaz + 16 * cls, n1 ? n1.gaz + 16 * n1.cls : 999));
    add(combine(34, p1 ? p1.usage + 4 * p1.cls : 99, w.usage + 4 * cls));
    add(combine(35, w.usage + 4 * cls, n1 ? n1.usage + 4 * n1.cls : 99));
    add(combine(36, i === 0 ? 1 : 0, cls + 16 * k));
    if (p1?.isTitle) add(combine(37, cls));
    if (flags) {
      const f = flags[t]!;
      add(combine(40, f & 63, cls + 16 * k));
      for (let bit = 0; bit < 6; bit++) if (f & (1 << bit)) add(combine(41 + bit, cls, k));
      add(combine(48, f & 63, w.gaz));
      add(combine(49, f & 63, w.usage));
    }
    if (cls === CAPS || cls === LETTER || cls === INITIAL) add(combine(70, w.lower, k));
  }
  offsets[n] = m;
  return { ids: copy ? buf.slice(0, m) : buf, offsets };
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
