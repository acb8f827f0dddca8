/**
 * What the real-page sweeps share (bench:pages in Chromium, bench:pages:firefox): their flags, the
 * pages they measure and what their server answers for them — the benchmark's pages (served from
 * ../shared/data/article-bench/html/<id>.html.gz at /page/<id>.html) or, with --dir, the .html
 * pages of any folder (served at /site/<path> as a static site, with the folder's other files) —,
 * the judgement of whether the extension changed a page's text, and the report of what went wrong.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
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

/** Every .html/.htm file under `dir`, as paths relative to it, sorted. */
export function htmlFilesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.html?$/.test(f)).map((f) => f.split(sep).join('/')).sort();
}

/** `n` items spread evenly over `items` (every item when n is null or not smaller). */
export const spread = (items, n) => (n == null || n >= items.length ? items : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]));

/**
 * The pages a sweep measures, as its flags choose them: the .html pages under `siteDir` (ids are
 * their paths relative to it) or else the benchmark's pages (ids are hashes); those whose id starts
 * with `only`; `sample` of them spread evenly; the first `limit`.
 */
export function sweepPageIds({ siteDir, only, sample, limit }) {
  let ids = siteDir ? htmlFilesUnder(siteDir) : benchPageIds();
  if (only) ids = ids.filter((id) => id.startsWith(only));
  return spread(ids, sample).slice(0, limit);
}

/** The path a sweep's server serves page `id` at: /site/<path> for a --dir page, /page/<id>.html for a benchmark page. */
export const pagePath = (siteDir, id) => (siteDir ? `/site/${id.split('/').map(encodeURIComponent).join('/')}` : `/page/${id}.html`);

const SITE_TYPES = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json' };

/** A file of the --dir site at `/site/<path>` (never outside `siteDir`), with its content type, or null. */
function siteFile(siteDir, pathname) {
  if (!siteDir || !pathname.startsWith('/site/')) return null;
  const file = normalize(join(siteDir, decodeURIComponent(pathname.slice('/site/'.length))));
  if (!file.startsWith(siteDir + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return { body: readFileSync(file), type: SITE_TYPES[extname(file)] ?? 'application/octet-stream' };
}

/**
 * What a sweep's server answers for `pathname`, as { body, type }: a file of the --dir site (a page
 * or one of its assets) at /site/<path>, or the decoded HTML of benchmark page /page/<id>.html; null
 * for anything else.
 */
export function servedFile(siteDir, pathname) {
  const site = siteFile(siteDir, pathname);
  if (site) return site;
  const m = /^\/page\/([0-9a-f]+)\.html$/.exec(pathname);
  const body = m ? benchPageHtml(m[1]) : null;
  return body ? { body, type: SITE_TYPES['.html'] } : null;
}

/** Ends sweep `bench` (its npm script's name) with an error when --dir names nothing. */
export function exitUnlessSiteDirExists(bench, siteDir) {
  if (siteDir && !existsSync(siteDir)) {
    console.error(`${bench}: --dir ${siteDir} does not exist`);
    process.exit(1);
  }
}

/** Ends sweep `bench` (its npm script's name), with nothing to measure, when its flags leave no page. */
export function exitWhenNoPage(bench, ids, only) {
  if (ids.length) return;
  console.log(`${bench}: no page matches${only ? ` --only=${only}` : ''}`);
  process.exit(0);
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

const TOKEN_CHAR = /[\p{L}\p{N}_.]/u;

/** Whether `text` differs from plains[0] only inside the span where the plain loads differ among themselves (widened to whole tokens). */
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
  // A token that varies varies whole: two loads' random numbers (`ord=0.73…`, `ord=0.77…`) agree on
  // their first digits, and a third load's (`ord=0.91…`) then differs before the span they mark.
  if (from < to) {
    while (from > 0 && TOKEN_CHAR.test(base[from - 1])) from--;
    while (to < base.length && TOKEN_CHAR.test(base[to])) to++;
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
/**
 * The body text a load read ({ text, path: location.pathname }), or null when the page had left for
 * another address by then (a moved chapter's redirect): that text is another page's, and which page
 * a load reads depends on timing. An https upgrade of the same page keeps its path, and counts.
 */
export const textOnPage = (url, read) => (read && read.path === new URL(url).pathname ? read.text : null);

export async function judgeText(withText, plains, loadPlain) {
  // A page that sends itself elsewhere (a moved chapter's redirect) has no text of its own on the
  // loads that ended elsewhere (see textOnPage): it cannot be compared, and is listed apart.
  if (withText == null || plains.some((t) => t == null)) return { textEqual: 'unread', diff: null };
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

/**
 * The flags both sweeps read: --limit=N, --only=<id prefix> (with --dir, a path prefix relative to
 * the folder), --dir=<folder>, --sample=N, --verbose; `flag(name)` reads any other --name=value.
 */
export function sweepArgs(argv = process.argv.slice(2)) {
  const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
  const verbose = argv.includes('--verbose');
  /** --dir: sweep another folder of pages instead (served as a static site, assets and all). */
  const siteDir = flag('dir') ? resolve(flag('dir')) : null;
  return {
    argv,
    flag,
    limit: flag('limit') ? Number(flag('limit')) : Infinity,
    only: flag('only') ?? null,
    siteDir,
    /** --sample=N: N of the pages, spread evenly over them. */
    sample: flag('sample') ? Number(flag('sample')) : null,
    /** A page's name in the report: the benchmark's ids are long hashes, a folder's pages are paths. */
    short: (id) => (siteDir ? id : id.slice(0, 10)),
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
  const unread = records.filter((r) => r.textEqual === 'unread');
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
  if (unread.length) console.log(`pages whose text could not be read on every load (they navigate themselves away): ${unread.length} — ${unread.map((r) => short(r.id)).join(', ')}`);
  if (failed.length) {
    console.log(`pages with measurement problems: ${failed.length}`);
    for (const r of failed) console.log(`  ${short(r.id)}  ${r.note}`);
  }
  return {
    withErrors,
    changed,
    nondet,
    unread,
    failed,
    /** The counts for the sweep's JSON line. */
    counts: {
      pages: records.length,
      pagesWithHighlights: records.filter((r) => r.highlights).length,
      pagesWithErrors: withErrors.length,
      pagesWithTextChanges: changed.length,
      pagesNondeterministic: nondet.length,
      pagesUnread: unread.length,
      pagesFailed: failed.length,
    },
    /** The pages behind the extension's counts, for the end of the JSON line. */
    listing: {
      errors: withErrors.map((r) => ({ id: r.id, count: r.errors.length, first: r.errors[0] })),
      textChanges: changed.map((r) => ({ id: r.id, offset: r.diff.offset })),
    },
  };
}
