/**
 * npm run bench:pages — the real-page sweep, in Chromium with the built extension.
 *
 * Every page of ../shared/data/article-bench/html/*.html.gz is gunzipped and served on
 * 127.0.0.1 (GET /page/<id>.html); every request to any other host is aborted, so a page's
 * external scripts, images and fonts never load (its inline JavaScript does run). For each
 * page, in one browser with the extension and a fresh tab per page, we report:
 *   - errors attributed to the extension: uncaught exceptions whose stack names a
 *     chrome-extension:// URL, console errors from chrome-extension:// sources, and console
 *     errors of the extension's service worker while the page was open;
 *   - highlights drawn (<newsmark-hl> wrappers by data-newsmark-kind);
 *   - whether document.body.textContent is exactly the text of the same page loaded in a
 *     second browser WITHOUT the extension (loaded twice there, and a few more times, spaced,
 *     before a difference is reported: a page whose own scripts make the text differ between
 *     plain loads — clocks, A/B headlines — is "nondeterministic", and is then judged only
 *     outside the span that varies);
 *   - the duration of the extension's performance measure 'newsmark:analyze', and in the same
 *     page, after the extension finished, `new Readability(document.cloneNode(true)).parse()`
 *     (median of 3, @mozilla/readability injected with addScriptTag) and their ratio;
 *   - the longest main-thread long task overlapping the analyze measure (any task: since the
 *     analysis yields between slices, the page's own tasks can fall inside its window too);
 *   - the phases (newsmark:detect, newsmark:people-and-claims, newsmark:highlight) and the
 *     main-thread time of the analysis (its slices without the pauses and the wait for the
 *     background: detail.mainThreadMs of the analyze measure);
 *   - the content script's start-up before its analysis ('newsmark:startup': evaluating the
 *     bundle and installing its listeners; the browser's compiling of the script comes before
 *     and cannot be seen from the page).
 * Then two invented pages (largePage.mjs) are each loaded LARGE_RUNS times — a 20,000-word
 * article, and an ordinary story under 4,000 comments (some 48,000 elements) — with the analysis
 * time and every long task from the start of the analysis to LARGE_TAIL_MS after its end (the
 * browser's style and layout work for our wrappers comes after our last slice).
 * Pages that navigate themselves away (https upgrade, frame-busters) are kept: see blockOthers.
 * Flags (pageSweep.mjs reads the ones both sweeps share):
 *        --limit=N (first N pages), --only=<idprefix>, --no-build (use dist/chrome as is),
 *        --dir=<folder> (sweep the .html pages of another folder instead, served at /site/<path> as
 *        a static site with its assets, so relative CSS, scripts and images load: pages nobody tuned
 *        for; --only=<path prefix> then picks by path relative to the folder, and the report names
 *        pages by that path), --sample=N (N pages spread evenly over them, before --limit),
 *        --large-only (only the invented pages; runs without ../shared),
 *        --extension=<dir> (another unpacked build, e.g. a scratch copy; implies --no-build),
 *        --verbose (per-page progress on stderr).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crowdedStoryHtml, largeArticleHtml } from './largePage.mjs';
import { exitUnlessSiteDirExists, exitWhenNoPage, HTML_DIR, judgeText, median, pagePath, printFindings, servedFile, sweepArgs, sweepPageIds, textOnPage } from './pageSweep.mjs';

const PAGE_TIMEOUT_MS = 20_000;
const SETTLE_MS = 400; // after the analyze measure: lets the background round trips (sanctions, saved annotations) and their redraw finish
const READABILITY_RUNS = 3;

const LARGE_RUNS = 3;
const LARGE_TAIL_MS = 500;

const { argv: args, flag, limit, only, siteDir: SITE_DIR, sample, short, progress } = sweepArgs();
const largeOnly = args.includes('--large-only');

exitUnlessSiteDirExists('bench:pages', SITE_DIR);
if (!SITE_DIR && !existsSync(HTML_DIR) && !largeOnly) {
  console.log('skipped: ../shared/data/article-bench not found (the invented pages alone: npm run bench:pages -- --large-only)');
  process.exit(0);
}

const { chromium } = await import('playwright-core');
const { CHROMIUM_ARGS, chromiumPath } = await import('../../tests/support/browsers.mjs');
let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(`bench:pages: ${error.message}`);
  process.exit(1);
}

const ids = largeOnly ? [] : sweepPageIds({ siteDir: SITE_DIR, only, sample, limit });
if (!largeOnly) exitWhenNoPage('bench:pages', ids, only);

const EXTENSION_DIR = resolve(flag('extension') ?? 'dist/chrome');
if (!args.includes('--no-build') && !flag('extension')) execFileSync(process.execPath, ['build.mjs', '--no-zip', '--quiet'], { stdio: 'inherit' });
const READABILITY_JS = readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');
const CONTENT_BYTES = statSync(join(EXTENSION_DIR, 'content.js')).size;
const MODEL_PATH = resolve('src/nlp/people/model.generated.ts');
const MODEL_BYTES = existsSync(MODEL_PATH) ? statSync(MODEL_PATH).size : null;

// ---------------------------------------------------------------- server and blocking
/** The decoded HTML of `/page/<id>.html` (or of a --dir page), or null. */
function pageHtml(pathname) {
  const file = servedFile(SITE_DIR, pathname);
  return file?.type.startsWith('text/html') ? file.body : null;
}
const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
/** The invented pages, by path: a 20,000-word article, and an ordinary story under 4,000 comments. */
const INVENTED = { '/large.html': largeArticleHtml(), '/crowded.html': crowdedStoryHtml() };
const server = createServer((req, res) => {
  const pathname = new URL(req.url, 'http://127.0.0.1').pathname;
  const file = INVENTED[pathname] ? { body: INVENTED[pathname], type: HTML_HEADERS['content-type'] } : servedFile(SITE_DIR, pathname);
  if (!file) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
  res.end(file.body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const HOST = `127.0.0.1:${server.address().port}`;
const pageUrl = (id) => `http://${HOST}${pagePath(SITE_DIR, id)}`;

/**
 * Aborts every request whose host is not our server's (127.0.0.1:<port>); the extension's own
 * chrome-extension:// resources pass. Two kinds of pages navigate themselves away:
 *   - an "upgrade to https" script (`location = URL.replace(/^http:/, 'https:')`): the https
 *     URL of the same page is answered with the same HTML (our server speaks plain http only);
 *   - a frame-buster to the site's home host: that navigation gets a 204, which the browser
 *     cancels, so the page under test stays loaded.
 */
async function blockOthers(context) {
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.host === HOST) {
      if (url.protocol === 'http:') return route.continue();
      const body = url.protocol === 'https:' ? pageHtml(url.pathname) : null;
      if (body) return route.fulfill({ status: 200, headers: HTML_HEADERS, body });
      return route.abort('blockedbyclient');
    }
    if (request.isNavigationRequest()) return route.fulfill({ status: 204, body: '' });
    return route.abort('blockedbyclient');
  });
}

