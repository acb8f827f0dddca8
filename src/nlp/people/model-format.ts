import type { Steps } from '../../shared/steps.ts';
import { Bloom } from './bloom.ts';
import type { WordInfo } from './features.ts';
import { LEXICON_KEYS, type Lexicon } from './lexicon.ts';
import { wordOnlyIds } from './token-features.ts';
import { N_TAGS } from './viterbi.ts';

/**
 * The model's compact binary format and its in-memory form.
 *
 * Weights are hashed feature rows (one row of N_TAGS weights per feature
 * bucket). Only non-zero rows are stored, sorted by bucket id (delta varints),
 * each quantized to int8 with its own scale (a power of 2^(1/8), one byte):
 * per-row scales keep accuracy where a single global scale destroys it.
 */

export interface RuntimeModel {
  bits: number;
  /** Transitions, (N_TAGS + 1) x N_TAGS (last row = sentence start), in weight units (divided by `scale`). */
  trans: Float64Array;
  /**
   * Dense 2^bits x N_TAGS table, int16 in units of `scale`. Dense because a
   * feature then costs one memory access (a hash-table probe cost three cache
   * misses and halved throughput); int16 keeps it at 4.7 MB for 2^18 buckets.
   */
  weights: Int16Array;
  scale: number;
  lexicon: Lexicon;
}

const MAGIC = 0x31504d4e; // "NMP1"
// Hot loops read a module-local constant: imported bindings can compile to
// getter calls (tsx/CommonJS interop), which costs a call per weight.
const T = 9;
if (T !== N_TAGS) throw new Error('people model: tag count mismatch');

/** Quantizes one row: returns the scale exponent byte and writes int8 values. */
function quantizeRow(w: ArrayLike<number>, off: number, out: Int8Array): number {
  let max = 0;
  for (let t = 0; t < N_TAGS; t++) max = Math.max(max, Math.abs(w[off + t]!));
  let e = Math.ceil(Math.log2(max / 127) * 8) + 128;
  e = Math.min(255, Math.max(0, e));
  const scale = 2 ** ((e - 128) / 8);
  for (let t = 0; t < N_TAGS; t++) out[t] = Math.max(-127, Math.min(127, Math.round(w[off + t]! / scale)));
  return e;
}

/** Serializes dense weights (2^bits x N_TAGS), transitions and lists. */
export function encodeModel(bits: number, dense: Float64Array, trans: Float64Array, lexicon: Lexicon): Uint8Array {
  const bytes: number[] = [];
  const u32 = (v: number): void => { bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255); };
  const varint = (v: number): void => {
    while (v >= 128) { bytes.push((v & 127) | 128); v >>>= 7; }
    bytes.push(v);
  };
  u32(MAGIC);
  bytes.push(1, bits, N_TAGS, 0);
  const f32 = new Float32Array(trans.length);
  f32.set(trans);
  bytes.push(...new Uint8Array(f32.buffer));
  const row = new Int8Array(N_TAGS);
  const ids: number[] = [];
  for (let id = 0; id < 1 << bits; id++) {
    const e = quantizeRow(dense, id * N_TAGS, row);
    if (row.some((v) => v !== 0) && e > 0) ids.push(id);
  }
  u32(ids.length);
  let prev = 0;
  for (const id of ids) { varint(id - prev); prev = id; }
  for (const id of ids) {
    bytes.push(quantizeRow(dense, id * N_TAGS, row));
    for (let t = 0; t < N_TAGS; t++) bytes.push(row[t]! & 255);
  }
  for (const key of LEXICON_KEYS) {
    const b = lexicon[key].bits;
    u32(b.length);
    for (let i = 0; i < b.length; i++) bytes.push(b[i]!);
  }
  return Uint8Array.from(bytes);
}

/** Rows decoded between pauses when the model loads in a page. */
const ROWS_PER_STEP = 20_000;
/** 2^((e − 128) / 8) for every exponent byte, computed once instead of per row. */
const EXP8 = Float64Array.from({ length: 256 }, (_, e) => 2 ** ((e - 128) / 8));

