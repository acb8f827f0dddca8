/**
 * The body-text metric of scrapinghub's article-extraction-benchmark (its evaluate.py, restated),
 * shared by the article benches (scripts/bench/article.ts, scripts/bench/articleUnfluff.ts).
 *
 * A text is a multiset of token 4-grams (shingles); a prediction is scored against the reference
 * by the shingles they share (tp), the prediction's extra ones (fp) and the reference's missing
 * ones (fn). Over a set of pages, precision is the mean of per-page precision over the pages with
 * any predicted shingle, recall the mean of per-page recall over the pages with any reference
 * shingle, and F1 the harmonic mean of those two means (not the mean of per-page F1s).
 */

/** A token: a run of letters, digits and underscores (Unicode-aware). */
export const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface Counts { tp: number; fp: number; fn: number }
export interface Score { p: number; r: number; f1: number }

/** Token 4-grams of `text` as a multiset; a text of 1-3 tokens is one shingle, no tokens none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function matchCounts(truth: string, pred: string): Counts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  return { tp, fp, fn };
}

export const precisionOf = (c: Counts): number => (c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0);
export const recallOf = (c: Counts): number => (c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0);

/** One page's F1 (0 when precision and recall are both 0); for ranking pages, not for aggregating them. */
export function f1Of(c: Counts): number {
  const p = precisionOf(c), r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The benchmark's aggregate over pages: mean precision, mean recall, F1 of those two means. */
export function aggregate(counts: Counts[]): Score {
  const p = mean(counts.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const r = mean(counts.filter((c) => c.tp + c.fn > 0).map(recallOf));
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Lines of `text` most of whose shingles are absent from `other`: what one side has and the other
 * lacks (for the benches' `--errors` listings), each trimmed and cut to `width` characters.
 */
export function unmatchedLines(text: string, other: string, max: number, width = 90): string[] {
  const have = shingles(other);
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    const own = shingles(line);
    let total = 0, missing = 0;
    for (const [key, c] of own) {
      total += c;
      if (!have.has(key)) missing += c;
    }
    if (total > 0 && missing / total > 0.5) out.push(line.trim().slice(0, width));
    if (out.length >= max) break;
  }
  return out;
}
