import search from 'approx-string-match';
import type { QuoteSelectors } from './selectors.ts';

/** Below this agreement of quote, prefix, suffix and position (0–1), a fuzzy match is refused. */
export const MIN_FUZZY_SCORE = 0.7;

export interface Anchor {
  start: number;
  end: number;
  /** How it was found: the stored position, an exact quote match, or a fuzzy match. */
  method: 'position' | 'quote' | 'fuzzy';
}

/**
 * Finds where a stored annotation is in the (possibly changed) article text, in the order
 * hypothesis uses: the stored position whose text still equals the quote → an exact quote
 * match (the one best supported by prefix, suffix and nearness) → a fuzzy match with up to
 * half the quote's length in errors. Returns null when the quote is gone: the caller keeps
 * the annotation as an orphan.
 */
export function anchorQuote(text: string, selectors: QuoteSelectors): Anchor | null {
  const { quote, start, end } = selectors;
  if (!quote) return null;
  if (text.slice(start, end) === quote) return { start, end, method: 'position' };

  const exact: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) exact.push(i);
  if (exact.length) {
    const best = bestBy(exact, (at) => score(text, selectors, at, at + quote.length, 0));
    return { start: best, end: best + quote.length, method: 'quote' };
  }

  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const candidates = quote.length > 4 ? search(text, quote, maxErrors) : [];
  if (!candidates.length) return null;
  const best = bestBy(candidates, (m) => score(text, selectors, m.start, m.end, m.errors));
  // A weak fuzzy match is a different passage: better an orphan than a note on the wrong words.
  if (score(text, selectors, best.start, best.end, best.errors) < MIN_FUZZY_SCORE) return null;
  return { start: best.start, end: best.end, method: 'fuzzy' };
}

function bestBy<T extends object | number>(items: T[], scoreOf: (item: T) => number): T {
  let best = items[0]!;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = scoreOf(item);
    if (s > bestScore) {
      bestScore = s;
      best = item;
    }
  }
  return best;
}

/** Weighted agreement of quote, prefix, suffix and position, in [0, 1]. */
function score(text: string, sel: QuoteSelectors, start: number, end: number, errors: number): number {
  const quoteScore = 1 - errors / Math.max(1, sel.quote.length);
  const prefixScore = sel.prefix ? similarity(text.slice(Math.max(0, start - sel.prefix.length), start), sel.prefix) : 1;
  const suffixScore = sel.suffix ? similarity(text.slice(end, end + sel.suffix.length), sel.suffix) : 1;
  const positionScore = 1 - Math.min(1, Math.abs(start - sel.start) / Math.max(1, text.length));
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
}

/** 1 − normalised edit distance, computed with the same bit-parallel matcher. */
function similarity(actual: string, expected: string): number {
  if (!expected.length) return 1;
  if (actual === expected) return 1;
  const matches = search(actual, expected, expected.length);
  if (!matches.length) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return 1 - errors / expected.length;
}