/** Decodes the model in steps, so loading it never blocks its thread for long. */
export function* decodeModelSteps(buf: Uint8Array): Steps<RuntimeModel> {
  let p = 0;
  const u32 = (): number => {
    const v = (buf[p]! | (buf[p + 1]! << 8) | (buf[p + 2]! << 16) | (buf[p + 3]! << 24)) >>> 0;
    p += 4;
    return v;
  };
  if (u32() !== MAGIC) throw new Error('people model: bad magic');
  const bits = buf[p + 1]!;
  if (buf[p + 2] !== N_TAGS) throw new Error('people model: tag set mismatch');
  p += 4;
  const nTrans = (N_TAGS + 1) * N_TAGS;
  const trans = new Float64Array(new Float32Array(buf.slice(p, p + nTrans * 4).buffer));
  p += nTrans * 4;
  const nRows = u32();
  const ids = new Int32Array(nRows);
  let id = 0;
  for (let r = 0; r < nRows; r++) {
    let v = 0, shift = 0, b: number;
    do { b = buf[p++]!; v |= (b & 127) << shift; shift += 7; } while (b & 128);
    id += v;
    ids[r] = id;
    if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  // One global int16 unit: the largest row scale maps int8 127 to int16 32639.
  let maxE = 0;
  for (let r = 0, q = p; r < nRows; r++, q += T + 1) maxE = Math.max(maxE, buf[q]!);
  const scale = EXP8[maxE]! / 257;
  const weights = new Int16Array((1 << bits) * T);
  yield;
  for (let r = 0; r < nRows; r++) {
    const k = EXP8[buf[p++]!]! / scale;
    const o = ids[r]! * T;
    for (let t = 0; t < T; t++) {
      const q = buf[p++]!;
      weights[o + t] = Math.round((q > 127 ? q - 256 : q) * k);
    }
    if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  for (let i = 0; i < trans.length; i++) trans[i] = trans[i]! / scale;
  const lex: Partial<Record<(typeof LEXICON_KEYS)[number], Bloom>> = {};
  for (const key of LEXICON_KEYS) {
    const len = u32();
    lex[key] = new Bloom(buf.slice(p, p + len));
    p += len;
    yield;
  }
  return { bits, trans, weights, scale, lexicon: lex as Lexicon };
}

/** Adds a token's feature rows (ids[a..b)) into out[o .. o + N_TAGS). */
export function emitDense(m: RuntimeModel, ids: Int32Array, a: number, b: number, out: Float64Array, o: number): void {
  const w = m.weights;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  for (let k = a; k < b; k++) {
    const r = ids[k]! * T;
    s0 += w[r]!; s1 += w[r + 1]!; s2 += w[r + 2]!; s3 += w[r + 3]!; s4 += w[r + 4]!;
    s5 += w[r + 5]!; s6 += w[r + 6]!; s7 += w[r + 7]!; s8 += w[r + 8]!;
  }
  out[o] = s0; out[o + 1] = s1; out[o + 2] = s2; out[o + 3] = s3; out[o + 4] = s4;
  out[o + 5] = s5; out[o + 6] = s6; out[o + 7] = s7; out[o + 8] = s8;
}

/**
 * The summed weight rows of each word's word-only features (token-features.ts
 * wordOnlyIds: the word, its shape, affixes, lists; about 14 of a token's ~30
 * features), kept per word for normal-case sentences. A word seen again (most
 * tokens) then costs one cached row instead of ~14 scattered reads of the 4.7 MB
 * table. Exact: the weights are integers, so the sums do not depend on the order.
 */
export class WordRows {
  private static readonly MAX_WORDS = 1 << 16; // 2.4 MB of rows; then the cache starts over
  private sums = new Int32Array(T * 1024);
  private used = 0;
  /** Bumped when the cache starts over: words holding an older generation recompute. */
  private gen = 1;
  private readonly mask: number;

  constructor(private readonly m: RuntimeModel) {
    this.mask = (1 << m.bits) - 1;
  }

  /** Adds to out[t * 9 .. t * 9 + 9) the word-only rows of each token t of the sentence [a, b) of kind `kind`. */
  addSentence(words: WordInfo[], a: number, b: number, kind: number, out: Float64Array): void {
    for (let t = a; t < b; t++) {
      const w = words[t]!, o = t * T;
      if (kind !== 0) {
        this.addFresh(wordOnlyIds(w, kind), out, o); // headlines: rare, summed afresh
        continue;
      }
      const p = this.slot(w) * T, sums = this.sums; // slot() first: it may grow the array
      out[o]! += sums[p]!; out[o + 1]! += sums[p + 1]!; out[o + 2]! += sums[p + 2]!;
      out[o + 3]! += sums[p + 3]!; out[o + 4]! += sums[p + 4]!; out[o + 5]! += sums[p + 5]!;
      out[o + 6]! += sums[p + 6]!; out[o + 7]! += sums[p + 7]!; out[o + 8]! += sums[p + 8]!;
    }
  }

  private addFresh(ids: number[], out: Float64Array, o: number): void {
    const weights = this.m.weights, mask = this.mask;
    for (let j = 0; j < ids.length; j++) {
      const r = (ids[j]! & mask) * T;
      for (let x = 0; x < T; x++) out[o + x]! += weights[r + x]!;
    }
  }

  /** The word's cache entry, filled if missing (use it before the next call: that may start over). */
  private slot(w: WordInfo): number {
    if (w.rowsGen === this.gen) return w.rowsAt;
    if (this.used === this.sums.length / T) {
      if (this.used < WordRows.MAX_WORDS) {
        const sums = new Int32Array(this.sums.length * 2);
        sums.set(this.sums);
        this.sums = sums;
      } else {
        this.used = 0;
        this.gen++;
      }
    }
    const slot = this.used++;
    const weights = this.m.weights, mask = this.mask, sums = this.sums, p = slot * T;
    sums.fill(0, p, p + T);
    const ids = wordOnlyIds(w, 0);
    for (let j = 0; j < ids.length; j++) {
      const r = (ids[j]! & mask) * T;
      for (let x = 0; x < T; x++) sums[p + x]! += weights[r + x]!;
    }
    w.rowsAt = slot;
    w.rowsGen = this.gen;
    return slot;
  }
}