// Long tasks, recorded in the main world from before the page's first script.
const LONGTASK_INIT = `(() => {
  const store = [];
  Object.defineProperty(window, '__newsmarkBenchLongTasks', { value: store, enumerable: false });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) store.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

async function launch(withExtension) {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-pages-'));
  const extArgs = withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 900 },
    bypassCSP: true, // a page's CSP <meta> must not stop the injected Readability (applied to both launches alike)
    args: [...CHROMIUM_ARGS, ...extArgs],
  });
  await blockOthers(context);
  await context.addInitScript(LONGTASK_INIT);
  return { context, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

let plain;
let withExt;
try {
  plain = await launch(false);
  withExt = await launch(true);
} catch (error) {
  console.error(`bench:pages: could not launch Chromium (${executablePath}): ${error.message.split('\n')[0]}`);
  await plain?.close();
  server.close();
  process.exit(1);
}

// ---------------------------------------------------------------- extension errors
let current = null; // the record of the page being measured: service-worker messages go to it
const isExtensionSource = (s) => typeof s === 'string' && s.includes('chrome-extension://');
function watchWorker(worker) {
  worker.on('console', (msg) => {
    if (!current) return;
    if (msg.type() === 'error') current.errors.push(`[service worker] ${msg.text()}`);
    else if (msg.type() === 'warning') current.warnings.push(`[service worker] ${msg.text()}`);
  });
}
const firstWorker = withExt.context.serviceWorkers()[0] ?? (await withExt.context.waitForEvent('serviceworker', { timeout: 10_000 }));
watchWorker(firstWorker);
withExt.context.on('serviceworker', watchWorker); // a restarted worker

function withDeadline(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms (${what})`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Waits for the extension's analyze measure, asking the page every 50 ms with a plain evaluate
 * (not waitForFunction, whose injected script would run — and be timed as a long task — in the page).
 */
