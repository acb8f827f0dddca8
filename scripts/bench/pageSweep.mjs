/**
 * What the real-page sweeps share (bench:pages in Chromium, bench:pages:firefox): their flags, the
 * benchmark's pages (served from ../shared/data/article-bench/html/<id>.html.gz), the judgement of
 * whether the extension changed a page's text, and the report of what went wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const BENCH_DIR = resolve('../shared/data/article-bench');
export const HTML_DIR = join(BENCH_DIR, 'html');

/** The benchmark's page ids (file names without .html.gz), sorted. */
export function benchPageIds() {
  return readdirSync(HTML_DIR).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -'.html.gz'.length)).sort();
}

const html = new Map();
/** The decoded HTML of benchmark page `id`, or null. */
export function benchPageHtml(id) {
  if (!/^[0-9a-f]+$/.test(id) || !existsSync(join(HTML_DIR, `${id}.html.gz`))) return null;
  if (!html.has(id)) html.set(id, gunzipSync(readFileSync(join(HTML_DIR, `${id}.html.gz`))));
  return html.get(id);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a, b) {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Whether `text` differs from plains[0] only inside the span where the plain loads differ among themselves. */
function insideVolatileSpan(plains, text) {
  const [base] = plains;
  if (text == null || base == null) return false;
  let from = base.length;
  let to = 0; // the volatile span in base is [from, to)
  for (const other of plains.slice(1)) {
    if (other == null || other === base) continue;
    const p = firstDifference(base, other);
    from = Math.min(from, p);
    to = Math.max(to, base.length - Math.min(commonSuffix(base, other), base.length - p));
  }
  const p = firstDifference(base, text);
  const end = base.length - Math.min(commonSuffix(base, text), base.length - p);
  return p >= from && end <= to;
}

const around = (s, i) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40));

/** Plain loads a text difference is checked against before it counts as the extension's. */
export const CONFIRM_LOADS = 3;

/**
 * Whether the extension left the page's text as it was: 'yes', 'NO', or 'nondeterministic' (the
 * plain loads differ among themselves, and the extension's text differs from them only inside the
 * span that varies), with where it first differs. `plains` holds two plain loads made side by side;
 * `loadPlain()` makes one more, for a clock-driven text (a timestamp to the second) that agrees
 * between two loads made at once: up to CONFIRM_LOADS more are made, a second apart.
 */
export async function judgeText(withText, plains, loadPlain) {
  const [plainA, plainB] = plains;
  if (plainA === plainB && withText !== plainA) {
    for (let k = 0; k < CONFIRM_LOADS && plains.every((t) => t === plainA) && !plains.includes(withText); k++) {
      await new Promise((r) => setTimeout(r, 1100));
      plains.push(await loadPlain());
    }
  }
  let textEqual;
  if (plains.some((t) => t !== plainA)) {
    // Still judged where the page is stable.
    textEqual = plains.includes(withText) || insideVolatileSpan(plains, withText) ? 'nondeterministic' : 'NO';
  } else textEqual = withText === plainA ? 'yes' : 'NO';
  let diff = null;
  if (withText !== plainA && withText != null && plainA != null) {
    const at = firstDifference(withText, plainA);
    diff = { offset: at, withExtension: around(withText, at), withoutExtension: around(plainA, at), lengths: [withText.length, plainA.length] };
  }
  return { textEqual, diff };
}

/** The flags both sweeps read: --limit=N, --only=<id prefix>, --verbose; `flag(name)` reads any other --name=value. */
export function sweepArgs(argv = process.argv.slice(2)) {
  const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
  const verbose = argv.includes('--verbose');
  return {
    argv,
    flag,
    limit: flag('limit') ? Number(flag('limit')) : Infinity,
    only: flag('only') ?? null,
    /** Per-page progress on stderr, with --verbose. */
    progress: (...m) => verbose && console.error(...m),
  };
}

/**
 * Prints what a sweep found wrong with the extension — its errors, the pages whose text it changed —
 * and the pages whose text varies by itself; each record has { id, highlights, errors, textEqual, diff, note }.
 */
export function printFindings(records, short) {
  const withErrors = records.filter((r) => r.errors.length);
  const changed = records.filter((r) => r.textEqual === 'NO');
  const nondet = records.filter((r) => r.textEqual === 'nondeterministic');
  const failed = records.filter((r) => r.note);
  console.log(`pages with extension errors: ${withErrors.length}`);
  for (const r of withErrors) console.log(`  ${short(r.id)}  (${r.errors.length})  ${r.errors[0]}`);
  console.log(`pages with text changes: ${changed.length}`);
  for (const r of changed) {
    console.log(`  ${short(r.id)}  first difference at ${r.diff.offset} (lengths with/without ${r.diff.lengths.join('/')})`);
    console.log(`    with extension:    ${r.diff.withExtension}`);
    console.log(`    without extension: ${r.diff.withoutExtension}`);
  }
  console.log(`pages nondeterministic without the extension (judged only outside the span that varies between plain loads): ${nondet.length}${nondet.length ? ` — ${nondet.map((r) => short(r.id)).join(', ')}` : ''}`);
  if (failed.length) {
    console.log(`pages with measurement problems: ${failed.length}`);
    for (const r of failed) console.log(`  ${short(r.id)}  ${r.note}`);
  }
  return {
    withErrors,
    changed,
    nondet,
    failed,
    /** The counts for the sweep's JSON line. */
    counts: {
      pages: records.length,
      pagesWithHighlights: records.filter((r) => r.highlights).length,
      pagesWithErrors: withErrors.length,
      pagesWithTextChanges: changed.length,
      pagesNondeterministic: nondet.length,
      pagesFailed: failed.length,
    },
    /** The pages behind the extension's counts, for the end of the JSON line. */
    listing: {
      errors: withErrors.map((r) => ({ id: r.id, count: r.errors.length, first: r.errors[0] })),
      textChanges: changed.map((r) => ({ id: r.id, offset: r.diff.offset })),
    },
  };
}
