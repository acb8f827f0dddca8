/**
 * Tag set (IOB2 over CoNLL's four types) and first-order Viterbi decoding.
 * Illegal transitions (O -> I-PER, B-LOC -> I-PER, ...) are forbidden outright
 * so decoded spans are always well formed.
 */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const N_TAGS = TAGS.length;
export const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** allowed[prev * N + cur]; prev = N_TAGS is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((N_TAGS + 1) * N_TAGS);
  for (let p = 0; p <= N_TAGS; p++) {
    for (let c = 0; c < N_TAGS; c++) {
      const inside = c > 0 && c % 2 === 0; // I-X
      a[p * N_TAGS + c] = !inside || (p < N_TAGS && p > 0 && Math.ceil(p / 2) === c / 2) ? 1 : 0;
    }
  }
  return a;
})();

// Reused across calls: sentences are decoded one at a time.
let scoreBuf = new Float64Array(1024 * N_TAGS), backBuf = new Uint8Array(1024 * N_TAGS);

/**
 * emissions: n x N_TAGS scores from emissions[eo]; trans: (N_TAGS + 1) x N_TAGS (last row = start).
 * Writes the best tag sequence into out[oo .. oo + n). The offsets let a caller decode one
 * sentence of a whole-document array without making a subarray view per sentence.
 */
export function viterbi(emissions: Float64Array, n: number, trans: ArrayLike<number>, out: Uint8Array, eo = 0, oo = 0): void {
  const T = 9; // N_TAGS, a literal for speed (imported bindings may be getters under tsx)
  if (scoreBuf.length < n * T) { scoreBuf = new Float64Array(n * T * 2); backBuf = new Uint8Array(n * T * 2); }
  const score = scoreBuf, back = backBuf;
  for (let c = 0; c < T; c++) {
    score[c] = ALLOWED[T * T + c] ? emissions[eo + c]! + trans[T * T + c]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let best = -Infinity, arg = 0;
      const prev = (i - 1) * T;
      if (c > 0 && (c & 1) === 0) {
        // I-X: only B-X (c - 1) or I-X (c) may precede.
        const sb = score[prev + c - 1]! + trans[(c - 1) * T + c]!, si = score[prev + c]! + trans[c * T + c]!;
        if (sb >= si) { best = sb; arg = c - 1; } else { best = si; arg = c; }
      } else {
        for (let p = 0; p < T; p++) {
          const s = score[prev + p]! + trans[p * T + c]!;
          if (s > best) { best = s; arg = p; }
        }
      }
      score[i * T + c] = best + emissions[eo + i * T + c]!;
      back[i * T + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let c = 0; c < T; c++) {
    const s = score[(n - 1) * T + c]!;
    if (s > best) { best = s; arg = c; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[oo + i] = arg;
    arg = back[i * T + arg]!;
  }
}