async function waitForAnalysis(page, deadline) {
  for (;;) {
    if (await evaluateSettled(page, () => performance.getEntriesByName('newsmark:analyze').length > 0)) return;
    if (Date.now() > deadline) throw new Error('timeout waiting for newsmark:analyze');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function gotoLoaded(page, url, deadline) {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: Math.max(1000, deadline - Date.now()) });
  } catch (error) {
    // A page whose load never fires (a hanging inline script) is still measured from what it has.
    if (!/Timeout/i.test(error.message)) throw error;
  }
}

/** Body text of the page loaded without the extension. */
async function plainText(id) {
  const page = await plain.context.newPage();
  try {
    const deadline = Date.now() + PAGE_TIMEOUT_MS;
    await gotoLoaded(page, pageUrl(id), deadline);
    await page.waitForTimeout(SETTLE_MS);
    return textOnPage(pageUrl(id), await evaluateSettled(page, () => ({ text: document.body ? document.body.textContent : null, path: location.pathname })));
  } finally {
    await page.close();
  }
}

async function measureWithExtension(id, record) {
  const page = await withExt.context.newPage();
  page.on('pageerror', (error) => {
    const where = `${error.stack ?? ''}\n${error.message}`;
    if (isExtensionSource(where)) record.errors.push(`${error.name}: ${error.message}${firstFrame(error.stack)}`);
    else record.pageErrors++;
  });
  page.on('console', (msg) => {
    if (!isExtensionSource(msg.location()?.url)) return;
    if (msg.type() === 'error') record.errors.push(`[console.error] ${msg.text()}`);
    else if (msg.type() === 'warning') record.warnings.push(`[console.warn] ${msg.text()}`);
  });
  try {
    const deadline = Date.now() + PAGE_TIMEOUT_MS;
    await gotoLoaded(page, pageUrl(id), deadline);
    try {
      await waitForAnalysis(page, deadline);
    } catch {
      record.note = 'no newsmark:analyze measure';
    }
    await page.waitForTimeout(SETTLE_MS);
    const snap = await evaluateSettled(page, () => {
      const measures = performance.getEntriesByName('newsmark:analyze');
      const m = measures[0];
      const kinds = {};
      for (const el of document.querySelectorAll('newsmark-hl')) {
        const k = el.getAttribute('data-newsmark-kind') ?? '?';
        kinds[k] = (kinds[k] ?? 0) + 1;
      }
      let longest = null;
      if (m) {
        for (const [start, duration] of window.__newsmarkBenchLongTasks ?? []) {
          if (start < m.startTime + m.duration && start + duration > m.startTime) longest = Math.max(longest ?? 0, duration);
        }
      }
      const visible = document.body ? document.body.innerText : '';
      return {
        text: document.body ? document.body.textContent : null,
        path: location.pathname,
        words: (visible.match(/\S+/g) ?? []).length,
        kinds,
        measures: measures.length,
        analyzeMs: m ? m.duration : null,
        mainThreadMs: m?.detail?.mainThreadMs ?? null,
        startupMs: performance.getEntriesByName('newsmark:startup')[0]?.duration ?? null,
        phases: Object.fromEntries(['detect', 'people-and-claims', 'highlight'].map((n) => [n, performance.getEntriesByName(`newsmark:${n}`)[0]?.duration ?? null])),
        // The content script runs at document_idle and the person model lives in the background:
        // record whether our work began only after the page's first paint (so it cannot delay it).
        firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        analyzeStartMs: m ? m.startTime : null,
        longestTaskMs: longest,
        longTasksObserved: (window.__newsmarkBenchLongTasks ?? []).length,
      };
    });
    record.longTasksObserved = snap.longTasksObserved;
    Object.assign(record, { words: snap.words, kinds: snap.kinds, measures: snap.measures, analyzeMs: snap.analyzeMs, mainThreadMs: snap.mainThreadMs, startupMs: snap.startupMs, phases: snap.phases, longestTaskMs: snap.longestTaskMs,
      firstPaintMs: snap.firstPaintMs, analyzeStartMs: snap.analyzeStartMs });
    record.highlights = Object.values(snap.kinds).reduce((a, b) => a + b, 0);

    // Readability on the same page, after the extension finished.
    try {
      await page.addScriptTag({ content: `${READABILITY_JS}\n;window.__newsmarkBenchReadability = Readability;` });
    } catch {
      await page.evaluate(`${READABILITY_JS}\n;window.__newsmarkBenchReadability = Readability;`);
    }
    const times = await page.evaluate((runs) => {
      const R = window.__newsmarkBenchReadability;
      const out = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        try {
          new R(document.cloneNode(true)).parse();
        } catch {
          return null;
        }
        out.push(performance.now() - t0);
      }
      return out;
    }, READABILITY_RUNS);
    record.readabilityMs = times ? median(times) : null;
    record.readabilityFirstMs = times ? times[0] : null; // the cold run, for reference: the extension's analysis runs cold on every page
    record.ratio = record.analyzeMs != null && record.readabilityMs ? record.analyzeMs / record.readabilityMs : null;
    record.ratioCold = record.analyzeMs != null && record.readabilityFirstMs ? record.analyzeMs / record.readabilityFirstMs : null;
    record.mainThreadRatio = record.mainThreadMs != null && record.readabilityMs ? record.mainThreadMs / record.readabilityMs : null;
    return textOnPage(pageUrl(id), snap);
  } finally {
    await page.close();
  }
}

