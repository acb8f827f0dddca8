/**
 * When this content script began to run: imported first by main.ts, so it is evaluated before
 * every other module of the bundle (the polyfill, the message schemas, the analysis). The script
 * ends its start-up with `performance.measure('newsmark:startup', …)` from here, so the cost of
 * loading it shows next to `newsmark:analyze` (what the browser spends compiling it before this
 * line runs is not visible from inside).
 */
export const SCRIPT_STARTED = performance.now();
