/**
 * The analysis is written as generators that `yield` between slices of work. Node and the CLI
 * run them straight through (`runToEnd`); the content script runs them with a pause between
 * slices (`runSliced`), so no single main-thread task blocks the page for long. Same code,
 * same result.
 */
export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Time spent running slices, for callers that account for their main-thread work. */
export interface SliceClock {
  busyMs: number;
}

/**
 * Runs slices until `budgetMs` has passed, then waits for `pause()` (a macrotask) before going on.
 * `isCancelled` lets a newer analysis (a single-page-app navigation) stop an older one; `clock`,
 * when given, adds up the time spent running (pauses excluded).
 */
export async function runSliced<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs = 12, isCancelled: () => boolean = () => false, clock?: SliceClock): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      if (clock) clock.busyMs += performance.now() - sliceStart;
      return next.value;
    }
    const now = performance.now();
    if (now - sliceStart >= budgetMs) {
      if (clock) clock.busyMs += now - sliceStart;
      await pause();
      if (isCancelled()) return null;
      sliceStart = performance.now();
    }
  }
}