/** page.evaluate, once more after the next load when the page navigated itself meanwhile. */
async function evaluateSettled(page, fn, arg) {
  try {
    return await page.evaluate(fn, arg);
  } catch (error) {
    if (!/context was destroyed|navigat/i.test(error.message)) throw error;
    await page.waitForLoadState('load', { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(SETTLE_MS);
    return page.evaluate(fn, arg);
  }
}

function firstFrame(stack) {
  const line = (stack ?? '').split('\n').find((l) => /^\s+at /.test(l));
  return line ? ` (${line.trim()})` : '';
}

// ---------------------------------------------------------------- sweep
const started = Date.now();
const records = [];
for (const [n, id] of ids.entries()) {
  const record = { id, words: null, kinds: {}, highlights: 0, errors: [], warnings: [], pageErrors: 0, textEqual: null, diff: null,
    analyzeMs: null, mainThreadMs: null, startupMs: null, phases: {}, readabilityMs: null, readabilityFirstMs: null, ratio: null, ratioCold: null, mainThreadRatio: null,
    longestTaskMs: null, measures: 0, note: null };
  records.push(record);
  const t0 = Date.now();
  try {
    // The two plain loads run side by side (their timing is not measured); the measured load runs alone.
    const [plainA, plainB] = await Promise.all([1, 2].map((k) => withDeadline(plainText(id), PAGE_TIMEOUT_MS + 5000, `plain load ${k}`)));
    const t1 = Date.now();
    current = record;
    const withText = await withDeadline(measureWithExtension(id, record), PAGE_TIMEOUT_MS + 10_000, 'extension load');
    current = null;
    record.wallMs = { plain: t1 - t0, extension: Date.now() - t1 };
    Object.assign(record, await judgeText(withText, [plainA, plainB], () => withDeadline(plainText(id), PAGE_TIMEOUT_MS + 5000, 'plain confirmation load')));
  } catch (error) {
    current = null;
    record.note = `${record.note ? `${record.note}; ` : ''}${error.message.split('\n')[0]}`;
  }
  progress(`[${n + 1}/${ids.length}] ${short(id)} ${((Date.now() - t0) / 1000).toFixed(1)} s ${JSON.stringify(record.wallMs ?? {})} ${record.note ?? ''}`);
}
// The invented pages: long tasks from the analysis' start to LARGE_TAIL_MS after its end.
async function measureInvented(path) {
  const page = await withExt.context.newPage();
  try {
    await gotoLoaded(page, `http://${HOST}${path}`, Date.now() + PAGE_TIMEOUT_MS);
    await waitForAnalysis(page, Date.now() + PAGE_TIMEOUT_MS);
    await page.waitForTimeout(LARGE_TAIL_MS + 100);
    return await page.evaluate((tail) => {
      const m = performance.getEntriesByName('newsmark:analyze')[0];
      const tasks = (window.__newsmarkBenchLongTasks ?? []).filter(([start, duration]) => start < m.startTime + m.duration + tail && start + duration > m.startTime);
      return {
        words: (document.body.innerText.match(/\S+/g) ?? []).length,
        elements: document.getElementsByTagName('*').length,
        highlights: document.querySelectorAll('newsmark-hl').length,
        analyzeMs: m.duration,
        mainThreadMs: m.detail?.mainThreadMs ?? null,
        longTasks: tasks.map(([, duration]) => Math.round(duration)),
      };
    }, LARGE_TAIL_MS);
  } finally {
    await page.close();
  }
}
async function measureInventedRuns(path) {
  const runs = [];
  for (let i = 0; i < LARGE_RUNS; i++) {
    try {
      runs.push(await measureInvented(path));
    } catch (error) {
      runs.push({ error: error.message.split('\n')[0] });
    }
    progress(`[${path} ${i + 1}/${LARGE_RUNS}] ${JSON.stringify(runs.at(-1))}`);
  }
  return runs;
}
const largeRuns = await measureInventedRuns('/large.html');
const crowdedRuns = await measureInventedRuns('/crowded.html');

// Heap on the largest page: the page's heap with the extension minus without it, after a GC.
const largestId = records.reduce((best, r) => (!best || (r.words ?? -1) > (best.words ?? -1) ? r : best), null)?.id;
async function heapAfterGc(context, id, withAnalysis) {
  const page = await context.newPage();
  try {
    await gotoLoaded(page, pageUrl(id), Date.now() + PAGE_TIMEOUT_MS);
    if (withAnalysis) await waitForAnalysis(page, Date.now() + PAGE_TIMEOUT_MS).catch(() => {});
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  } finally {
    await page.close();
  }
}
const heapOnLargest = largestId ? (await heapAfterGc(withExt.context, largestId, true)) - (await heapAfterGc(plain.context, largestId, false)) : null;

await withExt.close();
await plain.close();
server.close();

// ---------------------------------------------------------------- report
const fmt = (x, d = 1) => (x == null ? '-' : x.toFixed(d));
const kindsText = (k) => ['person', 'claim', 'note'].filter((x) => k[x]).map((x) => `${x[0]}${k[x]}`).join(' ') || '0';
const sorted = [...records].sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1));
const rows = [['id', 'words', 'highlights', 'errors', 'text-equal', 'analyze ms', 'readab. ms', 'ratio', 'longest task ms']];
for (const r of sorted) {
  rows.push([short(r.id), String(r.words ?? '-'), kindsText(r.kinds), String(r.errors.length), r.textEqual ?? 'n/a',
    fmt(r.analyzeMs), fmt(r.readabilityMs), fmt(r.ratio, 2), fmt(r.longestTaskMs, 0)]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 0 || c === 2 || c === 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

const ratios = records.map((r) => r.ratio).filter((x) => x != null);
const longTasks = records.filter((r) => r.longestTaskMs != null);
const maxLong = longTasks.reduce((best, r) => (!best || r.longestTaskMs > best.longestTaskMs ? r : best), null);
const largest = records.reduce((best, r) => (!best || (r.words ?? -1) > (best.words ?? -1) ? r : best), null);
const medianRatio = median(ratios);

console.log('');
console.log(`pages: ${records.length} in ${((Date.now() - started) / 1000).toFixed(0)} s; with highlights: ${records.filter((r) => r.highlights).length}; total wrappers: ${records.reduce((a, r) => a + r.highlights, 0)}`);
const { counts, listing } = printFindings(records, short);
const reanalysed = records.filter((r) => r.measures > 1);
if (reanalysed.length) console.log(`pages analysed more than once: ${reanalysed.map((r) => `${short(r.id)}×${r.measures}`).join(', ')}`);
const warned = records.filter((r) => r.warnings.length);
if (warned.length) console.log(`pages with extension warnings: ${warned.length} (first: ${short(warned[0].id)} ${warned[0].warnings[0]})`);
const medianOf = (f) => median(records.map(f).filter((x) => x != null));
const medianRatioCold = medianOf((r) => r.ratioCold);
const medianMainThreadRatio = medianOf((r) => r.mainThreadRatio);
if (records.length) {
  console.log(`median ratio analyze/readability: ${fmt(medianRatio, 2)} over ${ratios.length} pages (p90 ${fmt(ratios.length ? [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length * 0.9)] : null, 2)}, max ${fmt(ratios.length ? Math.max(...ratios) : null, 2)}); against Readability's first (cold) parse: ${fmt(medianRatioCold, 2)}`);
  console.log(`median start-up of the content script (newsmark:startup, before the analysis; the browser's compiling of it comes on top): ${fmt(medianOf((r) => r.startupMs))} ms; start-up and the analysis' main-thread time together: ${fmt(medianOf((r) => (r.startupMs != null && r.mainThreadMs != null ? r.startupMs + r.mainThreadMs : null)))} ms`);
  console.log(`median analyze: ${fmt(medianOf((r) => r.analyzeMs))} ms (main thread: ${fmt(medianOf((r) => r.mainThreadMs))} ms, ratio ${fmt(medianMainThreadRatio, 2)}); phases: detect ${fmt(medianOf((r) => r.phases?.detect))}, people-and-claims ${fmt(medianOf((r) => r.phases?.['people-and-claims']))}, highlight ${fmt(medianOf((r) => r.phases?.highlight))} ms; median readability: ${fmt(medianOf((r) => r.readabilityMs))} ms (its first, cold run: ${fmt(medianOf((r) => r.readabilityFirstMs))} ms)`);
}
const painted = records.filter((r) => r.firstPaintMs != null && r.analyzeStartMs != null);
const beforePaint = painted.filter((r) => r.analyzeStartMs < r.firstPaintMs);
console.log(`first paint: Newsmark's work began after the page's first contentful paint on ${painted.length - beforePaint.length} of ${painted.length} painted pages${beforePaint.length ? ` (before it on ${beforePaint.map((r) => short(r.id)).join(', ')})` : ''}; the person model loads in the background, never in the page`);
if (records.length) console.log(`max long task during analysis: ${fmt(maxLong?.longestTaskMs, 0)} ms (${maxLong ? short(maxLong.id) : '-'})`);
const round = (x, d = 2) => (x == null ? null : Number(x.toFixed(d)));
/** Figures of an invented page's loads, printed as one line and kept for the summary. */
function summarizeInvented(label, runs) {
  const ok = runs.filter((r) => !r.error);
  const maxTask = ok.length ? Math.max(0, ...ok.flatMap((r) => r.longTasks)) : null;
  const errors = runs.filter((r) => r.error).map((r) => r.error);
  console.log(`${label} (${ok[0]?.words ?? '-'} words, ${ok[0]?.elements ?? '-'} elements, ${ok[0]?.highlights ?? '-'} wrappers), ${LARGE_RUNS} loads: analyze ${ok.map((r) => fmt(r.analyzeMs, 0)).join(' / ')} ms (main thread ${ok.map((r) => fmt(r.mainThreadMs, 0)).join(' / ')} ms); long tasks ${ok.map((r) => `[${r.longTasks.join(', ')}]`).join(' ')} ms; longest ${fmt(maxTask, 0)} ms${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
  return { words: ok[0]?.words ?? null, elements: ok[0]?.elements ?? null, wrappers: ok[0]?.highlights ?? null, analyzeMs: ok.map((r) => round(r.analyzeMs)), mainThreadMs: ok.map((r) => round(r.mainThreadMs)), longTasksMs: ok.map((r) => r.longTasks), maxLongTaskMs: maxTask, errors };
}
const largePage = summarizeInvented('invented large page', largeRuns);
const crowdedPage = summarizeInvented('invented story under 4,000 comments', crowdedRuns);
if (largest) {
  console.log(`largest page: ${short(largest.id)} (${largest.words} words): analyze ${fmt(largest.analyzeMs)} ms, readability ${fmt(largest.readabilityMs)} ms, longest task ${fmt(largest.longestTaskMs, 0)} ms; heap added by the extension ${heapOnLargest == null ? '-' : (heapOnLargest / 1e6).toFixed(2)} MB; content.js ${CONTENT_BYTES} bytes, model.generated.ts ${MODEL_BYTES ?? '-'} bytes`);
}

console.log(JSON.stringify({
  bench: 'pages',
  ...counts,
  medianRatio: round(medianRatio),
  medianRatioAgainstColdReadability: round(medianRatioCold),
  medianMainThreadMs: round(medianOf((r) => r.mainThreadMs)),
  medianMainThreadRatio: round(medianMainThreadRatio),
  medianStartupMs: round(medianOf((r) => r.startupMs)),
  medianPhasesMs: { detect: round(medianOf((r) => r.phases?.detect)), peopleAndClaims: round(medianOf((r) => r.phases?.['people-and-claims'])), highlight: round(medianOf((r) => r.phases?.highlight)) },
  largePageMaxLongTaskMs: largePage.maxLongTaskMs,
  largePage,
  crowdedPageMaxLongTaskMs: crowdedPage.maxLongTaskMs,
  crowdedPage,
  pagesStartedBeforeFirstPaint: beforePaint.length,
  maxRatio: round(ratios.length ? Math.max(...ratios) : null),
  medianAnalyzeMs: round(median(records.map((r) => r.analyzeMs).filter((x) => x != null))),
  medianReadabilityMs: round(median(records.map((r) => r.readabilityMs).filter((x) => x != null))),
  medianReadabilityFirstRunMs: round(median(records.map((r) => r.readabilityFirstMs).filter((x) => x != null))),
  maxLongTaskMs: round(maxLong?.longestTaskMs ?? null, 0),
  maxLongTaskPage: maxLong?.id ?? null,
  largestPage: largest ? { id: largest.id, words: largest.words, analyzeMs: round(largest.analyzeMs), readabilityMs: round(largest.readabilityMs) } : null,
  contentScriptBytes: CONTENT_BYTES,
  heapAddedOnLargestPageBytes: heapOnLargest,
  modelBytes: MODEL_BYTES,
  ...listing,
}));
